import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contextForCohort } from "@/lib/matching/context";
import { generateCohort } from "@/lib/matching/generate";
import { runRound, summarize } from "@/lib/matching/round";
import { firstComeFirstServed, greedyByScore } from "@/lib/matching/solve/baselines";
import { solveExact } from "@/lib/matching/solve/exact";
import { graphOf, lpOptimum, penalisedObjective, type Instance } from "./support";

/** Random rounds: up to 12 seekers and 6 mentors, 0–3 places each, sparse pairs, many tied scores. */
const instances = fc
  .record({ seekers: fc.integer({ min: 0, max: 12 }), mentors: fc.integer({ min: 0, max: 6 }) })
  .chain(({ seekers, mentors }) =>
    fc
      .record({
        places: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: mentors, maxLength: mentors }),
        active: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: mentors, maxLength: mentors }),
        waited: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: seekers, maxLength: seekers }),
        scores: fc.array(fc.option(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(40, 60, 80)), { nil: undefined, freq: 2 }), {
          minLength: seekers * mentors,
          maxLength: seekers * mentors,
        }),
      })
      .map(({ places, active, waited, scores }): Instance => {
        const edges: Instance["edges"] = [];
        scores.forEach((score, i) => {
          if (score !== undefined) edges.push({ s: Math.floor(i / Math.max(1, mentors)), m: i % Math.max(1, mentors), score });
        });
        return { seekers, places, active, waited, edges };
      }),
  );

function feasible(graph: ReturnType<typeof graphOf>, chosen: Int32Array) {
  const totals = summarize(graph, chosen);
  return totals.capacityViolations === 0 && totals.seekersMatchedTwice === 0 && chosen.every((e) => e >= 0 && e < graph.size);
}

const runs = { numRuns: 150, seed: 20260316 };

describe("exact solve (min-cost flow) against the HiGHS LP optimum", () => {
  it("best total fit: every assignment feasible, objective equal to the LP optimum", async () => {
    await fc.assert(
      fc.asyncProperty(instances, async (instance) => {
        const graph = graphOf(instance);
        const { chosen } = solveExact(graph);
        expect(feasible(graph, chosen)).toBe(true);
        const lp = await lpOptimum(graph);
        expect(summarize(graph, chosen).objective).toBeCloseTo(lp.objective, 6);
      }),
      runs,
    );
  });

  it("most people matched: as many pairs as the LP's maximum, then the best total among those", async () => {
    await fc.assert(
      fc.asyncProperty(instances, async (instance) => {
        const graph = graphOf(instance);
        const { chosen } = solveExact(graph, { mode: "most" });
        expect(feasible(graph, chosen)).toBe(true);
        const lp = await lpOptimum(graph, { most: true });
        expect(chosen.length).toBe(lp.pairs);
        expect(summarize(graph, chosen).objective).toBeCloseTo(lp.objective, 6);
      }),
      runs,
    );
  });

  it("load spreading and aging, in both modes: the penalised objective equals the LP with convex seat costs and the waiting bonus", async () => {
    await fc.assert(
      fc.asyncProperty(instances, fc.constantFrom(0.5, 3, 12.25), fc.constantFrom(0, 0.25, 1), fc.boolean(), async (instance, loadSpreading, aging, most) => {
        const graph = graphOf(instance);
        const { chosen } = solveExact(graph, { loadSpreading, aging, mode: most ? "most" : "best" });
        expect(feasible(graph, chosen)).toBe(true);
        const lp = await lpOptimum(graph, { loadSpreading, aging, most });
        if (most) expect(chosen.length).toBe(lp.pairs);
        expect(penalisedObjective(graph, chosen, { loadSpreading, aging })).toBeCloseTo(lp.objective, 6);
      }),
      runs,
    );
  });

  it("searching from either side finds the same pairs, with or without load spreading and aging; the same input gives the same output", () => {
    fc.assert(
      fc.property(instances, fc.constantFrom("best", "most") as fc.Arbitrary<"best" | "most">, fc.constantFrom(0, 2.5), fc.constantFrom(0, 0.5), (instance, mode, loadSpreading, aging) => {
        const graph = graphOf(instance);
        const options = { mode, loadSpreading, aging };
        const fromSeekers = solveExact(graph, { ...options, side: "seekers" }).chosen;
        const fromMentors = solveExact(graph, { ...options, side: "mentors" }).chosen;
        expect([...fromSeekers]).toEqual([...fromMentors]);
        expect([...solveExact(graphOf(instance), options).chosen]).toEqual([...solveExact(graphOf(instance), options).chosen]);
      }),
      { ...runs, numRuns: 300 },
    );
  });

  it("first-come-first-served and greedy are feasible and never beat the exact solve", () => {
    fc.assert(
      fc.property(instances, (instance) => {
        const graph = graphOf(instance);
        const best = summarize(graph, solveExact(graph).chosen).objective;
        for (const chosen of [firstComeFirstServed(graph), greedyByScore(graph)]) {
          expect(feasible(graph, chosen)).toBe(true);
          expect(summarize(graph, chosen).objective).toBeLessThanOrEqual(best);
        }
      }),
      runs,
    );
  });

  it("prices: zero for a mentor with a place left, never negative", () => {
    fc.assert(
      fc.property(instances, (instance) => {
        const graph = graphOf(instance);
        const { chosen, mentorPrices } = solveExact(graph);
        const used = new Int32Array(graph.mentors.length);
        for (const e of chosen) used[graph.mentor[e]!]!++;
        graph.mentors.forEach((m, i) => {
          expect(mentorPrices[i]).toBeGreaterThanOrEqual(0);
          if (used[i]! < m.freePlaces) expect(mentorPrices[i]).toBeCloseTo(0, 6);
        });
      }),
      runs,
    );
  });
});

describe("rounds on generated cohorts", () => {
  const shuffle = <T>(list: readonly T[], seed: number) => {
    const copy = [...list];
    let state = seed >>> 0 || 1;
    for (let i = copy.length - 1; i > 0; i--) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      const j = state % (i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  const pairsOf = (result: ReturnType<typeof runRound>) => result.solver.pairs.map((p) => `${p.seekerId}→${p.mentorId}:${p.score}`).sort();

  it("arrival (input) order changes nothing: same pairs, same objective, in every mode", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 2 ** 31 }), fc.constantFrom("best", "most") as fc.Arbitrary<"best" | "most">, (seed, shuffleSeed, mode) => {
        const cohort = generateCohort({ seekers: 60, mentors: 15, seed, capacity: 2 });
        const a = runRound({ seekers: cohort.seekers, mentors: cohort.mentors, context: contextForCohort(cohort) }, { mode, aging: 0.5 });
        const b = runRound(
          { seekers: shuffle(cohort.seekers, shuffleSeed), mentors: shuffle(cohort.mentors, shuffleSeed + 1), context: contextForCohort(cohort) },
          { mode, aging: 0.5 },
        );
        expect(b.solver.totals.objective).toBe(a.solver.totals.objective);
        expect(pairsOf(b)).toEqual(pairsOf(a));
      }),
      { numRuns: 25, seed: 7 },
    );
  });

  it("the exact solve's objective on a generated cohort equals the LP optimum over its candidates", async () => {
    const cohort = generateCohort({ seekers: 300, mentors: 80, seed: 3, capacity: 3, occupancy: 0.3 });
    const result = runRound({ seekers: cohort.seekers, mentors: cohort.mentors, context: contextForCohort(cohort) }, { explain: false });
    const lp = await lpOptimum(result.graph);
    expect(result.solver.totals.objective).toBe(Math.round(lp.objective));
    expect(result.solver.totals.capacityViolations).toBe(0);
    expect(result.greedy!.totals.objective).toBeLessThanOrEqual(result.solver.totals.objective);
    expect(result.firstComeFirstServed!.totals.objective).toBeLessThanOrEqual(result.solver.totals.objective);
  });
});
