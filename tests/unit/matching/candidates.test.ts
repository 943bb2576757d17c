import { describe, expect, it } from "vitest";
import { buildCandidates } from "@/lib/matching/candidates";
import { contextForCohort } from "@/lib/matching/context";
import { FILTERS, firstFailingFilter, pairFilter } from "@/lib/matching/filters";
import { generateCohort } from "@/lib/matching/generate";
import { PackedMentors } from "@/lib/matching/packed";
import { prepareMentor, prepareSeeker } from "@/lib/matching/prepare";
import { prepareCohort } from "@/lib/matching/round";
import { pairScore } from "@/lib/matching/score";
import { overlapHours } from "@/lib/matching/windows";

describe("the packed kernel", () => {
  it("agrees with the object path on every pair: same filter, same shared hours, same score", () => {
    const cohort = generateCohort({ seekers: 150, mentors: 60, seed: 9, occupancy: 0.3 });
    const context = contextForCohort(cohort);
    const seekers = cohort.seekers.map((s, i) => prepareSeeker(s, context, i));
    const mentors = cohort.mentors.map((m, i) => prepareMentor(m, context, i));
    const packed = new PackedMentors(mentors, context);
    const overlap = { hours: 0 };
    let admissible = 0;
    for (const s of seekers) {
      for (const m of mentors) {
        const code = packed.filter(s, m.index);
        const name = pairFilter(s, m, context, overlap);
        expect(code < 0 ? null : FILTERS[code]).toBe(name);
        expect(packed.overlap(s, m.index)).toBe(overlapHours(s.week, m.week));
        if (name === null) {
          admissible++;
          expect(packed.score(s, m.index, packed.hours)).toBe(pairScore(s, m, overlap.hours));
        }
      }
    }
    expect(admissible).toBeGreaterThan(500);
  });
});

describe("candidate graph", () => {
  it("small cohorts are scored exhaustively: every admissible pair is in the graph when nothing is cut", () => {
    const cohort = generateCohort({ seekers: 120, mentors: 40, seed: 4, occupancy: 0.3 });
    const context = contextForCohort(cohort);
    const { seekers, mentors } = prepareCohort(cohort.seekers, cohort.mentors, context);
    const graph = buildCandidates(seekers, mentors, context, { perSeeker: 1000, perMentor: 1000 });
    const inGraph = new Map<string, number>();
    for (let e = 0; e < graph.size; e++) inGraph.set(`${graph.seeker[e]}:${graph.mentor[e]}`, graph.score[e]!);
    let admissible = 0;
    const overlap = { hours: 0 };
    for (const s of seekers) {
      for (const m of mentors) {
        const filter = firstFailingFilter(s, m, context, overlap);
        const key = `${s.index}:${m.index}`;
        if (filter !== null) {
          expect(inGraph.has(key)).toBe(false);
          continue;
        }
        admissible++;
        expect(inGraph.get(key)).toBe(pairScore(s, m, overlap.hours));
      }
    }
    expect(graph.size).toBe(admissible);
    expect(graph.stats.sampledSeekers).toBe(0);
  });

  it("keeps each seeker's best and each mentor's best, in a canonical order", () => {
    const cohort = generateCohort({ seekers: 300, mentors: 60, seed: 8 });
    const context = contextForCohort(cohort);
    const { seekers, mentors } = prepareCohort(cohort.seekers, cohort.mentors, context);
    const graph = buildCandidates(seekers, mentors, context, { perSeeker: 5, perMentor: 3 });
    const kept = (side: Int32Array, who: number) => [...graph.score].filter((_, e) => side[e] === who).sort((a, b) => b - a);
    for (let e = 1; e < graph.size; e++) {
      const ordered = graph.seeker[e]! > graph.seeker[e - 1]! || (graph.seeker[e] === graph.seeker[e - 1] && graph.mentor[e]! > graph.mentor[e - 1]!);
      expect(ordered).toBe(true);
    }
    /** Scores of every admissible pair of one seeker (or one mentor), best first. */
    const admissible = (side: "seeker" | "mentor", who: number) => {
      const pairs = side === "seeker" ? mentors.map((m) => [seekers[who]!, m] as const) : seekers.map((s) => [s, mentors[who]!] as const);
      const scores: number[] = [];
      for (const [s, m] of pairs) {
        const overlap = { hours: 0 };
        if (firstFailingFilter(s, m, context, overlap) === null) scores.push(pairScore(s, m, overlap.hours));
      }
      return scores.sort((a, b) => b - a);
    };
    for (const s of seekers) expect(kept(graph.seeker, s.index).slice(0, 5)).toEqual(admissible("seeker", s.index).slice(0, 5));
    for (const m of mentors) {
      const best = admissible("mentor", m.index).slice(0, 3);
      const mine = kept(graph.mentor, m.index);
      expect(mine.length).toBeGreaterThanOrEqual(best.length);
      expect(mine.slice(0, best.length)).toEqual(best);
    }
  });

  it("samples large cohorts within the budget, the same way every time", () => {
    const cohort = generateCohort({ seekers: 400, mentors: 300, seed: 12 });
    const context = contextForCohort(cohort);
    const { seekers, mentors } = prepareCohort(cohort.seekers, cohort.mentors, context);
    const options = { evaluationBudget: 400 * 30, minEvaluationsPerSeeker: 30 };
    const a = buildCandidates(seekers, mentors, context, options);
    const b = buildCandidates(seekers, mentors, context, options);
    expect(a.stats.sampledSeekers).toBeGreaterThan(0);
    expect(a.stats.evaluated).toBeLessThanOrEqual(400 * 30);
    expect([...a.seeker]).toEqual([...b.seeker]);
    expect([...a.mentor]).toEqual([...b.mentor]);
    expect([...a.score]).toEqual([...b.score]);
  });
});
