/**
 * The shapes of program health's figures (/admin/health), apart from the
 * queries that fill them (lib/dal/staff/program-health.ts,
 * lib/dal/circle/health.ts), so the charts, client components, can take
 * them as props. Types only.
 */

export interface HealthWindow {
  /** Monday 00:00 UTC of the first week. */
  start: Date;
  now: Date;
  weeks: Date[];
}

export interface WaitingWeek {
  /** Seekers with a finished needs profile asking for a mentor and no active mentorship, at the week's end. */
  waiting: number;
  /** Seekers whose first mentorship began this week… */
  firstMatches: number;
  /** …and the median days from finishing their profile to that start (null when none). */
  medianDaysToFirst: number | null;
}

export interface ActiveWeek {
  mentorships: number;
  friendships: number;
}

export interface CheckInWeek {
  kept: number;
  missed: number;
  excused: number;
  /** kept / (kept + missed); excused slots count for neither. Null when none were kept or missed. */
  keptShare: number | null;
}

export interface RuptureWeek {
  named: number;
  repaired: number;
}

export type FitAnswerCount = { answer: "good_fit" | "still_deciding" | "not_a_fit"; afterFirst: number; afterThird: number };

export interface EndingCount {
  reason: string | null;
  mentorships: number;
  friendships: number;
}

export interface SafetyWeek {
  raised: number;
  open: number;
  resolved: number;
  /** Median hours from raised to resolved, for items raised that week and resolved since. */
  medianHours: number | null;
}

export interface FirstLookByCategory {
  /** The risk category (lib/safety/categories.ts), and in words. */
  category: string;
  label: string;
  severity: number;
  raised: number;
  /** Items a moderator has opened. */
  looked: number;
  /** Median minutes from raised to a moderator's first look, over the items looked at. */
  medianMinutes: number | null;
}

export interface SafetyHealth {
  weeks: SafetyWeek[];
  /** Over the whole window. */
  total: SafetyWeek;
  /** Over the whole window, most severe category first. */
  firstLook: FirstLookByCategory[];
}

export interface ProgramHealth {
  window: HealthWindow;
  waiting: WaitingWeek[];
  active: ActiveWeek[];
  checkIns: CheckInWeek[];
  ruptures: RuptureWeek[];
  fitChecks: FitAnswerCount[];
  endings: EndingCount[];
  safety: SafetyHealth;
}

export interface CircleHealthWeek {
  placed: number;
  sessionsHeld: number;
  there: number;
  missed: number;
  /** there / (there + missed); null when nobody was expected that week. */
  shareThere: number | null;
  /** Median hours from a missed session's end to the facilitator's word, for misses of that week that were reached. */
  missToWordMedianHours: number | null;
  reached: number;
}

/** What the circle charts draw: the window's weeks and each week's figures. */
export interface CircleHealthSeries {
  weeks: Date[];
  weekly: CircleHealthWeek[];
}
