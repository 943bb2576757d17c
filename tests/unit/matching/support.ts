/**
 * Helpers for the matching tests: small hand-made profiles, bare candidate
 * graphs for the solver, and the HiGHS LP oracle.
 */
import loadHighs from "highs";
import type { CandidateGraph } from "@/lib/matching/candidates";
import { createContext, type ContextInput } from "@/lib/matching/context";
import { FILTERS } from "@/lib/matching/filters";
import type { PreparedMentor, PreparedSeeker } from "@/lib/matching/prepare";
import { hashString } from "@/lib/matching/random";
import type { MentorForMatching, SeekerForMatching } from "@/lib/matching/types";

export const GRIEF = "topic-grief";
export const LONELINESS = "topic-loneliness";
export const MOVING = "topic-moving";
export const RECOVERY = "topic-recovery";
export const TOPICS = [
  { id: GRIEF, label: "Grief and loss" },
  { id: LONELINESS, label: "Loneliness" },
  { id: MOVING, label: "A move or a new place" },
  { id: RECOVERY, label: "Recovery" },
];

export const context = (input: Partial<ContextInput> = {}) => createContext({ referenceDate: "2026-01-12", topics: TOPICS, ...input });

export function seeker(overrides: Partial<SeekerForMatching> = {}): SeekerForMatching {
  return {
    id: "seeker-1",
    name: "Sam",
    waitingSince: "2026-01-01",
    topics: [{ topicId: GRIEF, livedExperienceMatters: true }],
    cadence: "weekly",
    windows: ["tue-evening", "thu-evening"],
    timezone: "Europe/London",
    languages: ["en"],
    listenStyle: "listen",
    tone: "gentle",
    messageLength: "either",
    consistencyImportance: 3,
    nonJudgmentImportance: 4,
    ageBand: "25-34",
    gender: "woman",
    preferredAgeBands: [],
    preferredGenders: [],
    avoidTopicIds: [],
    dealbreakers: [],
    ...overrides,
  };
}

export function mentor(overrides: Partial<MentorForMatching> = {}): MentorForMatching {
  return {
    id: "mentor-1",
    name: "Maya",
    approved: true,
    pausedUntil: null,
    capacity: 2,
    activeCount: 1,
    topicIds: [GRIEF],
    avoidTopicIds: [],
    cadences: ["weekly", "fortnightly"],
    windows: ["tue-evening", "wed-evening"],
    timezone: "Europe/London",
    languages: ["en"],
    listenStyle: "listen",
    tone: "gentle",
    messageLength: "either",
    ageBand: "35-44",
    gender: "woman",
    ...overrides,
  };
}

/** A solver instance without profiles: scores on pairs, places per mentor. */
export interface Instance {
  seekers: number;
  /** Free places per mentor (and the people each already has). */
  places: number[];
  active?: number[];
  /** Days each seeker has waited. */
  waited?: number[];
  edges: { s: number; m: number; score: number }[];
}

/** A CandidateGraph over bare people, for the solver and the baselines. */
export function graphOf(instance: Instance): CandidateGraph {
  const seekerIds = Array.from({ length: instance.seekers }, (_, i) => `s${i}`);
  const mentorIds = instance.places.map((_, i) => `m${i}`);
  const seekers = seekerIds.map(
    (id, index) => ({ id, index, hash: hashString(id), daysWaiting: instance.waited?.[index] ?? 0, safetyHold: false, languagesLo: 1, languagesHi: 0, offset: 0 }) as unknown as PreparedSeeker,
  );
  const mentors = mentorIds.map((id, index) => {
    const active = instance.active?.[index] ?? 0;
    const free = instance.places[index]!;
    return { id, index, hash: hashString(id), freePlaces: free, activeCount: active, capacity: active + free, languagesLo: 1, languagesHi: 0, offset: 0 } as unknown as PreparedMentor;
  });
  const edges = [...instance.edges].sort((a, b) => a.s - b.s || a.m - b.m);
  return {
    seekers,
    mentors,
    size: edges.length,
    seeker: Int32Array.from(edges, (e) => e.s),
    mentor: Int32Array.from(edges, (e) => e.m),
    score: Uint8Array.from(edges, (e) => e.score),
    stats: {
      evaluated: edges.length,
      admissible: edges.length,
      excluded: Object.fromEntries(FILTERS.map((f) => [f, 0])) as CandidateGraph["stats"]["excluded"],
      unavailableMentors: { "mentor-not-approved": 0, "mentor-paused": 0, "mentor-full": 0, "mentor-safety-hold": 0 },
      seekersOnHold: 0,
      sampledSeekers: 0,
      evaluationsPerSeeker: 0,
    },
  };
}

let highs: Awaited<ReturnType<typeof loadHighs>> | undefined;
async function solver() {
  highs ??= await loadHighs();
  return highs;
}

export interface LpOptions {
  /** Maximise pairs first (a big weight per pair), then the weight. */
  most?: boolean;
  /** λ: the k-th person of a mentor in total costs λ·(k−1). */
  loadSpreading?: number;
  /** β per day waited, added to each of a seeker's pairs. */
  aging?: number;
}

/**
 * The LP relaxation of the round, solved by HiGHS: x_e ∈ [0, 1] per pair,
 * Σ over a seeker ≤ 1, Σ over a mentor = Σ of seat variables y_mk ∈ [0, 1],
 * each seat k costing its load penalty. Bipartite b-matching (with convex
 * seats, a flow) is totally unimodular, so the LP optimum is the integer one.
 * Returns the optimum of Σ w·x − Σ penalties, and the number of pairs in it.
 */
export async function lpOptimum(graph: CandidateGraph, options: LpOptions = {}): Promise<{ objective: number; pairs: number }> {
  const lambda = options.loadSpreading ?? 0;
  const beta = options.aging ?? 0;
  const maxDays = Math.max(0, ...graph.seekers.map((s) => s.daysWaiting));
  // "Most pairs first": one more pair must outweigh any difference of weights.
  const maxLoad = Math.max(0, ...graph.mentors.map((m) => m.capacity));
  const big = options.most ? (100 + beta * maxDays + lambda * maxLoad) * graph.seekers.length + 1 : 0;
  const terms: string[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  const bySeeker = new Map<number, string[]>();
  const byMentor = new Map<number, string[]>();
  for (let e = 0; e < graph.size; e++) {
    const s = graph.seeker[e]!;
    const m = graph.mentor[e]!;
    const w = graph.score[e]! + beta * graph.seekers[s]!.daysWaiting + big;
    terms.push(`${w} x${e}`);
    bounds.push(`0 <= x${e} <= 1`);
    (bySeeker.get(s) ?? bySeeker.set(s, []).get(s)!).push(`x${e}`);
    (byMentor.get(m) ?? byMentor.set(m, []).get(m)!).push(`x${e}`);
  }
  if (terms.length === 0) return { objective: 0, pairs: 0 };
  for (const [s, xs] of bySeeker) rows.push(` s${s}: ${xs.join(" + ")} <= 1`);
  for (const [m, xs] of byMentor) {
    const mentor = graph.mentors[m]!;
    const seats = Array.from({ length: mentor.freePlaces }, (_, k) => `y${m}_${k}`);
    if (seats.length === 0) {
      rows.push(` m${m}: ${xs.join(" + ")} <= 0`);
      continue;
    }
    rows.push(` m${m}: ${xs.join(" + ")} - ${seats.join(" - ")} = 0`);
    seats.forEach((y, k) => {
      const penalty = lambda * (mentor.activeCount + k);
      if (penalty !== 0) terms.push(`- ${penalty} ${y}`);
      bounds.push(`0 <= ${y} <= 1`);
    });
  }
  const lp = `Maximize\n obj: ${terms.join(" + ").replace(/\+ -/g, "-")}\nSubject To\n${rows.join("\n")}\nBounds\n ${bounds.join("\n ")}\nEnd\n`;
  const result = (await solver()).solve(lp, { output_flag: false } as never);
  if (result.Status !== "Optimal") throw new Error(`HiGHS: ${result.Status}`);
  let pairs = 0;
  for (let e = 0; e < graph.size; e++) pairs += Math.round((result.Columns as Record<string, { Primal: number }>)[`x${e}`]?.Primal ?? 0);
  return { objective: result.ObjectiveValue - big * pairs, pairs };
}

/** The solver's own objective for the same options: Σ (score + β·days) − Σ load penalties. */
export function penalisedObjective(graph: CandidateGraph, chosen: Int32Array, options: LpOptions = {}): number {
  const lambda = options.loadSpreading ?? 0;
  const beta = options.aging ?? 0;
  const load = new Int32Array(graph.mentors.length);
  let total = 0;
  for (const e of chosen) {
    total += graph.score[e]! + beta * graph.seekers[graph.seeker[e]!]!.daysWaiting;
    const m = graph.mentor[e]!;
    total -= lambda * (graph.mentors[m]!.activeCount + load[m]!);
    load[m]!++;
  }
  return total;
}
