/**
 * The rules that keep the pulse private. A seeker's answers about their
 * mentor are never shown one by one; the mentor sees a rounded trend across
 * everyone they support, and only once there is enough to hide any one answer
 * in. Pure: the caller passes the counts (never the rows) and the time.
 */

/** Fewer answers than this, and the mentor sees "not enough answers yet". */
export const MIN_TREND_ANSWERS = 5;
/** A "trend" made of one person's answers would be that person's answers. */
export const MIN_TREND_PEOPLE = 2;
export const TREND_WINDOW_DAYS = 90;
/** Shares are rounded to this many percentage points. */
export const TREND_ROUNDING = 10;
/** A pulse can be given for a kept check-in up to this long after it. */
export const PULSE_OPEN_DAYS = 14;

const DAY_MS = 86_400_000;

export interface PulseCounts {
  answers: number;
  people: number;
  understoodYes: number;
  notJudged: number;
}

export type PulseTrend =
  | { kind: "not-enough" }
  | { kind: "trend"; understoodPercent: number; notJudgedPercent: number; from: Date; to: Date };

/**
 * The trend's window: the 90 days up to the start of the current week
 * (Monday 00:00 UTC). Ending it at the week's start, not at "now", means the
 * figure does not move right after a single check-in, so a mentor cannot
 * read one person's answer from the difference.
 */
export function trendWindow(at: Date): { from: Date; to: Date } {
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const daysSinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  const to = new Date(midnight - daysSinceMonday * DAY_MS);
  return { from: new Date(to.getTime() - TREND_WINDOW_DAYS * DAY_MS), to };
}

export function roundShare(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.round((part / whole) * (100 / TREND_ROUNDING)) * TREND_ROUNDING;
}

export function pulseTrend(counts: PulseCounts, window: { from: Date; to: Date }, minimumAnswers = MIN_TREND_ANSWERS): PulseTrend {
  // Never below the built-in floor: a setting can make the trend rarer, not more revealing.
  if (counts.answers < Math.max(minimumAnswers, MIN_TREND_ANSWERS) || counts.people < MIN_TREND_PEOPLE) return { kind: "not-enough" };
  return {
    kind: "trend",
    understoodPercent: roundShare(counts.understoodYes, counts.answers),
    notJudgedPercent: roundShare(counts.notJudged, counts.answers),
    ...window,
  };
}

/** The earliest end of a kept check-in that can still be given a pulse. */
export function pulseCutoff(at: Date): Date {
  return new Date(at.getTime() - PULSE_OPEN_DAYS * DAY_MS);
}
