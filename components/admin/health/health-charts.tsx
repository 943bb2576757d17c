"use client";

import { BarChart, HorizontalBarChart } from "@/components/admin/charts/bar-chart";
import { ChartCard } from "@/components/admin/charts/chart-card";
import { LineChart } from "@/components/admin/charts/line-chart";
import type { ProgramHealth } from "@/lib/health/figures";
import { endReasons } from "@/lib/validation/relationships";
import { describeCounts, describeWeekly, orDash, percent, weekLabel, weekRowLabel } from "./summaries";

/**
 * Every chart of the health page, in the order a moderator reads them:
 * people waiting first. A client leaf: the page sends the figures (a few
 * numbers a week), not the drawn charts, whose SVG and tables the payload
 * would otherwise carry again beside the HTML (docs/benchmarks.md, "Prepared
 * statements, zone offsets and health's charts"). Nothing here keeps state or runs after loading.
 */
export function HealthCharts({ health }: Props) {
  return (
    <>
      <WaitingChart health={health} />
      <DaysToFirstChart health={health} />
      <ActiveChart health={health} />
      <CheckInsChart health={health} />
      <RupturesChart health={health} />
      <FitChecksChart health={health} />
      <EndingsChart health={health} />
      <SafetyChart health={health} />
      <FirstLookChart health={health} />
    </>
  );
}

type Props = { health: ProgramHealth };

const labelsOf = (health: ProgramHealth) => health.window.weeks.map(weekLabel);
const rowOf = (health: ProgramHealth, i: number) => weekRowLabel(health.window.weeks[i]!, i, health.window.weeks.length);

export function WaitingChart({ health }: Props) {
  const values = health.waiting.map((w) => w.waiting);
  return (
    <ChartCard
      title="Seekers waiting for a mentor"
      description="At the end of each week: a finished needs profile asking for a mentor, and no active mentorship."
      empty={values.every((v) => v === 0)}
      emptyText="Nobody was waiting for a mentor at the end of any of these weeks."
      table={{ caption: "Seekers waiting for a mentor, by week", columns: ["Week", "Waiting"], rows: values.map((v, i) => [rowOf(health, i), v]) }}
    >
      <LineChart label={describeWeekly("Seekers waiting for a mentor", values)} categories={labelsOf(health)} series={[{ name: "Waiting", values }]} />
    </ChartCard>
  );
}

export function DaysToFirstChart({ health }: Props) {
  const values = health.waiting.map((w) => w.medianDaysToFirst);
  const days = (n: number) => `${n} d`;
  return (
    <ChartCard
      title="Days to a first mentor"
      description="For seekers whose first mentorship began that week: the median days from finishing their needs profile."
      empty={health.waiting.every((w) => w.firstMatches === 0)}
      emptyText="No seeker began a first mentorship in these 12 weeks."
      table={{
        caption: "Median days from a finished needs profile to a first mentorship, by week",
        columns: ["Week", "First mentorships", "Median days"],
        rows: health.waiting.map((w, i) => [rowOf(health, i), w.firstMatches, orDash(w.medianDaysToFirst)]),
      }}
    >
      <LineChart label={describeWeekly("Median days to a first mentor", values, days)} categories={labelsOf(health)} series={[{ name: "Median days", values }]} format={days} />
    </ChartCard>
  );
}

export function ActiveChart({ health }: Props) {
  const mentorships = health.active.map((a) => a.mentorships);
  const friendships = health.active.map((a) => a.friendships);
  return (
    <ChartCard
      title="Active relationships"
      description="Mentorships and friendships active at the end of each week."
      empty={health.active.every((a) => a.mentorships + a.friendships === 0)}
      emptyText="No relationships were active in these 12 weeks."
      table={{
        caption: "Active mentorships and friendships, by week",
        columns: ["Week", "Mentorships", "Friendships"],
        rows: health.active.map((a, i) => [rowOf(health, i), a.mentorships, a.friendships]),
      }}
    >
      <LineChart
        label={`${describeWeekly("Active mentorships", mentorships)} ${describeWeekly("Active friendships", friendships)}`}
        categories={labelsOf(health)}
        series={[
          { name: "Mentorships", values: mentorships },
          { name: "Friendships", values: friendships },
        ]}
      />
    </ChartCard>
  );
}

export function CheckInsChart({ health }: Props) {
  const shares = health.checkIns.map((c) => (c.keptShare === null ? null : Math.round(c.keptShare * 1000) / 10));
  const pct = (n: number) => `${Math.round(n)}%`;
  return (
    <ChartCard
      title="Check-ins kept"
      description="Of the check-ins that were kept or missed each week, the share kept. Excused ones (absences announced ahead) count for neither."
      empty={health.checkIns.every((c) => c.kept + c.missed === 0)}
      emptyText="No check-ins were kept or missed in these 12 weeks."
      table={{
        caption: "Check-ins kept, missed and excused, by week",
        columns: ["Week", "Kept", "Missed", "Excused", "Share kept"],
        rows: health.checkIns.map((c, i) => [rowOf(health, i), c.kept, c.missed, c.excused, percent(c.keptShare)]),
      }}
    >
      <LineChart label={describeWeekly("Share of check-ins kept", shares, pct)} categories={labelsOf(health)} series={[{ name: "Share kept", values: shares }]} format={pct} max={100} />
    </ChartCard>
  );
}

export function RupturesChart({ health }: Props) {
  const named = health.ruptures.map((r) => r.named);
  const repaired = health.ruptures.map((r) => r.repaired);
  const totalNamed = named.reduce((a, b) => a + b, 0);
  const totalRepaired = repaired.reduce((a, b) => a + b, 0);
  return (
    <ChartCard
      title="Ruptures named and repaired"
      description="“Something felt off” moments named each week, and those both people called repaired that week."
      empty={totalNamed + totalRepaired === 0}
      emptyText="No ruptures were named or repaired in these 12 weeks."
      table={{
        caption: "Ruptures named and repaired, by week",
        columns: ["Week", "Named", "Repaired"],
        rows: health.ruptures.map((r, i) => [rowOf(health, i), r.named, r.repaired]),
      }}
    >
      <BarChart
        label={`Ruptures over ${named.length} weeks: ${totalNamed} named, ${totalRepaired} repaired; ${named.at(-1)} named and ${repaired.at(-1)} repaired this week.`}
        categories={labelsOf(health)}
        series={[
          { name: "Named", values: named },
          { name: "Repaired", values: repaired },
        ]}
      />
    </ChartCard>
  );
}

const fitLabels = { good_fit: "Good fit", still_deciding: "Still deciding", not_a_fit: "Not a fit" } as const;

export function FitChecksChart({ health }: Props) {
  const items = health.fitChecks.map((f) => ({ name: fitLabels[f.answer], value: f.afterFirst + f.afterThird }));
  return (
    <ChartCard
      title="Fit-check answers"
      description="Private answers after the first and the third check-ins, over the 12 weeks."
      empty={items.every((i) => i.value === 0)}
      emptyText="Nobody answered a fit check in these 12 weeks."
      table={{
        caption: "Fit-check answers after the first and third check-ins",
        columns: ["Answer", "After the first", "After the third", "Total"],
        rows: health.fitChecks.map((f) => [fitLabels[f.answer], f.afterFirst, f.afterThird, f.afterFirst + f.afterThird]),
      }}
    >
      <HorizontalBarChart label={describeCounts("Fit-check answers over 12 weeks", items)} items={items} />
    </ChartCard>
  );
}

const reasonLabel = (reason: string | null) => endReasons.find((r) => r.value === reason)?.label ?? (reason ? reason : "No reason recorded");

export function EndingsChart({ health }: Props) {
  const items = health.endings.map((e) => ({ name: reasonLabel(e.reason), value: e.mentorships + e.friendships }));
  return (
    <ChartCard
      title="Endings by reason"
      description="Relationships that ended in these 12 weeks, by the reason given (most are no-fault)."
      empty={items.length === 0}
      emptyText="No relationships ended in these 12 weeks."
      table={{
        caption: "Relationships ended, by reason",
        columns: ["Reason", "Mentorships", "Friendships", "Total"],
        rows: health.endings.map((e) => [reasonLabel(e.reason), e.mentorships, e.friendships, e.mentorships + e.friendships]),
      }}
    >
      <HorizontalBarChart label={describeCounts("Relationships ended over 12 weeks, by reason", items)} items={items} />
    </ChartCard>
  );
}

export function SafetyChart({ health }: Props) {
  const { weeks, total } = health.safety;
  const hours = (n: number | null) => orDash(n, " h");
  return (
    <ChartCard
      title="Safety items"
      description={`Raised each week, by where they stand now. Median time from raised to resolved over the 12 weeks: ${hours(total.medianHours)}.`}
      empty={total.raised === 0}
      emptyText="No safety items were raised in these 12 weeks."
      table={{
        caption: "Safety items raised, still open and resolved, with the median hours to resolve, by week",
        columns: ["Week", "Raised", "Still open", "Resolved", "Median hours to resolve"],
        rows: [
          ...weeks.map((s, i) => [rowOf(health, i), s.raised, s.open, s.resolved, hours(s.medianHours)]),
          ["All 12 weeks", total.raised, total.open, total.resolved, hours(total.medianHours)],
        ],
      }}
    >
      <BarChart
        stacked
        label={`Safety items over 12 weeks: ${total.raised} raised, ${total.open} still open, ${total.resolved} resolved; median ${hours(total.medianHours)} to resolve.`}
        categories={labelsOf(health)}
        series={[
          { name: "Resolved", values: weeks.map((s) => s.resolved) },
          { name: "Still open", values: weeks.map((s) => s.open) },
        ]}
      />
    </ChartCard>
  );
}

/** Median minutes from a safety item being raised to a moderator first opening it, per kind of risk (most severe first). */
export function FirstLookChart({ health }: Props) {
  const rows = health.safety.firstLook;
  const looked = rows.filter((r) => r.medianMinutes !== null);
  const minutes = (n: number | null) => orDash(n, " min");
  return (
    <ChartCard
      title="Time to a moderator's first look"
      description="For safety items raised in these 12 weeks: the median time from being raised to a moderator first opening the item, by kind of risk, most urgent kind first."
      empty={rows.length === 0}
      emptyText="No safety items were raised in these 12 weeks."
      table={{
        caption: "Median minutes to a moderator's first look, by kind of risk",
        columns: ["Kind of risk", "Raised", "Opened by a moderator", "Median minutes to first look"],
        rows: rows.map((r) => [r.label, r.raised, r.looked, minutes(r.medianMinutes)]),
      }}
    >
      {looked.length ? (
        <HorizontalBarChart
          label={describeCounts("Median minutes to a moderator's first look, by kind of risk", looked.map((r) => ({ name: r.label, value: r.medianMinutes ?? 0 })))}
          items={looked.map((r) => ({ name: r.label, value: r.medianMinutes ?? 0 }))}
        />
      ) : (
        <p className="text-sm">No moderator has opened these items yet.</p>
      )}
    </ChartCard>
  );
}
