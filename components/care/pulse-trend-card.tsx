import type { PulseTrend } from "@/lib/care/pulse-trend";
import { MIN_TREND_ANSWERS, MIN_TREND_PEOPLE } from "@/lib/care/pulse-trend";

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });

/** For a mentor: the pulse as a trend across everyone they support, or why there is none yet. */
export function PulseTrendCard({ trend }: { trend: PulseTrend }) {
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-semibold">How the people you support feel</h3>
      {trend.kind === "not-enough" ? (
        <p className="text-sm text-muted">
          Not enough answers yet. After check-ins, the people you support may answer two private questions. You&apos;ll see a rounded trend
          once there are at least {MIN_TREND_ANSWERS} answers from at least {MIN_TREND_PEOPLE} people, never a single answer, so everyone can
          be honest.
        </p>
      ) : (
        <>
          <ul className="list-disc pl-5">
            <li>About {trend.understoodPercent}% of answers said they felt understood.</li>
            <li>About {trend.notJudgedPercent}% said they did not feel judged.</li>
          </ul>
          <p className="text-sm text-muted">
            Across everyone you support, {dayFormat.format(trend.from)} to {dayFormat.format(new Date(trend.to.getTime() - 1))}, rounded. It
            updates once a week and never shows who said what.
          </p>
        </>
      )}
    </div>
  );
}
