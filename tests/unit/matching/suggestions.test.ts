import { describe, expect, it } from "vitest";
import { contextForCohort } from "@/lib/matching/context";
import { generateCohort } from "@/lib/matching/generate";
import { createMentorPool, explainPair, rankSuggestions, whatNarrowsSuggestions } from "@/lib/matching/suggestions";
import { context, mentor, seeker } from "./support";

const mentors = [
  mentor({ id: "a", name: "Ada" }),
  mentor({ id: "b", name: "Ben", listenStyle: "balanced" }),
  mentor({ id: "c", name: "Cleo", tone: "balanced", windows: ["tue-evening"] }),
  mentor({ id: "full", capacity: 1, activeCount: 1 }),
  mentor({ id: "paused", pausedUntil: "2026-02-01" }),
  mentor({ id: "blocked" }),
  mentor({ id: "past" }),
  mentor({ id: "requested" }),
  mentor({ id: "spanish", languages: ["es"] }),
  mentor({ id: "monthly", cadences: ["monthly"] }),
];
const ctx = () => context({ blockedPairs: [["seeker-1", "blocked"]], pastPairs: [["past", "seeker-1"]], requestedPairs: [["seeker-1", "requested"]] });

describe("on-demand suggestions", () => {
  it("never suggests anyone blocked, paused, full, previously ended or already requested", () => {
    const list = rankSuggestions(seeker(), mentors, { context: ctx() });
    expect(list.map((s) => s.mentorId).sort()).toEqual(["a", "b", "c"]);
    for (const s of list) expect(s.reasons.length).toBeGreaterThan(0);
    expect(list.map((s) => s.score)).toEqual(list.map((s) => s.score).sort((x, y) => y - x));
  });

  it("ranks by score minus the mentor's price, and respects the limit", () => {
    const plain = rankSuggestions(seeker(), mentors, { context: ctx() });
    const top = plain[0]!.mentorId;
    expect(rankSuggestions(seeker(), mentors, { context: ctx(), limit: 2 }).map((s) => s.mentorId)).toEqual(plain.slice(0, 2).map((s) => s.mentorId));
    const priced = rankSuggestions(seeker(), mentors, { context: ctx(), prices: { [top]: 50 } });
    expect(priced.at(-1)!.mentorId).toBe(top);
    expect(priced.at(-1)!.rank).toBe(priced.at(-1)!.score - 50);
    expect(priced[0]!.rank).toBe(priced[0]!.score);
  });

  it("caps exposure by free places", () => {
    // Each has one place free: one person already looking at Ada is enough to leave her out.
    const list = rankSuggestions(seeker(), mentors, { context: ctx(), exposure: new Map([["a", 1]]) });
    expect(list.map((s) => s.mentorId).sort()).toEqual(["b", "c"]);
    expect(rankSuggestions(seeker(), mentors, { context: ctx(), exposure: { a: 0 } }).length).toBe(3);
  });

  it("names the seeker's own settings that narrow the list most", () => {
    const narrowing = whatNarrowsSuggestions(seeker(), mentors, { context: ctx() });
    expect(narrowing).toEqual([
      { filter: "cadence", mentors: 1 },
      { filter: "language", mentors: 1 },
    ]);
  });

  it("explains one pair either way: the filter that removes it, or its reasons", () => {
    expect(explainPair(seeker(), mentors[8]!, ctx())).toEqual({ admissible: false, filter: "language", filters: ["language"] });
    const ok = explainPair(seeker(), mentors[0]!, ctx());
    expect(ok.admissible).toBe(true);
    if (ok.admissible) expect(ok.reasons[0]).toMatch(/Ada/);
  });

  it("a cached pool takes fresh pair lists per call", () => {
    const pool = createMentorPool(mentors, context());
    expect(rankSuggestions(seeker(), pool).map((s) => s.mentorId)).toContain("blocked");
    const fresh = rankSuggestions(seeker(), pool, { pairs: { blockedPairs: [["blocked", "seeker-1"]], requestedPairs: [["seeker-1", "a"]] } });
    expect(fresh.map((s) => s.mentorId)).not.toContain("blocked");
    expect(fresh.map((s) => s.mentorId)).not.toContain("a");
  });

  it("a prepared pool gives the same list as a plain array", () => {
    const cohort = generateCohort({ seekers: 20, mentors: 400, seed: 2, capacity: 3 });
    const c = contextForCohort(cohort, { excludeRequested: true });
    const pool = createMentorPool(cohort.mentors, c);
    for (const s of cohort.seekers) {
      expect(rankSuggestions(s, pool, { limit: 10 })).toEqual(rankSuggestions(s, cohort.mentors, { context: c, limit: 10 }));
    }
  });
});
