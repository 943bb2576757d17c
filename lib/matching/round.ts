/**
 * A matching round: a cohort of waiting seekers and the mentors with places,
 * matched all at once. Builds the candidate graph, solves it exactly, runs
 * first-come-first-served and greedy on the same graph, and sums up each:
 * share matched, average and 10th-percentile score, mentor load, idle
 * mentors, the objective, and how late arrivals fare against early ones.
 *
 * People are put in a canonical order (by id) first, so the order of the
 * input never changes the result.
 */
import { buildCandidates, type CandidateGraph, type CandidateOptions, type CandidateStats } from "./candidates";
import type { MatchingContext } from "./context";
import { explainForMentor, explainForSeeker } from "./explain";
import { prepareMentor, prepareSeeker, type PreparedMentor, type PreparedSeeker } from "./prepare";
import { scoreDetail } from "./score";
import { arrivalOrder, firstComeFirstServed, greedyByScore } from "./solve/baselines";
import { solveExact, type SolveOptions } from "./solve/exact";
import type { MentorForMatching, SeekerForMatching } from "./types";
import { overlapHours } from "./windows";

export interface RoundOptions extends Partial<SolveOptions> {
  candidates?: Partial<CandidateOptions>;
  /** Run first-come-first-served and greedy too (default true). */
  baselines?: boolean;
  /** Put each proposed pair's reasons into words (default true). */
  explain?: boolean;
}

export interface ProposedPair {
  seekerId: string;
  mentorId: string;
  /** 0–100. */
  score: number;
  /** In the seeker's terms, strongest first. */
  reasons: string[];
  weakest: string | null;
  /** The same pair in the mentor's terms. */
  mentorReasons: string[];
}

export interface RoundTotals {
  seekers: number;
  matched: number;
  shareMatched: number;
  averageScore: number;
  /** 10th percentile of the scores of the pairs made (nearest rank). */
  p10Score: number;
  /** Sum of the scores of the pairs made. */
  objective: number;
  /** Mentors with places in this round, by how many people they have after it (existing + new). */
  mentorLoad: Record<string, number>;
  /** Mentors with places who have nobody at all after the round. */
  idleMentors: number;
  /**
   * Mean score (0 when unmatched) of the last-arriving tenth of seekers divided
   * by that of the first tenth: 1 means arrival order did not matter.
   */
  lateToEarlyRatio: number;
  /** Checked, not assumed: places exceeded, seekers matched twice, pairs outside the graph. */
  capacityViolations: number;
  seekersMatchedTwice: number;
}

export interface RoundOutcome {
  /** Indices into the candidate graph. */
  chosen: Int32Array;
  totals: RoundTotals;
}

export interface RoundResult {
  graph: CandidateGraph;
  solver: RoundOutcome & { pairs: ProposedPair[]; mentorPrices: Float64Array; side: "seekers" | "mentors" };
  firstComeFirstServed: RoundOutcome | null;
  greedy: RoundOutcome | null;
  stats: CandidateStats;
  timings: { prepareMs: number; candidatesMs: number; solveMs: number; baselinesMs: number; explainMs: number };
}

const byId = <T extends { id: string }>(list: readonly T[]) => {
  const sorted = [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.id === sorted[i - 1]!.id) throw new Error(`Duplicate id "${sorted[i]!.id}"`);
  return sorted;
};

export function prepareCohort(seekers: readonly SeekerForMatching[], mentors: readonly MentorForMatching[], context: MatchingContext) {
  return {
    seekers: byId(seekers).map((s, i) => prepareSeeker(s, context, i)),
    mentors: byId(mentors).map((m, i) => prepareMentor(m, context, i)),
  };
}

export function runRound(
  input: { seekers: readonly SeekerForMatching[]; mentors: readonly MentorForMatching[]; context: MatchingContext },
  options: RoundOptions = {},
): RoundResult {
  const clock = () => performance.now();
  let t = clock();
  const { seekers, mentors } = prepareCohort(input.seekers, input.mentors, input.context);
  const prepareMs = clock() - t;

  t = clock();
  const graph = buildCandidates(seekers, mentors, input.context, options.candidates);
  const candidatesMs = clock() - t;

  t = clock();
  const solution = solveExact(graph, options);
  const solveMs = clock() - t;

  t = clock();
  const withBaselines = options.baselines ?? true;
  const fcfs = withBaselines ? firstComeFirstServed(graph) : null;
  const greedy = withBaselines ? greedyByScore(graph) : null;
  const baselinesMs = clock() - t;

  t = clock();
  const pairs = options.explain === false ? [] : explainPairs(graph, solution.chosen, input.context);
  const explainMs = clock() - t;

  return {
    graph,
    solver: { chosen: solution.chosen, totals: summarize(graph, solution.chosen), pairs, mentorPrices: solution.mentorPrices, side: solution.side },
    firstComeFirstServed: fcfs ? { chosen: fcfs, totals: summarize(graph, fcfs) } : null,
    greedy: greedy ? { chosen: greedy, totals: summarize(graph, greedy) } : null,
    stats: graph.stats,
    timings: { prepareMs, candidatesMs, solveMs, baselinesMs, explainMs },
  };
}

/** Reasons for one pair, from the same numbers as its score. */
export function explainPrepared(s: PreparedSeeker, m: PreparedMentor, context: MatchingContext) {
  const detail = scoreDetail(s, m, overlapHours(s.week, m.week));
  return { detail, seeker: explainForSeeker(s, m, detail, context), mentor: explainForMentor(s, m, detail, context) };
}

function explainPairs(graph: CandidateGraph, chosen: Int32Array, context: MatchingContext): ProposedPair[] {
  return Array.from(chosen, (e) => {
    const s = graph.seekers[graph.seeker[e]!]!;
    const m = graph.mentors[graph.mentor[e]!]!;
    const { seeker, mentor } = explainPrepared(s, m, context);
    return { seekerId: s.id, mentorId: m.id, score: graph.score[e]!, reasons: seeker.reasons, weakest: seeker.weakest, mentorReasons: mentor.reasons };
  });
}

/** Totals of a set of chosen pairs, with the feasibility checks. */
export function summarize(graph: CandidateGraph, chosen: Int32Array): RoundTotals {
  const { seekers, mentors } = graph;
  const newPeople = new Int32Array(mentors.length);
  const seekerScore = new Int32Array(seekers.length).fill(-1);
  let objective = 0;
  let seekersMatchedTwice = 0;
  let outside = 0;
  const scores: number[] = [];
  for (const e of chosen) {
    if (e < 0 || e >= graph.size) {
      outside++;
      continue;
    }
    const s = graph.seeker[e]!;
    const score = graph.score[e]!;
    newPeople[graph.mentor[e]!]!++;
    if (seekerScore[s]! >= 0) seekersMatchedTwice++;
    seekerScore[s] = score;
    objective += score;
    scores.push(score);
  }
  let capacityViolations = outside;
  const mentorLoad: Record<string, number> = {};
  let idleMentors = 0;
  for (let m = 0; m < mentors.length; m++) {
    const mentor = mentors[m]!;
    if (newPeople[m]! > mentor.freePlaces) capacityViolations++;
    if (mentor.freePlaces <= 0) continue;
    const load = mentor.activeCount + newPeople[m]!;
    mentorLoad[load] = (mentorLoad[load] ?? 0) + 1;
    if (load === 0) idleMentors++;
  }
  scores.sort((a, b) => a - b);
  const order = arrivalOrder(graph);
  const tenth = Math.max(1, Math.floor(seekers.length / 10));
  const meanOf = (from: number, to: number) => {
    let sum = 0;
    for (let i = from; i < to; i++) sum += Math.max(0, seekerScore[order[i]!]!);
    return sum / Math.max(1, to - from);
  };
  const early = meanOf(0, Math.min(tenth, seekers.length));
  const late = meanOf(Math.max(0, seekers.length - tenth), seekers.length);
  return {
    seekers: seekers.length,
    matched: scores.length,
    shareMatched: seekers.length ? scores.length / seekers.length : 0,
    averageScore: scores.length ? objective / scores.length : 0,
    p10Score: scores.length ? scores[Math.max(0, Math.ceil(0.1 * scores.length) - 1)]! : 0,
    objective,
    mentorLoad,
    idleMentors,
    lateToEarlyRatio: early > 0 ? late / early : late > 0 ? Infinity : 1,
    capacityViolations,
    seekersMatchedTwice,
  };
}
