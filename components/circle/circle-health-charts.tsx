"use client";

import { BarChart } from "@/components/admin/charts/bar-chart";
import { ChartCard } from "@/components/admin/charts/chart-card";
import { LineChart } from "@/components/admin/charts/line-chart";
import { describeWeekly, orDash, percent, weekLabel, weekRowLabel } from "@/components/admin/health/summaries";
import type { CircleHealthSeries } from "@/lib/health/figures";

/** The four weekly circle charts of /admin/health: a client leaf, like the page's other charts (components/admin/health/health-charts.tsx says why). */
export function CircleCharts({ weeks, weekly }: CircleHealthSeries) {
  const categories = weeks.map(weekLabel);
  const row = (i: number) => weekRowLabel(weeks[i]!, i, weeks.length);
  const placed = weekly.map((w) => w.placed);
  const held = weekly.map((w) => w.sessionsHeld);
  const shares = weekly.map((w) => (w.shareThere === null ? null : Math.round(w.shareThere * 1000) / 10));
  const hours = weekly.map((w) => w.missToWordMedianHours);
  const pct = (n: number) => `${Math.round(n)}%`;
  const h = (n: number) => `${n} h`;
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartCard
        title="Members placed in circles"
        description="People given a seat in a circle each week, by a circle round or by a facilitator saying yes."
        empty={sum(placed) === 0}
        emptyText="Nobody was placed in a circle in these 12 weeks."
        table={{ caption: "Members placed in circles, by week", columns: ["Week", "Placed"], rows: placed.map((v, i) => [row(i), v]) }}
      >
        <BarChart label={`Members placed in circles over ${placed.length} weeks: ${sum(placed)} in all, ${placed.at(-1)} this week.`} categories={categories} series={[{ name: "Placed", values: placed }]} />
      </ChartCard>
      <ChartCard
        title="Circle sessions held"
        description="Sessions a facilitator opened that have closed, by the week they were held."
        empty={sum(held) === 0}
        emptyText="No circle sessions were held in these 12 weeks."
        table={{ caption: "Circle sessions held, by week", columns: ["Week", "Sessions"], rows: held.map((v, i) => [row(i), v]) }}
      >
        <BarChart label={`Circle sessions held over ${held.length} weeks: ${sum(held)} in all, ${held.at(-1)} this week.`} categories={categories} series={[{ name: "Sessions", values: held }]} />
      </ChartCard>
      <ChartCard
        title="Share of members there"
        description="Of the members expected at each week's sessions, the share who were there. Excused ones (said ahead) count for neither."
        empty={weekly.every((w) => w.there + w.missed === 0)}
        emptyText="No circle sessions with members expected in these 12 weeks."
        table={{
          caption: "Circle members there and missed, by week",
          columns: ["Week", "There", "Missed", "Share there"],
          rows: weekly.map((w, i) => [row(i), w.there, w.missed, percent(w.shareThere)]),
        }}
      >
        <LineChart label={describeWeekly("Share of circle members there", shares, pct)} categories={categories} series={[{ name: "Share there", values: shares }]} format={pct} max={100} />
      </ChartCard>
      <ChartCard
        title="Time from a missed session to a word"
        description="For members missed without notice and then reached by their facilitator: the median hours from the session's end to the word, by the week of the session."
        empty={weekly.every((w) => w.reached === 0)}
        emptyText="No missed member was reached in these 12 weeks."
        table={{
          caption: "Median hours from a missed circle session to the facilitator's word, by week",
          columns: ["Week", "Reached", "Median hours"],
          rows: weekly.map((w, i) => [row(i), w.reached, orDash(w.missToWordMedianHours)]),
        }}
      >
        <LineChart label={describeWeekly("Median hours from a missed session to a word", hours, h)} categories={categories} series={[{ name: "Median hours", values: hours }]} format={h} />
      </ChartCard>
    </div>
  );
}
