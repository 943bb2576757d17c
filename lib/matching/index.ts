/**
 * Matching: explainable two-sided scores, on-demand suggestions and exact
 * batch rounds. Pure TypeScript — no database, no React, no Next — so the DAL
 * reads profiles, calls these functions and writes what comes back.
 * docs/matching.md explains the rules, the numbers and the formats.
 */
export type {
  AgeBand,
  Cadence,
  Cohort,
  Dealbreaker,
  FriendForMatching,
  Gender,
  MatchingSettings,
  MentorForMatching,
  MentorSignals,
  PairList,
  SeekerForMatching,
  SeekerTopic,
  SignalPriors,
  TopicLabel,
  Window,
} from "./types";
export { DEFAULT_SETTINGS } from "./types";

export { createContext, contextForCohort, PairSet, type ContextInput, type MatchingContext } from "./context";
export { FILTERS, SEEKER_SETTING_FILTERS, type FilterName } from "./filters";
export { MENTOR_CRITERIA, MENTOR_WEIGHTS, SEEKER_CRITERIA, SEEKER_WEIGHTS, type MentorCriterion, type SeekerCriterion } from "./criteria";
export { FALLBACK_PRIORS, platformPriors, PRIOR_STRENGTH, shrunkRate, wilsonLowerBound } from "./signals";
export type { Explanation } from "./explain";

export {
  createMentorPool,
  explainPair,
  rankSuggestions,
  rankSuggestionsDetailed,
  whatNarrowsSuggestions,
  type HeldFit,
  type MentorPool,
  type Narrowing,
  type PairCheck,
  type Suggestion,
  type SuggestionOptions,
} from "./suggestions";

export { congestionPrices, freePlacesOf, INTEREST_BONUS, isHeld, pendingByMentor, type CongestionInput, type CongestionOptions, type Interest } from "./exposure";

export { runRound, summarize, type ProposedPair, type RoundOptions, type RoundOutcome, type RoundResult, type RoundTotals } from "./round";
export type { RoundMode, SolveOptions } from "./solve/exact";
export type { CandidateGraph, CandidateOptions, CandidateStats } from "./candidates";

export { FRIEND_FILTERS, runFriendRound, type FriendFilterName, type FriendPair, type FriendRoundOptions, type FriendRoundResult } from "./friends";

export { parseCohort } from "./cohort";
export { generateCohort, type GenerateOptions } from "./generate";
