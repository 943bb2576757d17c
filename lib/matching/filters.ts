/**
 * Hard filters: a pair that fails one is never suggested and never matched,
 * whatever its score. Both directions are checked — the seeker's boundaries
 * and the mentor's. Each exclusion names the filter that removed the pair, so
 * a moderator can answer "why wasn't I matched with …?".
 *
 * The rules (docs/matching.md has the reasons):
 * - availability: the mentor is approved, not paused, not on a safety hold and
 *   has a free place; the seeker is not on a safety hold;
 * - pair lists: never a blocked pair (either direction), never a pair whose
 *   relationship ended before, and — for on-demand suggestions only — never a
 *   mentor the seeker already has an open request with;
 * - a shared language;
 * - the seeker's cadence is one the mentor keeps;
 * - UTC offsets on the reference date at most `maxTimezoneDifferenceHours` apart;
 * - no dealbreaker of the seeker describes the mentor's stated style;
 * - the seeker's preferred genders / age bands, when given, include the mentor's
 *   (a mentor who did not say cannot satisfy a stated preference);
 * - the mentor takes on every topic the seeker asked for (none is among the
 *   mentor's avoided topics) — a boundary holds even when other topics fit;
 * - none of the seeker's avoided topics is one the mentor's lived experience
 *   is about (their intro and story would raise it);
 * - the windows overlap at least `minOverlapHours` a week in UTC.
 *
 * `firstFailingFilter` checks in the order of FILTERS and stops at the first
 * failure (that is the one recorded); `failingFilters` lists them all.
 */
import type { MatchingContext } from "./context";
import * as bits from "./bits";
import type { PreparedMentor, PreparedSeeker } from "./prepare";
import * as windows from "./windows";

// Bound once: run through tsx (CommonJS), every call through an import is a getter call the
// JIT does not inline, which tripled the time of the hot loops.
const { meets } = bits;
const { overlapHours, parseDate } = windows;

export const FILTERS = [
  "same-person",
  "seeker-safety-hold",
  "mentor-not-approved",
  "mentor-safety-hold",
  "mentor-paused",
  "mentor-full",
  "blocked",
  "past-pair",
  "already-requested",
  "language",
  "cadence",
  "timezone",
  "dealbreaker",
  "preferred-gender",
  "preferred-age",
  "mentor-avoided-topic",
  "seeker-avoided-topic",
  "windows",
] as const;
export type FilterName = (typeof FILTERS)[number];

/** Filters that come from the seeker's own settings: what "narrows your suggestions" can name. */
export const SEEKER_SETTING_FILTERS = [
  "language",
  "cadence",
  "windows",
  "timezone",
  "dealbreaker",
  "preferred-gender",
  "preferred-age",
  "seeker-avoided-topic",
] as const satisfies readonly FilterName[];

// Each filter on its own, as a function of numbers: the large-round kernel (packed.ts) calls the same ones.
export const noSharedLanguage = (aLo: number, aHi: number, bLo: number, bHi: number) => !meets(aLo, aHi, bLo, bHi);
/** The seeker's cadence (a frequency, −1 = not said) is not among the mentor's cadence bits. */
export const cadenceNotKept = (seekerCadence: number, mentorCadences: number) => seekerCadence >= 0 && (mentorCadences & (1 << seekerCadence)) === 0;
export const timezonesTooFar = (offsetA: number, offsetB: number, maxHours: number) => Math.abs(offsetA - offsetB) > maxHours * 60;
/** Some dealbreaker of the chooser names a trait of the other's style. */
export const dealbreakerMet = (dealbreakers: number, otherTraits: number) => (dealbreakers & otherTraits) !== 0;
export const genderNotPreferred = (preferredGenders: number, otherGenderBit: number) => preferredGenders !== 0 && (preferredGenders & otherGenderBit) === 0;
export const ageNotPreferred = (preferredAges: number, otherAgeIndex: number) =>
  preferredAges !== 0 && (otherAgeIndex < 0 || (preferredAges & (1 << otherAgeIndex)) === 0);
/** Topics one side asks about meet topics the other side avoids. */
export const topicsMeetAvoided = (topicsLo: number, topicsHi: number, avoidLo: number, avoidHi: number) => meets(topicsLo, topicsHi, avoidLo, avoidHi);
export const tooLittleOverlap = (hours: number, minHours: number) => hours < minHours;

/**
 * The first filter (in FILTERS order) that removes the pair, or null when the
 * pair is admissible. `overlap` receives the shared hours when they were
 * computed (the windows filter is last, so admissible pairs always have it).
 */
export function firstFailingFilter(s: PreparedSeeker, m: PreparedMentor, context: MatchingContext, overlap?: { hours: number }): FilterName | null {
  if (s.id === m.id) return "same-person";
  if (s.safetyHold) return "seeker-safety-hold";
  if (m.unavailable !== null) return m.unavailable;
  if (s.pairExclusions !== null) {
    const listed = s.pairExclusions.get(m.id);
    if (listed !== undefined) return listed;
  }
  return pairFilter(s, m, context, overlap);
}

/** The filters that compare the two profiles (from "language" on), in FILTERS order. */
export function pairFilter(s: PreparedSeeker, m: PreparedMentor, context: MatchingContext, overlap?: { hours: number }): FilterName | null {
  const { settings } = context;
  if (noSharedLanguage(s.languagesLo, s.languagesHi, m.languagesLo, m.languagesHi)) return "language";
  if (cadenceNotKept(s.cadence, m.cadences)) return "cadence";
  if (timezonesTooFar(s.offset, m.offset, settings.maxTimezoneDifferenceHours)) return "timezone";
  if (dealbreakerMet(s.dealbreakers, m.styleTraits)) return "dealbreaker";
  if (genderNotPreferred(s.preferredGenders, m.genderBit)) return "preferred-gender";
  if (ageNotPreferred(s.preferredAges, m.ageIndex)) return "preferred-age";
  if (topicsMeetAvoided(s.topicsLo, s.topicsHi, m.avoidLo, m.avoidHi)) return "mentor-avoided-topic";
  if (topicsMeetAvoided(m.topicsLo, m.topicsHi, s.avoidLo, s.avoidHi)) return "seeker-avoided-topic";
  const hours = overlapHours(s.week, m.week);
  if (overlap) overlap.hours = hours;
  if (tooLittleOverlap(hours, settings.minOverlapHours)) return "windows";
  return null;
}

/** Every filter that removes the pair, in FILTERS order (empty when admissible). */
export function failingFilters(s: PreparedSeeker, m: PreparedMentor, context: MatchingContext): FilterName[] {
  const { settings } = context;
  const failing: FilterName[] = [];
  const add = (when: boolean, filter: FilterName) => when && failing.push(filter);
  add(s.id === m.id, "same-person");
  add(s.safetyHold, "seeker-safety-hold");
  add(!m.profile.approved, "mentor-not-approved");
  add(!!m.profile.safetyHold, "mentor-safety-hold");
  add(!!m.profile.pausedUntil && parseDate(context.referenceDate) < parseDate(m.profile.pausedUntil), "mentor-paused");
  add(m.activeCount >= m.capacity, "mentor-full");
  add(context.blocked.has(s.id, m.id), "blocked");
  add(context.past.has(s.id, m.id), "past-pair");
  add(context.excludeRequested && context.requested.has(s.id, m.id), "already-requested");
  add(noSharedLanguage(s.languagesLo, s.languagesHi, m.languagesLo, m.languagesHi), "language");
  add(cadenceNotKept(s.cadence, m.cadences), "cadence");
  add(timezonesTooFar(s.offset, m.offset, settings.maxTimezoneDifferenceHours), "timezone");
  add(dealbreakerMet(s.dealbreakers, m.styleTraits), "dealbreaker");
  add(genderNotPreferred(s.preferredGenders, m.genderBit), "preferred-gender");
  add(ageNotPreferred(s.preferredAges, m.ageIndex), "preferred-age");
  add(topicsMeetAvoided(s.topicsLo, s.topicsHi, m.avoidLo, m.avoidHi), "mentor-avoided-topic");
  add(topicsMeetAvoided(m.topicsLo, m.topicsHi, s.avoidLo, s.avoidHi), "seeker-avoided-topic");
  add(tooLittleOverlap(overlapHours(s.week, m.week), settings.minOverlapHours), "windows");
  return failing;
}
