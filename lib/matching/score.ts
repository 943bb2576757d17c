/**
 * A pair's score: a weighted sum of the criteria from the seeker's view and
 * one from the mentor's view, combined by their harmonic mean so a one-sided
 * fit scores low (0.9 and 0.3 give 0.45, not the arithmetic 0.6), then put on
 * an integer scale 0–100.
 *
 * `pairScore` (the hot path) and `scoreDetail` (explanations) run the very
 * same code, so the words and the number can never disagree.
 */
import * as criteria from "./criteria";
import { MENTOR_CRITERIA, MENTOR_WEIGHTS, SEEKER_CRITERIA, type MentorCriterion, type MentorSide, type SeekerCriterion, type SeekerSide } from "./criteria";

// Bound once: run through tsx (CommonJS), every call through an import is a getter call the
// JIT does not inline, which tripled the time of the hot loops.
const { pairCriteria } = criteria;

export function harmonicMean(a: number, b: number): number {
  return a + b <= 0 ? 0 : (2 * a * b) / (a + b);
}

/** [0, 1] → the integer scale 0–100. */
export const toScale = (fit: number) => Math.round(100 * Math.min(1, Math.max(0, fit)));

const mentorWeights = Float64Array.from(MENTOR_CRITERIA, (c) => MENTOR_WEIGHTS[c]);

const dot = (a: Float64Array, b: Float64Array) => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
};

const seekerScratch = new Float64Array(SEEKER_CRITERIA.length);
const mentorScratch = new Float64Array(MENTOR_CRITERIA.length);

type Seeker = SeekerSide & { weights: Float64Array };

/** The two views in [0, 1]; the criteria land in the arrays given. */
function views(s: Seeker, m: MentorSide, overlapHours: number, seekerValues: Float64Array, mentorValues: Float64Array) {
  pairCriteria(s, m, overlapHours, seekerValues, mentorValues);
  viewsOut.seeker = dot(s.weights, seekerValues);
  viewsOut.mentor = dot(mentorWeights, mentorValues);
  return viewsOut;
}
const viewsOut = { seeker: 0, mentor: 0 };

/** The integer score (0–100) of an admissible pair whose windows share `overlapHours`. */
export function pairScore(s: Seeker, m: MentorSide, overlapHours: number): number {
  const v = views(s, m, overlapHours, seekerScratch, mentorScratch);
  return toScale(harmonicMean(v.seeker, v.mentor));
}

export interface CriterionPart<C extends string> {
  criterion: C;
  /** The criterion's value in [0, 1]. */
  value: number;
  /** Its weight in this view (weights of a view sum to 1). */
  weight: number;
  /** weight × value: what it adds to the view. */
  contribution: number;
}

export interface ScoreDetail {
  /** 0–100. */
  score: number;
  /** Each view in [0, 1]. */
  seekerView: number;
  mentorView: number;
  seeker: CriterionPart<SeekerCriterion>[];
  mentor: CriterionPart<MentorCriterion>[];
  overlapHours: number;
}

export function scoreDetail(s: Seeker, m: MentorSide, overlapHours: number): ScoreDetail {
  const seekerValues = new Float64Array(SEEKER_CRITERIA.length);
  const mentorValues = new Float64Array(MENTOR_CRITERIA.length);
  const v = views(s, m, overlapHours, seekerValues, mentorValues);
  const seekerView = v.seeker;
  const mentorView = v.mentor;
  const score = toScale(harmonicMean(seekerView, mentorView));
  return {
    score,
    seekerView,
    mentorView,
    seeker: SEEKER_CRITERIA.map((criterion, i) => ({
      criterion,
      value: seekerValues[i]!,
      weight: s.weights[i]!,
      contribution: s.weights[i]! * seekerValues[i]!,
    })),
    mentor: MENTOR_CRITERIA.map((criterion, i) => ({
      criterion,
      value: mentorValues[i]!,
      weight: mentorWeights[i]!,
      contribution: mentorWeights[i]! * mentorValues[i]!,
    })),
    overlapHours,
  };
}
