/**
 * A member's own record in a circle: "there for 5 of 6 · 1 excused". Shown
 * to that member and the facilitator only — never to the circle, never as a
 * score, never as a streak.
 */
export type AttendanceStatus = "there" | "missed" | "excused";

export interface CircleRecord {
  there: number;
  missed: number;
  excused: number;
  /** Sessions that count: held ones the member was in the circle for. */
  held: number;
}

export function circleRecord(statuses: readonly AttendanceStatus[]): CircleRecord {
  const there = statuses.filter((s) => s === "there").length;
  const excused = statuses.filter((s) => s === "excused").length;
  const missed = statuses.filter((s) => s === "missed").length;
  return { there, missed, excused, held: there + missed + excused };
}

/** "there for 5 of 6 · 1 excused"; "no sessions yet" before the first. */
export function describeRecord(record: CircleRecord): string {
  if (record.held === 0) return "no sessions yet";
  const counted = record.held - record.excused;
  const parts = [`there for ${record.there} of ${counted}`];
  if (record.excused > 0) parts.push(`${record.excused} excused`);
  return parts.join(" · ");
}

/** How many of the latest sessions in a row were missed without notice (an excused one breaks the run, kindly). */
export function missedRun(statusesOldestFirst: readonly AttendanceStatus[]): number {
  let run = 0;
  for (let i = statusesOldestFirst.length - 1; i >= 0 && statusesOldestFirst[i] === "missed"; i--) run++;
  return run;
}
