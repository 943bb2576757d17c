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

  // Node numbering for the solver: people of the same language and UTC band next to each other.
  // A search wanders among similar people, so this keeps its memory reads close (≈1.5× faster at
  // 100k); the numbering is derived from the people only, so results do not depend on input order.
  const seekerRank = localityRanks(seekers);
  const mentorRank = localityRanks(mentors);
  const rowsAreSeekers = side === "seekers";
  const rowRank = rowsAreSeekers ? seekerRank : mentorRank;
  const colRank = rowsAreSeekers ? mentorRank : seekerRank;
  const rowOfEdge = rowsAreSeekers ? graph.seeker : graph.mentor;
  const colOfEdge = rowsAreSeekers ? graph.mentor : graph.seeker;
  const rows = rowRank.length;
  const cols = colRank.length;

  const rowStart = new Int32Array(rows + 1);
  for (let e = 0; e < size; e++) rowStart[rowRank[rowOfEdge[e]!]! + 1]!++;
  for (let r = 0; r < rows; r++) rowStart[r + 1]! += rowStart[r]!;
  const fill = rowStart.slice(0, rows);
  const edgeOf = new Int32Array(size); // transport edge → candidate edge
  for (let e = 0; e < size; e++) edgeOf[fill[rowRank[rowOfEdge[e]!]!]!++] = e;
  const edgeCol = new Int32Array(size);
  const edgeCost = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    edgeCol[i] = colRank[colOfEdge[edgeOf[i]!]!]!;
    edgeCost[i] = -weights[edgeOf[i]!]!;
  }
  const byRow = <T extends Float64Array | Int32Array>(out: T, value: (person: number) => number) => {
    for (let p = 0; p < rows; p++) out[rowRank[p]!] = value(p);
    return out;
  };
  const byCol = <T extends Float64Array | Int32Array>(out: T, value: (person: number) => number) => {
    for (let p = 0; p < cols; p++) out[colRank[p]!] = value(p);
    return out;
  };

  let problem: TransportProblem;
  if (rowsAreSeekers) {
    // Rows = seekers (one unit each), columns = mentors (their free places, each next seat dearer by λ).
    problem = {
      rows,
      cols,
      rowStart,
      edgeCol,
      edgeCost,
      supply: byRow(new Int32Array(rows), (s) => seekerHasEdge[s]!),
      dummyBase: new Float64Array(rows).fill(most),
      dummyStep: new Float64Array(rows),
      capacity: byCol(new Int32Array(cols), (m) => mentors[m]!.freePlaces),
      seatBase: byCol(new Float64Array(cols), (m) => penalty(mentors[m]!.activeCount)),
      seatStep: new Float64Array(cols).fill(penalty(1)),
    };
  } else {
    // Rows = mentors (one unit per free place), columns = seekers. A place left empty "refunds" the
    // penalty it would have cost: the j-th empty place of a mentor with f free places saves the
    // penalty of their (f−j)-th new person, the dearest first.
    problem = {
      rows,
      cols,
      rowStart,
      edgeCol,
      edgeCost,
      supply: byRow(new Int32Array(rows), (m) => (mentorHasEdge[m] ? mentors[m]!.freePlaces : 0)),
      dummyBase: byRow(new Float64Array(rows), (m) => most - penalty(mentors[m]!.activeCount + mentors[m]!.freePlaces - 1)),
      dummyStep: new Float64Array(rows).fill(penalty(1)),
      capacity: new Int32Array(cols).fill(1),
      seatBase: new Float64Array(cols),
      seatStep: new Float64Array(cols),
    };
  }

  const solution = solveTransport(problem);
  const chosenList: number[] = [];
  for (let e = 0; e < solution.flow.length; e++) if (solution.flow[e] === 1) chosenList.push(edgeOf[e]!);
  const chosen = Int32Array.from(chosenList).sort();

  // Mentor duals from the potentials (sink potential 0): rows ⇒ p(m), columns ⇒ −p(m).
  const mentorPrices = Float64Array.from(mentors, (_, m) => {
    const p = side === "mentors" ? solution.rowPotential[mentorRank[m]!]! : -solution.colPotential[mentorRank[m]!]!;
    return Math.max(0, p) / scale;
  });

  return { chosen, mentorPrices, side, scale, searches: solution.searches, settled: solution.settled };
}

/** Each person's position when sorted by (first language, UTC hour band, seeded hash). */
function localityRanks(people: readonly { languagesLo: number; languagesHi: number; offset: number; hash: number; index: number }[]): Int32Array {
  const firstLanguage = (p: (typeof people)[number]) => (p.languagesLo !== 0 ? 31 - Math.clz32(p.languagesLo & -p.languagesLo) : p.languagesHi !== 0 ? 64 : 99);
  const order = people.map((p) => ({ i: p.index, key: firstLanguage(p) * 100 + Math.floor(p.offset / 60) + 50, hash: p.hash }));
  order.sort((a, b) => a.key - b.key || a.hash - b.hash || a.i - b.i);
  const rank = new Int32Array(people.length);
  order.forEach((o, r) => (rank[o.i] = r));
  return rank;
}
