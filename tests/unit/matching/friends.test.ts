import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contextForCohort } from "@/lib/matching/context";
import {
  exactFriendPairs,
  explainFriendPair,
  friendCandidates,
  friendFilter,
  friendScore,
  greedyPairs,
  improvePairs,
  runFriendRound,
  type FriendGraph,
} from "@/lib/matching/friends";
import { generateCohort } from "@/lib/matching/generate";
import { prepareFriend } from "@/lib/matching/prepare";
import type { FriendForMatching } from "@/lib/matching/types";
import { context, GRIEF, LONELINESS } from "./support";

const friend = (overrides: Partial<FriendForMatching> = {}): FriendForMatching => ({
  id: "f1",
  name: "Ana",
  topicIds: [GRIEF],
  avoidTopicIds: [],
  cadence: "weekly",
  windows: ["tue-evening", "sat-morning"],
  timezone: "Europe/London",
  languages: ["en"],
  listenStyle: "listen",
  tone: "gentle",
  messageLength: "either",
  ageBand: "25-34",
  gender: "woman",
  preferredAgeBands: [],
  preferredGenders: [],
  dealbreakers: [],
  ...overrides,
});

function pair(a: Partial<FriendForMatching>, b: Partial<FriendForMatching>) {
  const ctx = context();
  return { ctx, a: prepareFriend(friend({ id: "a", ...a }), ctx), b: prepareFriend(friend({ id: "b", name: "Bo", ...b }), ctx) };
}

describe("friendship filters and scores", () => {
  it("checks both people's boundaries, whichever way round", () => {
    const cases: [Partial<FriendForMatching>, Partial<FriendForMatching>, string][] = [
      [{ dealbreakers: ["direct-tone"] }, { tone: "direct" }, "dealbreaker"],
      [{ preferredGenders: ["man"] }, {}, "preferred-gender"],
      [{ preferredAgeBands: ["65+"] }, {}, "preferred-age"],
      [{ avoidTopicIds: [GRIEF], topicIds: [LONELINESS] }, {}, "avoided-topic"],
      [{ cadence: "monthly" }, {}, "cadence"],
      [{ languages: ["de"] }, {}, "language"],
      [{ windows: ["mon-morning"] }, {}, "windows"],
      [{ safetyHold: true }, {}, "safety-hold"],
    ];
    for (const [x, y, filter] of cases) {
      const one = pair(x, y);
      const other = pair(y, x);
      expect(friendFilter(one.a, one.b, one.ctx)).toBe(filter);
      expect(friendFilter(other.b, other.a, other.ctx)).toBe(filter);
    }
    const ok = pair({ cadence: "fortnightly" }, {});
    expect(friendFilter(ok.a, ok.b, ok.ctx)).toBeNull(); // a step apart can meet halfway
  });

  it("scores symmetrically, and explains in each person's terms", () => {
    const { ctx, a, b } = pair({ topicIds: [GRIEF, LONELINESS] }, {});
    expect(friendScore(a, b, 5)).toBe(friendScore(b, a, 5));
    expect(explainFriendPair(a, b, ctx)).toEqual([
      "You and Bo are both going through grief and loss.",
      "You both have Tuesday evenings and Saturday mornings.",
      "You both asked for weekly check-ins.",
    ]);
  });
});

/** Random pools of up to 14 people with random scored pairs. */
const pools = fc.integer({ min: 0, max: 14 }).chain((n) =>
  fc
    .array(fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined, freq: 2 }), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })
    .map((weights): FriendGraph => {
      const a: number[] = [];
      const b: number[] = [];
      const w: number[] = [];
      let k = 0;
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++, k++) {
          if (weights[k] === undefined) continue;
          a.push(i);
          b.push(j);
          w.push(weights[k]!);
        }
      return { n, a: Int32Array.from(a), b: Int32Array.from(b), weight: Int32Array.from(w) };
    }),
);

function valid(graph: FriendGraph, mate: Int32Array) {
  const edges = new Set<string>();
  for (let e = 0; e < graph.a.length; e++) edges.add(`${graph.a[e]}:${graph.b[e]}`);
  for (let i = 0; i < graph.n; i++) {
    const j = mate[i]!;
    if (j < 0) continue;
    if (mate[j] !== i || !edges.has(`${Math.min(i, j)}:${Math.max(i, j)}`)) return false;
  }
  return true;
}
const total = (graph: FriendGraph, mate: Int32Array) => {
  let sum = 0;
  for (let e = 0; e < graph.a.length; e++) if (mate[graph.a[e]!] === graph.b[e]) sum += graph.weight[e]!;
  return sum;
};

describe("friendship rounds: greedy + local search against the exact optimum (n ≤ 14)", () => {
  it("is a valid pairing, never worse than greedy, never better than the optimum — and the gap is printed", () => {
    let greedyTotal = 0;
    let searchTotal = 0;
    let exactTotal = 0;
    let optimalCount = 0;
    let worst = 0;
    let instances = 0;
    fc.assert(
      fc.property(pools, (graph) => {
        const greedy = greedyPairs(graph);
        const { mate } = improvePairs(graph, greedy);
        const exact = exactFriendPairs(graph);
        expect(valid(graph, greedy)).toBe(true);
        expect(valid(graph, mate)).toBe(true);
        expect(valid(graph, exact.mate)).toBe(true);
        expect(total(graph, exact.mate)).toBe(exact.objective);
        const g = total(graph, greedy);
        const s = total(graph, mate);
        expect(s).toBeGreaterThanOrEqual(g);
        expect(s).toBeLessThanOrEqual(exact.objective);
        greedyTotal += g;
        searchTotal += s;
        exactTotal += exact.objective;
        if (s === exact.objective) optimalCount++;
        if (exact.objective > 0) worst = Math.max(worst, 1 - s / exact.objective);
        instances++;
      }),
      { numRuns: 400, seed: 14 },
    );
    const gap = (x: number) => `${(100 * (1 - x / exactTotal)).toFixed(2)} %`;
    console.log(
      `friendship rounds, ${instances} random pools of 0–14 people: greedy ${gap(greedyTotal)} below the optimum in total, ` +
        `greedy + local search ${gap(searchTotal)} (optimal on ${optimalCount} of ${instances}; worst single pool ${(100 * worst).toFixed(1)} %)`,
    );
    expect(searchTotal / exactTotal).toBeGreaterThan(0.99);
  });

  it("on generated friend pools of 14, against the exact optimum over the same candidates", () => {
    let searchTotal = 0;
    let exactTotal = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const cohort = generateCohort({ seekers: 0, mentors: 0, friends: 14, seed });
      const ctx = contextForCohort(cohort);
      const people = [...cohort.friends!].sort((x, y) => (x.id < y.id ? -1 : 1)).map((f, i) => prepareFriend(f, ctx, i));
      const graph = friendCandidates(people, ctx);
      const round = runFriendRound(cohort.friends!, ctx);
      expect(round.objective).toBeGreaterThanOrEqual(round.greedyObjective);
      searchTotal += round.objective;
      exactTotal += exactFriendPairs(graph).objective;
    }
    console.log(`friendship rounds, 30 generated pools of 14: greedy + local search ${(100 * (1 - searchTotal / exactTotal)).toFixed(2)} % below the optimum`);
    expect(searchTotal).toBeLessThanOrEqual(exactTotal);
  });
});
