import { describe, expect, it } from "vitest";
import { failingFilters, firstFailingFilter, type FilterName } from "@/lib/matching/filters";
import { prepareMentor, prepareSeeker } from "@/lib/matching/prepare";
import type { MentorForMatching, SeekerForMatching } from "@/lib/matching/types";
import { context, GRIEF, LONELINESS, mentor, MOVING, RECOVERY, seeker } from "./support";

function check(s: Partial<SeekerForMatching>, m: Partial<MentorForMatching>, ctx = context()) {
  const ps = prepareSeeker(seeker(s), ctx);
  const pm = prepareMentor(mentor(m), ctx);
  return { first: firstFailingFilter(ps, pm, ctx), all: failingFilters(ps, pm, ctx) };
}

function expectOnly(filter: FilterName, s: Partial<SeekerForMatching>, m: Partial<MentorForMatching>, ctx = context()) {
  const { first, all } = check(s, m, ctx);
  expect(first).toBe(filter);
  expect(all).toEqual([filter]);
}

describe("hard filters", () => {
  it("lets the base pair through", () => {
    expect(check({}, {})).toEqual({ first: null, all: [] });
  });

  it("availability: not approved, paused until a later date, full, safety holds on either side", () => {
    expectOnly("mentor-not-approved", {}, { approved: false });
    expectOnly("mentor-paused", {}, { pausedUntil: "2026-02-01" });
    expect(check({}, { pausedUntil: "2026-01-12" }).first).toBeNull(); // back on the reference date itself
    expectOnly("mentor-full", {}, { capacity: 2, activeCount: 2 });
    expectOnly("mentor-safety-hold", {}, { safetyHold: true });
    expectOnly("seeker-safety-hold", { safetyHold: true }, {});
    expectOnly("same-person", { id: "same" }, { id: "same" });
  });

  it("pair lists: blocks in either direction, past pairs, and open requests only on demand", () => {
    expectOnly("blocked", {}, {}, context({ blockedPairs: [["mentor-1", "seeker-1"]] }));
    expectOnly("past-pair", {}, {}, context({ pastPairs: [["seeker-1", "mentor-1"]] }));
    expect(check({}, {}, context({ requestedPairs: [["seeker-1", "mentor-1"]] })).first).toBeNull();
    expectOnly("already-requested", {}, {}, context({ requestedPairs: [["seeker-1", "mentor-1"]], excludeRequested: true }));
  });

  it("language: at least one in common", () => {
    expectOnly("language", { languages: ["es"] }, { languages: ["en", "fr"] });
    expect(check({ languages: ["es", "fr"] }, { languages: ["en", "fr"] }).first).toBeNull();
  });

  it("cadence: the seeker's must be one the mentor keeps", () => {
    expectOnly("cadence", { cadence: "monthly" }, { cadences: ["weekly", "fortnightly"] });
    expect(check({ cadence: null }, { cadences: ["monthly"] }).first).toBeNull();
  });

  it("timezone: offsets on the reference date at most the limit apart", () => {
    // London and Tokyo are 9 hours apart; with windows that still overlap, only the timezone filter fails.
    expectOnly("timezone", { windows: ["tue-morning", "tue-afternoon", "tue-evening"] }, { timezone: "Asia/Tokyo", windows: ["tue-evening", "wed-morning"] });
    expect(check({}, { timezone: "Asia/Tokyo" }, context({ settings: { maxTimezoneDifferenceHours: 12 } })).all).toEqual(["windows"]);
  });

  it("dealbreakers against the mentor's stated style, one by one", () => {
    expectOnly("dealbreaker", { dealbreakers: ["advice-first"] }, { listenStyle: "ideas" });
    expect(check({ dealbreakers: ["advice-first"] }, { listenStyle: "balanced" }).first).toBeNull();
    expectOnly("dealbreaker", { dealbreakers: ["direct-tone"], tone: null }, { tone: "direct" });
    expectOnly("dealbreaker", { dealbreakers: ["long-messages"], messageLength: null }, { messageLength: "long" });
    expectOnly("dealbreaker", { dealbreakers: ["short-messages"], messageLength: null }, { messageLength: "short" });
    expect(check({ dealbreakers: ["short-messages"] }, { messageLength: "either" }).first).toBeNull();
  });

  it("the seeker's private preferences: gender and age band, hard when given", () => {
    expectOnly("preferred-gender", { preferredGenders: ["man"] }, { gender: "woman" });
    expectOnly("preferred-gender", { preferredGenders: ["woman"] }, { gender: null });
    expect(check({ preferredGenders: ["woman", "non-binary"] }, { gender: "non-binary" }).first).toBeNull();
    expectOnly("preferred-age", { preferredAgeBands: ["25-34"] }, { ageBand: "55-64" });
    expectOnly("preferred-age", { preferredAgeBands: ["25-34"] }, { ageBand: null });
    expect(check({ preferredAgeBands: ["25-34", "35-44"] }, { ageBand: "35-44" }).first).toBeNull();
  });

  it("topics: a mentor's boundary holds even when another requested topic fits", () => {
    expectOnly(
      "mentor-avoided-topic",
      {
        topics: [
          { topicId: LONELINESS, livedExperienceMatters: false },
          { topicId: GRIEF, livedExperienceMatters: true },
        ],
      },
      { topicIds: [LONELINESS], avoidTopicIds: [GRIEF] },
    );
    expect(check({ topics: [{ topicId: LONELINESS, livedExperienceMatters: false }] }, { topicIds: [LONELINESS], avoidTopicIds: [GRIEF] }).first).toBeNull();
  });

  it("topics: never a mentor whose lived experience is a topic the seeker does not want raised", () => {
    expectOnly("seeker-avoided-topic", { avoidTopicIds: [RECOVERY] }, { topicIds: [GRIEF, RECOVERY] });
    expect(check({ avoidTopicIds: [MOVING] }, { topicIds: [GRIEF, RECOVERY] }).first).toBeNull();
  });

  it("windows: at least two shared hours a week in UTC (or the setting)", () => {
    // Monday mornings against the mentor's Tuesday and Wednesday evenings: no hour in common.
    expectOnly("windows", { windows: ["mon-morning"] }, {});
    expect(check({ windows: ["wed-evening"] }, { windows: ["wed-evening"] }, context({ settings: { minOverlapHours: 6 } })).first).toBe("windows");
  });

  it("a DST change can flip the windows filter: London evening vs New York afternoon at a 5-hour minimum", () => {
    const s = { windows: ["mon-evening"] as SeekerForMatching["windows"], timezone: "Europe/London" };
    const m = { windows: ["mon-afternoon"] as MentorForMatching["windows"], timezone: "America/New_York" };
    expect(check(s, m, context({ referenceDate: "2026-03-02", settings: { minOverlapHours: 5 } })).first).toBeNull();
    expect(check(s, m, context({ referenceDate: "2026-03-16", settings: { minOverlapHours: 5 } })).first).toBe("windows");
    expect(check(s, m, context({ referenceDate: "2026-04-06", settings: { minOverlapHours: 5 } })).first).toBeNull();
  });

  it("records the first failing filter in the documented order, and lists them all", () => {
    const { first, all } = check({ languages: ["es"], cadence: "monthly", dealbreakers: ["advice-first"] }, { cadences: ["weekly"], listenStyle: "ideas", approved: false });
    expect(first).toBe("mentor-not-approved");
    expect(all).toEqual(["mentor-not-approved", "language", "cadence", "dealbreaker"]);
  });
});
