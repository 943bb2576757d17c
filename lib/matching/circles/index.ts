/**
 * Circle placement: who sits in which circle, exactly on the assignment and
 * then improved for how members fit each other. Pure. See docs/circles.md.
 */
export type { CircleCadence, CircleCohort, CircleFacilitator, CircleForPlacement, CircleSeeker } from "./types";
export { MAX_CIRCLE_SIZE, MIN_CIRCLE_SIZE } from "./types";
export {
  CIRCLE_FILTERS,
  CIRCLE_WEIGHTS,
  circleFilter,
  circleFitDetail,
  circleQuarters,
  createCircleContext,
  explainPlacement,
  insideWeek,
  memberFit,
  prepareCircle,
  prepareSeeker,
  sessionTimeIn,
  type CircleContext,
  type CircleFilterName,
} from "./fit";
export {
  DEFAULT_CIRCLE_ROUND_OPTIONS,
  exactAssignment,
  PRIORITY_BONUS,
  PRIORITY_REASON,
  prepareRound,
  runCircleRound,
  totalsOf,
  type CandidatePair,
  type CircleRoundOptions,
  type CircleRoundResult,
  type CircleRoundTotals,
  type Placement,
  type PreparedRound,
} from "./place";
export { firstComeFirstServedCircles, greedyCircles } from "./baselines";
export { generateCircleCohort, type GenerateCirclesOptions } from "./generate";
