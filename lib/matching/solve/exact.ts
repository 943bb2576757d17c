/**
 * A matching round's exact solve: turns the candidate graph and the round's
 * options into a transportation problem for min-cost-flow.ts, and back.
 *
 * - "best" (best total fit): maximise the sum of scores.
 * - "most" (most people matched): maximise the number of pairs, then the sum.
 * - Load spreading λ: a mentor's k-th person in total (counting the people
 *   they already support) costs λ·(k−1) points — convex, so spreading people
 *   over mentors wins whenever it costs less than λ per extra person.
 * - Aging β: a seeker who has waited d days gets β·d points on every pair.
 *
 * Tie-breaks are seeded, not positional: each pair's weight gets a tiny
 * perturbation from a hash of (seed, seeker id, mentor id), small enough that
 * all of them together are worth less than one score point — so the sum of
 * scores is still exactly the maximum — yet large enough to single out one
 * optimum among equals. Shuffling the input changes nothing.
 */
import type { CandidateGraph } from "../candidates";
import * as random from "../random";
import { solveTransport, type TransportProblem } from "./min-cost-flow";

// Bound once: run through tsx (CommonJS), every call through an import is a getter call the
// JIT does not inline, which tripled the time of the hot loops.
const { hashPair } = random;

export type RoundMode = "best" | "most";

/** λ and β are used to this fraction of a point. */
export const GRAIN = 64;

export interface SolveOptions {
  mode: RoundMode;
  /** λ, points per extra person a mentor takes on (0 = off). */
  loadSpreading: number;
  /** β, points per day waited (0 = off). */
  aging: number;
  /** Which side's units the shortest paths start from; "auto" picks the scarcer. */
  side: "auto" | "seekers" | "mentors";
}

export const DEFAULT_SOLVE_OPTIONS: SolveOptions = { mode: "best", loadSpreading: 0, aging: 0, side: "auto" };

export interface SolveResult {
  /** Indices into the candidate graph of the chosen pairs, ascending. */
  chosen: Int32Array;
  /** Each mentor's shadow price in points (the dual of their places): what one more place would be worth. */
  mentorPrices: Float64Array;
  side: "seekers" | "mentors";
  /** Units of the integer cost scale per score point. */
  scale: number;
  searches: number;
  settled: number;
}

export function solveExact(graph: CandidateGraph, options: Partial<SolveOptions> = {}): SolveResult {
  const opts = { ...DEFAULT_SOLVE_OPTIONS, ...options };
  const { seekers, mentors, size } = graph;
  // λ and β count in 1/64 of a point, so every weight is a multiple of 1/64 and the
  // tie-break perturbations (worth less than 1/64 in total) never outweigh a real difference.
  const lambda = Math.round(Math.max(0, opts.loadSpreading) * GRAIN) / GRAIN;
  const beta = Math.round(Math.max(0, opts.aging) * GRAIN) / GRAIN;

  // Who can be matched at all, and how many pairs there can be at most.
  const seekerHasEdge = new Uint8Array(seekers.length);
  const mentorHasEdge = new Uint8Array(mentors.length);
  let maxDays = 0;
  for (let e = 0; e < size; e++) {
    seekerHasEdge[graph.seeker[e]!] = 1;
    mentorHasEdge[graph.mentor[e]!] = 1;
  }
  let seekersWithEdges = 0;
  for (let s = 0; s < seekers.length; s++) {
    if (!seekerHasEdge[s]) continue;
    seekersWithEdges++;
    maxDays = Math.max(maxDays, seekers[s]!.daysWaiting);
  }
  let places = 0;
  let maxLoad = 0;
  for (let m = 0; m < mentors.length; m++) {
    if (!mentorHasEdge[m]) continue;
    places += mentors[m]!.freePlaces;
    maxLoad = Math.max(maxLoad, mentors[m]!.capacity);
  }
  const n = Math.min(seekersWithEdges, places);

  // Integer scale: the largest power of two that keeps every path cost and potential
  // (bounded by a few times n × the largest weight, plus the "most" constant) below 2^50.
  const maxPoints = 100 + beta * maxDays + lambda * maxLoad + 1;
  const scale = 2 ** Math.max(6, Math.floor(Math.log2(2 ** 50 / (4 * (n + 2) * maxPoints))));
  // All perturbations of a matching together stay below 1/64 of a point.
  const jitter = Math.max(1, Math.floor((scale / GRAIN - 1) / (n + 1)));
  const most = opts.mode === "most" ? (n + 1) * maxPoints * scale + 1 : 0;

  // Each pair's integer weight, once. (Typed arrays of the people's numbers keep this pass
  // sequential: reading 5M pairs' people as objects cost seconds in cache misses.)
  const seekerHash = Uint32Array.from(seekers, (s) => s.hash);
  const seekerBonus = Float64Array.from(seekers, (s) => beta * s.daysWaiting);
  const mentorHash = Uint32Array.from(mentors, (m) => m.hash);
  const weights = new Float64Array(size);
  for (let e = 0; e < size; e++) {
    const si = graph.seeker[e]!;
    const points = graph.score[e]! + seekerBonus[si]!;
    weights[e] = Math.round(points * scale) + (jitter > 1 ? hashPair(seekerHash[si]!, mentorHash[graph.mentor[e]!]!) % jitter : 0);
  }
  // One integer unit per extra person, so both orientations price a load identically.
  const penaltyUnit = Math.round(lambda * scale);
  const penalty = (load: number) => penaltyUnit * load;

  const side = opts.side === "auto" ? (places < seekersWithEdges ? "mentors" : "seekers") : opts.side;
  let problem: TransportProblem;
  let edgeOf: Int32Array; // transport edge → candidate edge

  if (side === "seekers") {
    // Rows = seekers (one unit each), columns = mentors (their free places). The graph is already grouped by seeker.
    const rowStart = new Int32Array(seekers.length + 1);
    for (let e = 0; e < size; e++) rowStart[graph.seeker[e]! + 1]!++;
    for (let s = 0; s < seekers.length; s++) rowStart[s + 1]! += rowStart[s]!;
    edgeOf = new Int32Array(size);
    const edgeCost = new Float64Array(size);
    for (let e = 0; e < size; e++) {
      edgeOf[e] = e;
      edgeCost[e] = -weights[e]!;
    }
    problem = {
      rows: seekers.length,
      cols: mentors.length,
      rowStart,
      edgeCol: graph.mentor,
      edgeCost,
      supply: Int32Array.from(seekers, (_, s) => seekerHasEdge[s]!),
      dummyBase: new Float64Array(seekers.length).fill(most),
      dummyStep: new Float64Array(seekers.length),
      capacity: Int32Array.from(mentors, (m) => m.freePlaces),
      seatBase: Float64Array.from(mentors, (m) => penalty(m.activeCount)),
      seatStep: new Float64Array(mentors.length).fill(penalty(1)),
    };
  } else {
    // Rows = mentors (one unit per free place), columns = seekers. Regroup the edges by mentor.
    const rowStart = new Int32Array(mentors.length + 1);
    for (let e = 0; e < size; e++) rowStart[graph.mentor[e]! + 1]!++;
    for (let m = 0; m < mentors.length; m++) rowStart[m + 1]! += rowStart[m]!;
    const fill = rowStart.slice(0, mentors.length);
    edgeOf = new Int32Array(size);
    for (let e = 0; e < size; e++) edgeOf[fill[graph.mentor[e]!]!++] = e;
    const edgeCol = new Int32Array(size);
    const edgeCost = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      edgeCol[i] = graph.seeker[edgeOf[i]!]!;
      edgeCost[i] = -weights[edgeOf[i]!]!;
    }
    // A place left empty "refunds" the penalty it would have cost: the j-th empty place of a mentor
    // with f free places saves the penalty of their (f−j)-th new person, the dearest first.
    problem = {
      rows: mentors.length,
      cols: seekers.length,
      rowStart,
      edgeCol,
      edgeCost,
      supply: Int32Array.from(mentors, (m, i) => (mentorHasEdge[i] ? m.freePlaces : 0)),
      dummyBase: Float64Array.from(mentors, (m) => most - penalty(m.activeCount + m.freePlaces - 1)),
      dummyStep: new Float64Array(mentors.length).fill(penalty(1)),
      capacity: new Int32Array(seekers.length).fill(1),
      seatBase: new Float64Array(seekers.length),
      seatStep: new Float64Array(seekers.length),
    };
  }

  const solution = solveTransport(problem);
  const chosenList: number[] = [];
  for (let e = 0; e < solution.flow.length; e++) if (solution.flow[e] === 1) chosenList.push(edgeOf[e]!);
  const chosen = Int32Array.from(chosenList).sort();

  // Mentor duals from the potentials (sink potential 0): rows ⇒ p(m), columns ⇒ −p(m).
  const mentorPrices = Float64Array.from(mentors, (_, m) => {
    const p = side === "mentors" ? solution.rowPotential[m]! : -solution.colPotential[m]!;
    return Math.max(0, p) / scale;
  });

  return { chosen, mentorPrices, side, scale, searches: solution.searches, settled: solution.settled };
}
