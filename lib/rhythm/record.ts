/**
 * What a pair sees about their own consistency: a plain count of check-ins
 * kept out of those that counted. No streaks and no scores — a missed week is
 * information for a gentle nudge (missedInARow), not a mark against someone.
 */
import type { SlotStatus } from "./types";

export interface ConsistencyRecord {
  kept: number;
  missed: number;
  excused: number;
  /** kept + missed: excused, open and upcoming slots don't count. */
  counted: number;
  sentence: string;
}

export function consistencyRecord(statuses: readonly SlotStatus[]): ConsistencyRecord {
  let kept = 0;
  let missed = 0;
  let excused = 0;
  for (const status of statuses) {
    if (status === "kept") kept++;
    else if (status === "missed") missed++;
    else if (status === "excused") excused++;
  }
  const counted = kept + missed;
  const main = counted === 0 ? "No check-ins yet" : `Kept ${kept} of ${counted} check-in${counted === 1 ? "" : "s"}`;
  return { kept, missed, excused, counted, sentence: excused > 0 ? `${main} · ${excused} excused` : main };
}

/**
 * How many of the most recent settled slots were missed in a row. Excused
 * slots neither break nor extend the run; open and upcoming ones are not
 * settled and are skipped. Statuses are in slot order, oldest first.
 */
export function missedInARow(statuses: readonly SlotStatus[]): number {
  let run = 0;
  for (let i = statuses.length - 1; i >= 0; i--) {
    const status = statuses[i];
    if (status === "kept") break;
    if (status === "missed") run++;
  }
  return run;
}
