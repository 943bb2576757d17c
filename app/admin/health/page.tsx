import type { Metadata } from "next";
import {
  ActiveChart,
  CheckInsChart,
  DaysToFirstChart,
  EndingsChart,
  FitChecksChart,
  RupturesChart,
  SafetyChart,
  WaitingChart,
} from "@/components/admin/health/health-charts";
import { getProgramHealth } from "@/lib/dal/staff/program-health";
import { CircleHealthSection } from "@/components/circle/circle-health";

export const metadata: Metadata = { title: "Admin · Program health" };

const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** How the program is doing, week by week. Staff. */
export default async function HealthPage() {
  const health = await getProgramHealth();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Program health</h1>
      <p className="text-muted">
        The last 12 weeks, from {dayFormat.format(health.window.start)} to today, in weeks starting on Monday (UTC). Counts
        only: nobody&apos;s name or words are read to draw these. Every chart&apos;s numbers are under “Show the numbers”.
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <WaitingChart health={health} />
        <DaysToFirstChart health={health} />
        <ActiveChart health={health} />
        <CheckInsChart health={health} />
        <RupturesChart health={health} />
        <FitChecksChart health={health} />
        <EndingsChart health={health} />
        <SafetyChart health={health} />
      </div>
      <CircleHealthSection />
    </div>
  );
}
