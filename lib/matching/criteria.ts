/**
 * Soft criteria: each is a number in [0, 1] from one side's point of view.
 * Fixed weights turn them into a score per side (score.ts). Every criterion
 * is a plain function of numbers, so the large-round kernel (packed.ts) and
 * the explanations run the very same formulas. The reasons for each number
 * are in docs/matching.md.
 */
import * as bits from "./bits";

// Bound once: run through tsx (CommonJS), every call through an import is a getter call the
// JIT does not inline, which tripled the time of the hot loops.
const { count } = bits;

/** Criteria of the seeker's view, in this order everywhere (weights, values, explanations). */
export const SEEKER_CRITERIA = ["topics", "rhythm", "windows", "style", "consistency", "nonJudgment", "age"] as const;
export type SeekerCriterion = (typeof SEEKER_CRITERIA)[number];
/** Criteria of the mentor's view. */
export const MENTOR_CRITERIA = ["topics", "rhythm", "windows", "style", "age"] as const;
export type MentorCriterion = (typeof MENTOR_CRITERIA)[number];

/**
 * Seeker's view, before normalising to a sum of 1. Consistency and
 * non-judgment scale with how much the seeker said each matters (1–4), so
 * "essential" weighs four times "nice to have".
 */
export const SEEKER_WEIGHTS = {
  topics: 0.3,
  rhythm: 0.1,
  windows: 0.15,
  style: 0.15,
  consistencyPerImportance: 0.04,
  nonJudgmentPerImportance: 0.04,
  age: 0.05,
} as const;

/** Mentor's view (sums to 1). */
export const MENTOR_WEIGHTS: Record<MentorCriterion, number> = { topics: 0.35, rhythm: 0.25, windows: 0.2, style: 0.15, age: 0.05 };

/** The seeker's normalised weights, in SEEKER_CRITERIA order. */
export function seekerWeights(consistencyImportance: number, nonJudgmentImportance: number): Float64Array {
  const w = SEEKER_WEIGHTS;
  const raw = [
    w.topics,
    w.rhythm,
    w.windows,
    w.style,
    w.consistencyPerImportance * consistencyImportance,
    w.nonJudgmentPerImportance * nonJudgmentImportance,
    w.age,
  ];
  const total = raw.reduce((a, b) => a + b, 0);
  return Float64Array.from(raw, (x) => x / total);
}

/** Credit for a requested topic without the mentor's lived experience, when lived experience of it does not matter. */
export const TOPIC_WITHOUT_LIVED_EXPERIENCE = 0.5;

/**
 * Seeker's view of topics. Each requested topic counts double when lived
 * experience of it matters to the seeker; it earns its full weight when the
 * mentor has lived experience of it, half when not but it does not matter,
 * nothing when it does. (Sets as two-word bit masks; all sums are of halves,
 * so the result is exact.)
 */
export function topicFitForSeeker(reqLo: number, reqHi: number, mattersLo: number, mattersHi: number, livedLo: number, livedHi: number): number {
  const requested = count(reqLo, reqHi);
  if (requested === 0) return 0.5;
  const matters = count(mattersLo, mattersHi);
  const mattersLived = count(mattersLo & livedLo, mattersHi & livedHi);
  const otherLived = count(reqLo & ~mattersLo & livedLo, reqHi & ~mattersHi & livedHi);
  const otherNot = requested - matters - otherLived;
  return (2 * mattersLived + otherLived + TOPIC_WITHOUT_LIVED_EXPERIENCE * otherNot) / (requested + matters);
}

/** Mentor's view of topics: the share of what the seeker asked about that the mentor has lived experience of. */
export function topicFitForMentor(reqLo: number, reqHi: number, livedLo: number, livedHi: number): number {
  const requested = count(reqLo, reqHi);
  return requested === 0 ? 0.5 : count(reqLo & livedLo, reqHi & livedHi) / requested;
}

/** Share of a mentor's places that are free before the round. */
export const freeShareOf = (capacity: number, activeCount: number) => (capacity > 0 ? Math.max(0, capacity - activeCount) / capacity : 0);

/**
 * Seeker's view of rhythm: the cadence is kept (a hard filter), and a mentor
 * with more of their places free has more room for it: 0.7 + 0.3 × free share.
 * A seeker who has not chosen a cadence gets 0.7 of that.
 */
export function rhythmFitForSeeker(seekerCadence: number, freeShare: number): number {
  const room = 0.7 + 0.3 * freeShare;
  return seekerCadence < 0 ? 0.7 * room : room;
}

/**
 * Mentor's view of rhythm: how comfortably they keep it. Their least frequent
 * offered cadence is the easiest; each step more often costs a quarter.
 */
export function rhythmFitForMentor(seekerCadence: number, leastFrequent: number): number {
  if (seekerCadence < 0 || leastFrequent < 0) return 0.75;
  return Math.max(0, 1 - 0.25 * Math.max(0, seekerCadence - leastFrequent));
}

/** Shared hours that count as "plenty": two full windows. */
export const PLENTY_OF_OVERLAP_HOURS = 10;

/** Window fit from one side: shared hours over the hours that side offered (at most PLENTY_OF_OVERLAP_HOURS), capped at 1. */
export function windowFit(overlapHours: number, ownHours: number): number {
  const enough = Math.min(PLENTY_OF_OVERLAP_HOURS, ownHours);
  return enough <= 0 ? 0 : Math.min(1, overlapHours / enough);
}

/** One style axis (values 0 | 1 | 2, 1 being "balanced"/"either", −1 not said): same 1, one side in the middle 0.6, opposite 0, unknown 0.5. */
export function styleAxisFit(a: number, b: number): number {
  if (a < 0 || b < 0) return 0.5;
  if (a === b) return 1;
  if (a === 1 || b === 1) return 0.6;
  return 0;
}

/** Style fit: the mean over listening, tone and message length. */
export function styleFit(listenA: number, toneA: number, lengthA: number, listenB: number, toneB: number, lengthB: number): number {
  return (styleAxisFit(listenA, listenB) + styleAxisFit(toneA, toneB) + styleAxisFit(lengthA, lengthB)) / 3;
}

/** One number per combination of the three axes (each −1…2): (listen+1)·16 + (tone+1)·4 + (length+1). */
export const styleCode = (listen: number, tone: number, length: number) => (listen + 1) * 16 + (tone + 1) * 4 + (length + 1);

/** styleFit for every pair of style codes, computed once: the hot loops look it up instead of recomputing it. */
const STYLE_FIT = (() => {
  const table = new Float64Array(64 * 64);
  const axes = (code: number) => [(code >> 4) - 1, ((code >> 2) & 3) - 1, (code & 3) - 1] as const;
  for (let a = 0; a < 64; a++) {
    const [la, ta, na] = axes(a);
    for (let b = 0; b < 64; b++) {
      const [lb, tb, nb] = axes(b);
      table[a * 64 + b] = styleFit(la, ta, na, lb, tb, nb);
    }
  }
  return table;
})();

/** styleFit of two people by their style codes. */
export const styleFitOf = (codeA: number, codeB: number) => STYLE_FIT[codeA * 64 + codeB]!;

/** A learned rate (already shrunk) as a criterion: 0.5 or less → 0, 1 → 1, linear between. */
export function signalFit(rate: number): number {
  return Math.min(1, Math.max(0, (rate - 0.5) / 0.5));
}

/** Closeness of age bands: a quarter less per band apart; unknown → 0.5. */
export function ageCloseness(a: number, b: number): number {
  if (a < 0 || b < 0) return 0.5;
  return Math.max(0, 1 - 0.25 * Math.abs(a - b));
}

/** Seeker's view of age: 1 when they stated preferred bands (the filter guarantees them), else closeness. */
export function ageFitForSeeker(preferredAges: number, seekerAge: number, mentorAge: number): number {
  return preferredAges !== 0 ? 1 : ageCloseness(seekerAge, mentorAge);
}

/** What the seeker's view reads of the seeker (PreparedSeeker has these fields). */
export interface SeekerSide {
  topicsLo: number;
  topicsHi: number;
  livedMattersLo: number;
  livedMattersHi: number;
  cadence: number;
  styleCode: number;
  ageIndex: number;
  preferredAges: number;
  weekHours: number;
}

/** What the views read of the mentor (PreparedMentor has these fields; packed.ts fills one from its arrays). */
export interface MentorSide {
  topicsLo: number;
  topicsHi: number;
  freeShare: number;
  leastFrequent: number;
  styleCode: number;
  ageIndex: number;
  weekHours: number;
  keptFit: number;
  notJudgedFit: number;
}

/**
 * Fills `seekerOut` with the seeker's view (SEEKER_CRITERIA order) and
 * `mentorOut` with the mentor's (MENTOR_CRITERIA order). Style and age
 * closeness are symmetric, so each is worked out once for both views.
 */
export function pairCriteria(s: SeekerSide, m: MentorSide, overlapHours: number, seekerOut: Float64Array, mentorOut: Float64Array) {
  const style = styleFitOf(s.styleCode, m.styleCode);
  const age = ageCloseness(s.ageIndex, m.ageIndex);
  seekerOut[0] = topicFitForSeeker(s.topicsLo, s.topicsHi, s.livedMattersLo, s.livedMattersHi, m.topicsLo, m.topicsHi);
  seekerOut[1] = rhythmFitForSeeker(s.cadence, m.freeShare);
  seekerOut[2] = windowFit(overlapHours, s.weekHours);
  seekerOut[3] = style;
  seekerOut[4] = m.keptFit;
  seekerOut[5] = m.notJudgedFit;
  seekerOut[6] = s.preferredAges !== 0 ? 1 : age; // ageFitForSeeker
  mentorOut[0] = topicFitForMentor(s.topicsLo, s.topicsHi, m.topicsLo, m.topicsHi);
  mentorOut[1] = rhythmFitForMentor(s.cadence, m.leastFrequent);
  mentorOut[2] = windowFit(overlapHours, m.weekHours);
  mentorOut[3] = style;
  mentorOut[4] = age;
}
