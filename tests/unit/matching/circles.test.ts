import fc from "fast-check";
import loadHighs from "highs";
import { describe, expect, it } from "vitest";
import {
  circleFilter,
  createCircleContext,
  firstComeFirstServedCircles,
  generateCircleCohort,
  greedyCircles,
  prepareCircle,
  prepareRound,
  prepareSeeker,
  PRIORITY_BONUS,
  PRIORITY_REASON,
  runCircleRound,
  sessionTimeIn,
  totalsOf,
  type CircleCohort,
  type CircleForPlacement,
  type CircleRoundResult,
  type CircleSeeker,
} from "@/lib/matching/circles";
import { seededRandom } from "@/lib/matching/random";
import type { Window } from "@/lib/profiles/options";

const TOPICS = ["t-grief", "t-lonely", "t-move", "t-work"].map((id, i) => ({ id, label: ["Grief and loss", "Loneliness", "A move", "Work and study"][i]! }));
const ZONES = ["Europe/London", "Europe/Berlin", "Europe/Lisbon"];
const EVENINGS: Window[] = ["mon-evening", "tue-evening", "wed-evening", "thu-evening", "sat-morning"];

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

/** A small cohort where most people could sit together: a few zones an hour apart, two languages, evenings. */
function smallCohort(seed: number, seekers: number, circles: number): CircleCohort {
  const rng = seededRandom(seed);
  const people: CircleSeeker[] = Array.from({ length: seekers }, (_, i) => ({
    id: `s${String(i).padStart(3, "0")}`,
    waitingSince: `2026-02-${String(1 + (i % 27)).padStart(2, "0")}`,
    topics: TOPICS.filter(() => rng() < 0.45).map((t) => ({ topicId: t.id, livedExperienceMatters: rng() < 0.3 })),
    cadence: rng() < 0.6 ? "weekly" : rng() < 0.5 ? "fortnightly" : null,
    windows: EVENINGS.filter(() => rng() < 0.6),
    timezone: pick(rng, ZONES),
    languages: rng() < 0.85 ? ["en"] : ["de", "en"],
    listenStyle: pick(rng, ["listen", "balanced", "ideas", null] as const),
    tone: pick(rng, ["gentle", "balanced", "direct", null] as const),
    messageLength: pick(rng, ["short", "either", "long", null] as const),
    consistencyImportance: null,
    nonJudgmentImportance: null,
    ageBand: pick(rng, ["18-24", "25-34", "35-44", "45-54", null] as const),
    gender: null,
    preferredAgeBands: [],
    preferredGenders: [],
    avoidTopicIds: rng() < 0.1 ? [pick(rng, TOPICS).id] : [],
    dealbreakers: rng() < 0.1 ? ["advice-first"] : [],
    safetyHold: rng() < 0.03,
  }));
  const list: CircleForPlacement[] = Array.from({ length: circles }, (_, i) => {
    const target = 4 + Math.floor(rng() * 3);
    return {
      id: `c${i}`,
      facilitator: {
        id: `f${i}`,
        name: `Facilitator ${i}`,
        topicIds: TOPICS.filter(() => rng() < 0.5).map((t) => t.id),
        avoidTopicIds: rng() < 0.2 ? [pick(rng, TOPICS).id] : [],
        listenStyle: pick(rng, ["listen", "balanced", "ideas"] as const),
        tone: pick(rng, ["gentle", "balanced"] as const),
        messageLength: "either",
        ageBand: "35-44",
      },
      focusTopicIds: [pick(rng, TOPICS).id],
      language: rng() < 0.9 ? "en" : "de",
      targetSize: target,
      maxSize: target + 1,
      cadence: rng() < 0.7 ? "weekly" : "fortnightly",
      day: pick(rng, ["mon", "tue", "wed", "thu"] as const),
      startMinute: 19 * 60,
      durationMinutes: 90,
      timezone: pick(rng, ZONES),
      sessionsHeld: 0,
      lengthSessions: 8,
      members: [],
      status: "proposed",
    };
  });
  const blockedPairs: [string, string][] = [];
  const pastPairs: [string, string][] = [];
  for (let i = 0; i < seekers; i++) {
    if (rng() < 0.15) blockedPairs.push([people[i]!.id, people[Math.floor(rng() * seekers)]!.id]);
    if (rng() < 0.05) pastPairs.push([people[i]!.id, `f${Math.floor(rng() * circles)}`]);
  }
  return { format: "alongside-circles/1", referenceDate: "2026-03-16", seed, topics: TOPICS, seekers: people, circles: list, blockedPairs, pastPairs };
}

let highs: Awaited<ReturnType<typeof loadHighs>> | undefined;

/**
 * The LP of the assignment step (x ≤ 1 per pair, one circle per seeker, seats
 * per circle), solved by HiGHS. Each pair is worth its fit, plus
 * PRIORITY_BONUS when the seeker is marked priority.
 */
async function lpOptimum(result: CircleRoundResult, priority: ReadonlySet<string> = new Set()): Promise<number> {
  highs ??= await loadHighs();
  if (result.candidates.length === 0) return 0;
  const bySeeker = new Map<string, string[]>();
  const byCircle = new Map<string, string[]>();
  const terms: string[] = [];
  const bounds: string[] = [];
  result.candidates.forEach((p, e) => {
    terms.push(`${p.score + (priority.has(p.seekerId) ? PRIORITY_BONUS : 0)} x${e}`);
    bounds.push(`0 <= x${e} <= 1`);
    (bySeeker.get(p.seekerId) ?? bySeeker.set(p.seekerId, []).get(p.seekerId)!).push(`x${e}`);
    (byCircle.get(p.circleId) ?? byCircle.set(p.circleId, []).get(p.circleId)!).push(`x${e}`);
  });
  const seats = new Map(result.circles.map((c) => [c.id, c.seats]));
  const rows = [
    ...[...bySeeker.values()].map((xs, i) => ` s${i}: ${xs.join(" + ")} <= 1`),
    ...[...byCircle].map(([id, xs], i) => ` c${i}: ${xs.join(" + ")} <= ${seats.get(id) ?? 0}`),
  ];
  const lp = `Maximize\n obj: ${terms.join(" + ")}\nSubject To\n${rows.join("\n")}\nBounds\n ${bounds.join("\n ")}\nEnd\n`;
  const solved = highs.solve(lp, { output_flag: false } as never);
  expect(solved.Status).toBe("Optimal");
  return Math.round(solved.ObjectiveValue);
}

/** What the solver maximised on the assignment step: Σ fit + PRIORITY_BONUS per priority seeker it seated. */
const weighted = (result: CircleRoundResult) => result.assignment.objective + PRIORITY_BONUS * result.assignment.priorityPlaced;

const prioritySet = (cohort: CircleCohort) => new Set(cohort.seekers.filter((s) => s.priority).map((s) => s.id));

/** Marks about a fifth of a cohort's seekers priority (seeded). */
function withPriority(cohort: CircleCohort, seed: number, share = 0.2): CircleCohort {
  const rng = seededRandom(seed ^ 0x5bd1e995);
  return { ...cohort, seekers: cohort.seekers.map((s) => ({ ...s, priority: rng() < share })) };
}

/**
 * No waiting priority seeker could have had a seat someone without priority
 * holds: for each such pair in a circle both were candidates for, the
 * priority seeker must be kept out by a block or an ending with someone else
 * seated there.
 */
function checkPriority(cohort: CircleCohort, result: CircleRoundResult) {
  const context = createCircleContext(cohort);
  const priority = prioritySet(cohort);
  const placed = new Map(result.final.map((p) => [p.seekerId, p.circleId]));
  const fits = new Set(result.candidates.map((p) => `${p.seekerId}|${p.circleId}`));
  const inCircle = new Map<string, string[]>();
  for (const p of result.final) (inCircle.get(p.circleId) ?? inCircle.set(p.circleId, []).get(p.circleId)!).push(p.seekerId);
  for (const p of priority) {
    if (placed.has(p)) continue;
    for (const [circleId, people] of inCircle) {
      if (!fits.has(`${p}|${circleId}`)) continue;
      for (const n of people) {
        if (priority.has(n)) continue;
        const keptOut = people.some((o) => o !== n && (context.blocked.has(p, o) || context.past.has(p, o)));
        expect(keptOut, `${p} (priority) waits while ${n} sits in ${circleId}`).toBe(true);
      }
    }
  }
  for (const p of result.final) expect(p.reasons.includes(PRIORITY_REASON)).toBe(priority.has(p.seekerId));
}

function checkRound(cohort: CircleCohort, result: CircleRoundResult) {
  const context = createCircleContext(cohort);
  const seekerById = new Map(cohort.seekers.map((s, i) => [s.id, prepareSeeker(s, i, context)]));
  const circleById = new Map(cohort.circles.map((c, i) => [c.id, prepareCircle(c, i, context)]));
  const seen = new Set<string>();
  const byCircle = new Map<string, string[]>();
  for (const p of result.final) {
    // Every placement is feasible: the hard filters pass, once per seeker.
    expect(circleFilter(seekerById.get(p.seekerId)!, circleById.get(p.circleId)!, context)).toBeNull();
    expect(seen.has(p.seekerId)).toBe(false);
    seen.add(p.seekerId);
    (byCircle.get(p.circleId) ?? byCircle.set(p.circleId, []).get(p.circleId)!).push(p.seekerId);
    expect(p.reasons.length).toBeGreaterThan(0);
  }
  const blocked = createCircleContext(cohort);
  for (const [circleId, people] of byCircle) {
    const circle = circleById.get(circleId)!;
    // Seats are respected, and no circle opens under four.
    expect(people.length).toBeLessThanOrEqual(circle.seats);
    expect(people.length + circle.circle.members.length).toBeGreaterThanOrEqual(4);
    // Nobody sits beside someone blocked or ended with them.
    for (const a of people) for (const b of people) if (a < b) expect(blocked.blocked.has(a, b) || blocked.past.has(a, b)).toBe(false);
  }
  const f = result.totals.feasibility;
  expect(f).toEqual({ overSeats: 0, placedTwice: 0, outsideCandidates: 0, conflictsInside: 0, openedUnderFour: 0 });
}

describe("circle placement", () => {
  it("places a small cohort feasibly, with reasons, and the assignment step is the exact optimum", async () => {
    const cohort = smallCohort(7, 40, 6);
    const result = runCircleRound(cohort);
    expect(result.final.length).toBeGreaterThan(0);
    checkRound(cohort, result);
    expect(result.assignment.objective).toBe(await lpOptimum(result));
  });

  it("holds on random small cohorts (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 6 }), async (seed, seekers, circles) => {
        const cohort = smallCohort(seed, seekers, circles);
        const result = runCircleRound(cohort);
        checkRound(cohort, result);
        expect(result.assignment.objective).toBe(await lpOptimum(result));
        // Local search never lowers the whole objective below the assignment it started from (when nothing was closed after it).
        expect(result.totals.objective).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 40 },
    );
  });

  it("weighs priority: the assignment step is exact on fit plus the priority bonus, and no priority seeker waits behind someone without it (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 6 }), async (seed, seekers, circles) => {
        const cohort = withPriority(smallCohort(seed, seekers, circles), seed);
        const result = runCircleRound(cohort);
        checkRound(cohort, result);
        checkPriority(cohort, result);
        expect(weighted(result)).toBe(await lpOptimum(result, prioritySet(cohort)));
        expect(result.totals.priorityPlaced).toBeLessThanOrEqual(result.totals.prioritySeekers);
      }),
      { numRuns: 60 },
    );
  });

  it("seats a priority seeker before a better-fitting one when there is one seat, and says why in words", () => {
    const base = smallCohort(5, 0, 0);
    const one = smallCohort(5, 1, 1);
    const person = (id: string, topics: string[], priority = false): CircleSeeker => ({
      ...one.seekers[0]!,
      id,
      priority,
      safetyHold: false,
      avoidTopicIds: [],
      dealbreakers: [],
      languages: ["en"],
      timezone: "Europe/London",
      windows: ["tue-evening"],
      topics: topics.map((topicId) => ({ topicId, livedExperienceMatters: false })),
    });
    // An open circle of four with one seat left: the circle is about grief.
    const members = ["m1", "m2", "m3", "m4"].map((id) => person(id, ["t-grief"]));
    const circle: CircleForPlacement = {
      ...one.circles[0]!,
      day: "tue",
      timezone: "Europe/London",
      language: "en",
      focusTopicIds: ["t-grief"],
      facilitator: { ...one.circles[0]!.facilitator, avoidTopicIds: [] },
      targetSize: 5,
      maxSize: 6,
      members,
      status: "open",
    };
    const seekers = [person("close", ["t-grief"]), person("further", ["t-work"], true)];
    const cohort = { ...base, seekers, circles: [circle], blockedPairs: [], pastPairs: [] };
    const withoutPriority = runCircleRound({ ...cohort, seekers: seekers.map((s) => ({ ...s, priority: false })) });
    expect(withoutPriority.final.map((p) => p.seekerId)).toEqual(["close"]);
    const result = runCircleRound(cohort);
    expect(result.final.map((p) => p.seekerId)).toEqual(["further"]);
    expect(result.final[0]!.reasons.at(-1)).toBe(PRIORITY_REASON);
    expect(result.totals).toMatchObject({ prioritySeekers: 1, priorityPlaced: 1 });
    // A block between the priority seeker and a member keeps them out: the hard filter is never broken for priority.
    const blocked = runCircleRound({ ...cohort, blockedPairs: [["further", "m2"]] });
    expect(blocked.final.map((p) => p.seekerId)).toEqual(["close"]);
    // Two priority seekers who blocked each other both fit the grief circle best (the exact step seats them
    // together; the repair moves one out); the one moved takes the last seat of the work circle from someone
    // without priority, who moves to the grief circle's free seat.
    const work: CircleForPlacement = { ...circle, id: "work", focusTopicIds: ["t-work"], members: ["w1", "w2", "w3", "w4"].map((id) => person(id, ["t-work"])) };
    const grief: CircleForPlacement = { ...circle, id: "grief", targetSize: 6 };
    const apart = runCircleRound({ ...cohort, seekers: [person("p", ["t-grief"], true), person("q", ["t-grief"], true), person("n", ["t-work"])], circles: [grief, work], blockedPairs: [["p", "q"]] });
    expect(Object.fromEntries(apart.final.map((p) => [p.seekerId, p.circleId]))).toEqual({ p: "grief", q: "work", n: "grief" });
    // Nor is the rule of four: three people, one with priority, open no proposed circle.
    const three = runCircleRound({ ...cohort, seekers: [person("a", ["t-grief"], true), person("b", ["t-grief"]), person("c", ["t-grief"])], circles: [{ ...circle, members: [], status: "proposed" }] });
    expect(three.final).toEqual([]);
  });

  it("four seekers with one fitting facilitator are placed together, each with a reason in words", () => {
    const base = smallCohort(3, 0, 0);
    const seekers: CircleSeeker[] = ["a", "b", "c", "d"].map((id) => ({
      ...smallCohort(3, 1, 0).seekers[0]!,
      id,
      safetyHold: false,
      avoidTopicIds: [],
      dealbreakers: [],
      languages: ["en"],
      timezone: "Europe/Berlin",
      windows: ["tue-evening"],
      topics: [{ topicId: "t-grief", livedExperienceMatters: true }],
    }));
    const circle: CircleForPlacement = {
      ...smallCohort(3, 0, 1).circles[0]!,
      id: "grief",
      language: "en",
      timezone: "Europe/London",
      day: "tue",
      startMinute: 18 * 60,
      focusTopicIds: ["t-grief"],
      facilitator: { id: "f", name: "Maya", topicIds: ["t-grief"], avoidTopicIds: [], listenStyle: "listen", tone: "gentle", messageLength: "either", ageBand: "35-44" },
    };
    const result = runCircleRound({ ...base, seekers, circles: [circle], blockedPairs: [], pastPairs: [] });
    expect(result.final.map((p) => p.circleId)).toEqual(["grief", "grief", "grief", "grief"]);
    const reasons = result.final[0]!.reasons.join(" ");
    expect(reasons).toContain("grief and loss");
    expect(reasons).toContain("Maya");
    // London 18:00 is 19:00 in Berlin in March before the clocks change.
    expect(reasons).toContain("Tuesdays 19:00–20:30 your time");
  });

  it("does not open a circle that would have three, and places nobody behind a block", () => {
    const base = smallCohort(5, 0, 0);
    const one = smallCohort(5, 1, 1);
    const person = (id: string): CircleSeeker => ({ ...one.seekers[0]!, id, safetyHold: false, avoidTopicIds: [], dealbreakers: [], languages: ["en"], timezone: "Europe/London", windows: ["tue-evening"] });
    const circle: CircleForPlacement = { ...one.circles[0]!, day: "tue", timezone: "Europe/London", language: "en", facilitator: { ...one.circles[0]!.facilitator, avoidTopicIds: [] } };
    const three = runCircleRound({ ...base, seekers: ["a", "b", "c"].map(person), circles: [circle], blockedPairs: [], pastPairs: [] });
    expect(three.final).toEqual([]);
    expect(three.closedCircleIds).toEqual([circle.id]);
    const blocked = runCircleRound({ ...base, seekers: ["a", "b", "c", "d", "e"].map(person), circles: [circle], blockedPairs: [["a", "b"]], pastPairs: [] });
    const ids = blocked.final.map((p) => p.seekerId);
    expect(ids.length).toBe(4);
    expect(ids.includes("a") && ids.includes("b")).toBe(false);
  });

  it("the circle's window must lie inside the seeker's own windows, in their zone", () => {
    const one = smallCohort(9, 1, 1);
    const context = createCircleContext(one);
    const circle = prepareCircle({ ...one.circles[0]!, day: "tue", startMinute: 21 * 60, durationMinutes: 90, timezone: "Europe/London" }, 0, context);
    const seeker = (timezone: string, windows: Window[]) =>
      prepareSeeker({ ...one.seekers[0]!, safetyHold: false, avoidTopicIds: [], dealbreakers: [], languages: [one.circles[0]!.language], timezone, windows }, 0, context);
    // 21:00–22:30 London runs past the end of a London evening (22:00).
    expect(circleFilter(seeker("Europe/London", ["tue-evening"]), circle, context)).toBe("window");
    // In Berlin it is 22:00–23:30: still outside.
    expect(circleFilter(seeker("Europe/Berlin", ["tue-evening"]), circle, context)).toBe("window");
    // In Lisbon (same clock as London) but with the evening window: outside too; in New York it is 17:00–18:30, inside an evening.
    expect(circleFilter(seeker("America/New_York", ["tue-evening"]), circle, context)).toBe(null);
    expect(sessionTimeIn(circle.circle, "America/New_York", "2026-03-16")).toBe("Tuesdays 17:00–18:30");
  });

  it("beats greedy and first-come-first-served on a generated cohort, with every total counted", () => {
    const cohort = generateCircleCohort({ seekers: 600, circles: 90, seed: 11 });
    const result = runCircleRound(cohort);
    checkRound(cohort, result);
    const round = prepareRound(cohort);
    const greedy = totalsOf(cohort, round, greedyCircles(round), candidatesOf(round), result.groupWeight);
    const fcfs = totalsOf(cohort, round, firstComeFirstServedCircles(round), candidatesOf(round), result.groupWeight);
    expect(result.totals.objective).toBeGreaterThanOrEqual(greedy.objective);
    expect(result.totals.objective).toBeGreaterThanOrEqual(fcfs.objective);
    expect(greedy.feasibility.overSeats + fcfs.feasibility.overSeats).toBe(0);
  });
});

function candidatesOf(round: ReturnType<typeof prepareRound>) {
  return Array.from(round.edgeSeeker, (s, e) => ({
    seekerId: round.seekers[s]!.profile.id,
    circleId: round.circles[round.edgeCircle[e]!]!.circle.id,
    score: round.edgeScore[e]!,
  }));
}
