import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { auditLog, matchingRounds, matchRequests, relationships } from "@/db/schema";
import { countRequestsWaitingForMe, listMyRequests, respondToRequest } from "@/lib/dal/matching/requests";
import { invalidateMentorPool } from "@/lib/dal/matching/mentor-pool";
import { invalidateCongestion } from "@/lib/dal/matching/congestion";
import { commitRound, getRound, previewRound } from "@/lib/dal/matching/rounds";
import { getSuggestions, sendRequest } from "@/lib/dal/matching/suggestions";
import { actAs, makeUser, navigationDigest } from "../support/factories";
import { makeMentor, makeSeeker } from "../support/profiles";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

// Tests add mentors straight into the database, behind the DAL's back: drop the cached pool.
beforeEach(() => {
  invalidateMentorPool();
  invalidateCongestion();
});

async function suggestionsFor(seeker: { id: string }) {
  await actAs(seeker);
  const result = await getSuggestions();
  if (result.kind !== "ready") throw new Error("expected suggestions");
  return result;
}

/** The home page's count of requests waiting for an answer agrees with the Requests page's lists, by the rule the home page applied to them. */
async function expectWaiting(expected: number) {
  const { sent, received } = await listMyRequests();
  expect(received.filter((r) => !r.youAgreed).length + sent.filter((r) => r.fromRound && r.status === "open" && !r.youAgreed).length).toBe(expected);
  expect(await countRequestsWaitingForMe()).toBe(expected);
}

describe("suggestions on demand", () => {
  it("shows fitting mentors with reasons from both profiles, and never one who does not speak the seeker's language", async () => {
    const fits = await makeMentor();
    const otherLanguage = await makeMentor({ languages: ["de"] });
    const seeker = await makeSeeker();
    const { suggestions } = await suggestionsFor(seeker);
    const ids = suggestions.map((s) => s.id);
    expect(ids).toContain(fits.id);
    expect(ids).not.toContain(otherLanguage.id);
    const mine = suggestions.find((s) => s.id === fits.id)!;
    expect(mine.reasons.length).toBeGreaterThan(0);
    expect(mine.reasons.join(" ")).toMatch(/grief|weekly|Tuesday|Thursday|evening/i);
    // The card carries nothing private: no motivation, avoided topics, age or gender.
    expect(Object.keys(mine)).not.toEqual(expect.arrayContaining(["motivation"]));
    expect(JSON.stringify(mine)).not.toContain("I was helped once.");
  });

  it("leaves out paused, full and unapproved mentors", async () => {
    const paused = await makeMentor({ pausedUntil: "2099-01-01" });
    const draft = await makeMentor({ status: "draft", submittedAt: null, pledgedAt: null, trainingPassedAt: null });
    const full = await makeMentor({ capacity: 1 });
    const someone = await makeSeeker();
    await db().insert(relationships).values({ kind: "mentorship", seekerId: someone.id, partnerId: full.id, pairLow: [someone.id, full.id].sort()[0]!, pairHigh: [someone.id, full.id].sort()[1]! });
    const seeker = await makeSeeker();
    const ids = (await suggestionsFor(seeker)).suggestions.map((s) => s.id);
    for (const excluded of [paused, draft, full]) expect(ids).not.toContain(excluded.id);
  });

  it("a look is not a reservation: a mentor with one place stays in view for everyone who fits until someone asks, then the others are told in words", async () => {
    const mentor = await makeMentor({ capacity: 1, languages: ["pt"] });
    const first = await makeSeeker({ languages: ["pt"] });
    const second = await makeSeeker({ languages: ["pt"] });
    expect((await suggestionsFor(first)).suggestions.map((s) => s.id)).toContain(mentor.id);
    // Being shown to the first seeker no longer hides them from the second.
    const secondView = await suggestionsFor(second);
    expect(secondView.suggestions.map((s) => s.id)).toContain(mentor.id);
    expect(secondView.held).toBe(0);
    // A request is real interest: the one place is spoken for, so the second seeker is told, not left guessing.
    await actAs(first);
    await sendRequest({ toId: mentor.id, kind: "mentorship", note: "" });
    const afterRequest = await suggestionsFor(second);
    expect(afterRequest.suggestions.map((s) => s.id)).not.toContain(mentor.id);
    expect(afterRequest.held).toBe(1);
  });

  it("three seekers looking one after another each see their own best fit, or are told in words why not", async () => {
    const best = await makeMentor({ capacity: 1, languages: ["sv"] });
    const good = await makeMentor({ capacity: 2, languages: ["sv"], tone: "balanced" });
    const fair = await makeMentor({ capacity: 2, languages: ["sv"], tone: "direct", listenStyle: "ideas" });
    const seekers = [await makeSeeker({ languages: ["sv"] }), await makeSeeker({ languages: ["sv"] }), await makeSeeker({ languages: ["sv"] })];
    for (const seeker of seekers) {
      const view = await suggestionsFor(seeker);
      const ids = view.suggestions.map((s) => s.id);
      expect(ids).toEqual([best.id, good.id, fair.id]);
      expect(view.suggestions[0]!.bestFit).toBe(true);
      expect(view.held).toBe(0);
    }
    // The first asks their best fit, whose one place is then spoken for: the next two are told so, and see the next best.
    await actAs(seekers[0]!);
    await sendRequest({ toId: best.id, kind: "mentorship", note: "" });
    for (const seeker of seekers.slice(1)) {
      const view = await suggestionsFor(seeker);
      expect(view.suggestions.map((s) => s.id)).not.toContain(best.id);
      expect(view.held).toBe(1);
      expect(view.suggestions[0]!.id).toBe(good.id);
      expect(view.suggestions[0]!.bestFit).toBe(true);
    }
  });

  it("says which of the seeker's own settings narrow suggestions most", async () => {
    await makeMentor({ languages: ["it"], windows: ["mon-morning"] });
    const seeker = await makeSeeker({ languages: ["it"], windows: ["sat-evening"] });
    const { suggestions, narrowing } = await suggestionsFor(seeker);
    expect(suggestions).toHaveLength(0);
    expect(narrowing.map((n) => n.words)).toContain("the times that suit you");
  });

  it("is for seekers only", async () => {
    await actAs(await makeUser({ roles: ["mentor"] }));
    await expect(getSuggestions()).rejects.toThrow(/for people looking for support/);
  });
});

describe("requests", () => {
  it("a double submit makes one request; at most 3 open requests; the mentor reads the seeker's reasons in their own terms", async () => {
    const seeker = await makeSeeker({ languages: ["fr"] });
    const mentors = await Promise.all(Array.from({ length: 4 }, () => makeMentor({ languages: ["fr"], capacity: 5 })));
    await actAs(seeker);
    const twice = await Promise.all([sendRequest({ toId: mentors[0]!.id, kind: "mentorship", note: "Hello" }), sendRequest({ toId: mentors[0]!.id, kind: "mentorship", note: "Hello" })]);
    expect(new Set(twice.map((t) => t.requestId)).size).toBe(1);
    expect(await db().$count(matchRequests, eq(matchRequests.fromId, seeker.id))).toBe(1);
    await sendRequest({ toId: mentors[1]!.id, kind: "mentorship", note: "" });
    await sendRequest({ toId: mentors[2]!.id, kind: "mentorship", note: "" });
    await expect(sendRequest({ toId: mentors[3]!.id, kind: "mentorship", note: "" })).rejects.toThrow(/already have 3 requests/);

    await expectWaiting(0); // sent on demand: nothing for the seeker to answer
    await actAs(mentors[0]!);
    await expectWaiting(1);
    const { received } = await listMyRequests();
    expect(received).toHaveLength(1);
    expect(received[0]!.note).toBe("Hello");
    expect(received[0]!.reasons.length).toBeGreaterThan(0);
    expect(received[0]!.profile?.hopes).toBe("Someone steady");
    expect(JSON.stringify(received[0]!.profile)).not.toMatch(/preferredGenders|dealbreakers|avoidTopics/);
  });

  it("accepting creates a relationship both see; a declined mentor is not suggested again", async () => {
    const seeker = await makeSeeker({ languages: ["nl"] });
    const yes = await makeMentor({ languages: ["nl"] });
    const no = await makeMentor({ languages: ["nl"] });
    await actAs(seeker);
    const a = await sendRequest({ toId: yes.id, kind: "mentorship", note: "" });
    const b = await sendRequest({ toId: no.id, kind: "mentorship", note: "" });
    await actAs(yes);
    await respondToRequest({ requestId: a.requestId, decision: "accept", template: "", note: "" });
    await actAs(no);
    await respondToRequest({ requestId: b.requestId, decision: "decline", template: "timing", note: "Good luck!" });
    expect(await db().$count(relationships, and(eq(relationships.seekerId, seeker.id), eq(relationships.status, "active")))).toBe(1);
    const ids = (await suggestionsFor(seeker)).suggestions.map((s) => s.id);
    expect(ids).not.toContain(no.id);
    expect(ids).not.toContain(yes.id);
  });

  it("refuses a request to a mentor the seeker does not fit, without revealing the mentor's private settings", async () => {
    const seeker = await makeSeeker({ languages: ["pl"] });
    const mentor = await makeMentor({ languages: ["ja"] });
    await actAs(seeker);
    await expect(sendRequest({ toId: mentor.id, kind: "mentorship", note: "" })).rejects.toThrow(/isn't a fit/);
  });
});

describe("matching rounds", () => {
  it("are for staff only: everyone else gets a 404", async () => {
    await actAs(await makeSeeker());
    expect(navigationDigest(await previewRound({ mode: "best", loadSpreading: false, aging: false, topicId: null, language: null }).catch((e: unknown) => e))).toBe(
      "NEXT_HTTP_ERROR_FALLBACK;404",
    );
  });

  it("preview shows exact totals beside the baselines; commit sends proposals that need both yeses, once", async () => {
    const mentorA = await makeMentor({ languages: ["uk"], capacity: 1 });
    const mentorB = await makeMentor({ languages: ["uk"], capacity: 1 });
    const seekers = await Promise.all(Array.from({ length: 3 }, () => makeSeeker({ languages: ["uk"] })));
    const moderator = await makeUser({ roles: ["moderator"] });
    await actAs(moderator);
    const { roundId } = await previewRound({ mode: "best", loadSpreading: "on", aging: "on", topicId: "", language: "uk" });
    const round = await getRound(roundId);
    if (round.totals.kind === "friendship") throw new Error("expected a mentorship round");
    expect(round.totals.seekersInCohort).toBe(3);
    expect(round.totals.solver.matched).toBe(2);
    expect(round.totals.solver.capacityViolations).toBe(0);
    expect(round.totals.solver.objective).toBeGreaterThanOrEqual(round.totals.greedy!.objective);
    expect(round.totals.solver.objective).toBeGreaterThanOrEqual(round.totals.firstComeFirstServed!.objective);
    expect(round.pairs.every((p) => p.reasons.length > 0)).toBe(true);
    expect(await db().$count(matchRequests, eq(matchRequests.roundId, roundId))).toBe(0);

    const committed = await commitRound({ roundId });
    expect(committed.proposed).toBe(2);
    await expect(commitRound({ roundId })).rejects.toThrow(/already committed/);
    expect((await db().select().from(auditLog).where(eq(auditLog.action, "matching_round.commit"))).length).toBeGreaterThan(0);

    const pair = round.pairs[0]!;
    const [proposal] = await db().select().from(matchRequests).where(and(eq(matchRequests.roundId, roundId), eq(matchRequests.fromId, pair.fromId)));
    await actAs({ id: pair.toId });
    await expectWaiting(1);
    expect(await respondToRequest({ requestId: proposal!.id, decision: "accept", template: "", note: "" })).toMatchObject({ outcome: "waiting" });
    await expectWaiting(0);
    await actAs({ id: pair.fromId });
    await expectWaiting(1); // a round's proposal asks the seeker too
    expect(await respondToRequest({ requestId: proposal!.id, decision: "accept", template: "", note: "" })).toMatchObject({ outcome: "accepted" });
    expect([mentorA.id, mentorB.id]).toContain(pair.toId);
    expect(seekers.map((s) => s.id)).toContain(pair.fromId);
    const [saved] = await db().select().from(matchingRounds).where(eq(matchingRounds.id, roundId));
    expect(saved?.status).toBe("committed");
  });
});
