import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { matchingRounds, matchRequests, mentorProfiles, relationships } from "@/db/schema";
import { pairOf, respondToRequest } from "@/lib/dal/matching/requests";
import { ConflictError } from "@/lib/errors";
import { actAs, makeUser } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

async function approvedMentor(capacity: number) {
  const mentor = await makeUser({ roles: ["mentor"] });
  const at = new Date();
  await db().insert(mentorProfiles).values({
    userId: mentor.id,
    status: "approved",
    capacity,
    pledgedAt: at,
    trainingPassedAt: at,
    submittedAt: at,
  });
  return mentor;
}

async function openRequest(fromId: string, toId: string, kind: "mentorship" | "friendship" = "mentorship", roundId: string | null = null) {
  const [row] = await db()
    .insert(matchRequests)
    .values({ kind, fromId, toId, ...pairOf(fromId, toId), roundId, fromAgreedAt: roundId ? null : new Date(), expiresAt: sql`now() + interval '7 days'` })
    .returning({ id: matchRequests.id });
  return row!.id;
}

const activeFor = (mentorId: string) =>
  db().$count(relationships, and(eq(relationships.partnerId, mentorId), eq(relationships.status, "active")));

describe("capacity and one relationship per pair, under concurrency", () => {
  it("50 concurrent accepts for a mentor with capacity 3 make exactly 3 relationships", async () => {
    const mentor = await approvedMentor(3);
    const seekers = await Promise.all(Array.from({ length: 50 }, () => makeUser()));
    const requests = await Promise.all(seekers.map((s) => openRequest(s.id, mentor.id)));
    await actAs(mentor);
    const results = await Promise.allSettled(requests.map((requestId) => respondToRequest({ requestId, decision: "accept", template: "", note: "" })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused.every((r) => r.reason instanceof ConflictError)).toBe(true);
    expect(await activeFor(mentor.id)).toBe(3);
    expect(await db().$count(matchRequests, and(eq(matchRequests.toId, mentor.id), eq(matchRequests.status, "accepted")))).toBe(3);
  });

  it("the same request accepted twice at once makes one relationship", async () => {
    const mentor = await approvedMentor(5);
    const seeker = await makeUser();
    const requestId = await openRequest(seeker.id, mentor.id);
    await actAs(mentor);
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => respondToRequest({ requestId, decision: "accept", template: "", note: "" })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await activeFor(mentor.id)).toBe(1);
  });

  it("the database refuses a second open request or a second active relationship for a pair, either way round", async () => {
    const a = await makeUser();
    const b = await makeUser();
    await openRequest(a.id, b.id, "friendship");
    await expect(openRequest(b.id, a.id, "friendship")).rejects.toThrow();
    await db().insert(relationships).values({ kind: "friendship", seekerId: a.id, partnerId: b.id, ...pairOf(a.id, b.id) });
    await expect(db().insert(relationships).values({ kind: "friendship", seekerId: b.id, partnerId: a.id, ...pairOf(a.id, b.id) })).rejects.toThrow();
  });

  it("only the person asked can answer; anyone else gets 'not found' and nothing changes", async () => {
    const mentor = await approvedMentor(2);
    const seeker = await makeUser();
    const requestId = await openRequest(seeker.id, mentor.id);
    for (const outsider of [await makeUser(), seeker]) {
      await actAs(outsider);
      await expect(respondToRequest({ requestId, decision: "accept", template: "", note: "" })).rejects.toThrow(/couldn't find that request/);
    }
    expect(await activeFor(mentor.id)).toBe(0);
  });

  it("a round's proposal needs both people's yes", async () => {
    const mentor = await approvedMentor(2);
    const seeker = await makeUser();
    const [round] = await db().insert(matchingRounds).values({ kind: "mentorship", options: {}, totals: {}, pairs: [] }).returning({ id: matchingRounds.id });
    const requestId = await openRequest(seeker.id, mentor.id, "mentorship", round!.id);
    await actAs(mentor);
    expect(await respondToRequest({ requestId, decision: "accept", template: "", note: "" })).toMatchObject({ outcome: "waiting" });
    expect(await activeFor(mentor.id)).toBe(0);
    await actAs(seeker);
    expect(await respondToRequest({ requestId, decision: "accept", template: "", note: "" })).toMatchObject({ outcome: "accepted" });
    expect(await activeFor(mentor.id)).toBe(1);
  });

  it("an expired request cannot be accepted", async () => {
    const mentor = await approvedMentor(2);
    const seeker = await makeUser();
    const requestId = await openRequest(seeker.id, mentor.id);
    await db().update(matchRequests).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(matchRequests.id, requestId));
    await actAs(mentor);
    await expect(respondToRequest({ requestId, decision: "accept", template: "", note: "" })).rejects.toThrow(/expired without an answer/);
  });
});
