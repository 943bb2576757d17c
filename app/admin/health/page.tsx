import type { Metadata } from "next";
import { HealthCharts } from "@/components/admin/health/health-charts";
import { getProgramHealth } from "@/lib/dal/staff/program-health";
import { crisisFirstLookStats } from "@/lib/dal/safety/on-call";
import { ReplyFiguresCard } from "@/components/space/reply-figures";
import { replyFigures } from "@/lib/dal/space/moderation";
import { CircleHealthSection } from "@/components/circle/circle-health";

export const metadata: Metadata = { title: "Admin · Program health" };

const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** How the program is doing, week by week. Staff. */
export default async function HealthPage() {
  const [health, spaceReplies] = await Promise.all([getProgramHealth(), replyFigures()]);
  const firstLook = await crisisFirstLookStats(health.window.start);
  const minutes = (m: number | null) => (m === null ? "—" : m < 1 ? "under a minute" : `${Math.round(m)} min`);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Program health</h1>
      <p className="text-muted">
        The last 12 weeks, from {dayFormat.format(health.window.start)} to today, in weeks starting on Monday (UTC). Counts
        only: nobody&apos;s name or words are read to draw these. Every chart&apos;s numbers are under “Show the numbers”.
      </p>
      <section aria-labelledby="first-look" className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-5">
        <h2 id="first-look" className="text-xl font-semibold">
          Crisis items: time to first look
        </h2>
        <p className="text-muted">From a crisis item being raised to a moderator first opening it, over the same 12 weeks.</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">Crisis items</dt>
          <dd>{firstLook.items}</dd>
          <dt className="font-medium">Not opened yet</dt>
          <dd>{firstLook.unopened}</dd>
          <dt className="font-medium">Median wait</dt>
          <dd>{minutes(firstLook.medianMinutes)}</dd>
          <dt className="font-medium">9 in 10 opened within</dt>
          <dd>{minutes(firstLook.p90Minutes)}</dd>
          <dt className="font-medium">Longest wait</dt>
          <dd>{minutes(firstLook.longestMinutes)}</dd>
        </dl>
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <HealthCharts health={health} />
        <ReplyFiguresCard figures={spaceReplies} />
      </div>
      <CircleHealthSection />
    </div>
  );
}
