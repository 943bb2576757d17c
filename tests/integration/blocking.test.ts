import { and, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { blocks, matchRequests, notifications, relationships } from "@/db/schema";
import { blockPerson, listMyBlocks, unblockPerson } from "@/lib/dal/safety/blocks";
import { activeMentorshipCount, countRequestsWaitingForMe, listMyRequests, pairOf, respondToRequest, takeUnseenOutcomes } from "@/lib/dal/matching/requests";
import { invalidateFriendPool } from "@/lib/dal/matching/friend-pool";
import { invalidateMentorPool } from "@/lib/dal/matching/mentor-pool";
import { listMyNotifications, notify } from "@/lib/dal/notifications/bell";
import { accessRelationship } from "@/lib/dal/relationship/access";
import { listMyRelationships } from "@/lib/dal/relationship/lifecycle";
import { commitRound, getRound, previewRound } from "@/lib/dal/matching/rounds";
import { getSuggestions, sendRequest } from "@/lib/dal/matching/suggestions";
import { NotFoundError } from "@/lib/errors";
import { actAs, makeUser } from "../support/factories";
import { makeFriend, makeMentor, makeSeeker } from "../support/profiles";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

// Tests add people straight into the database, behind the DAL's back: drop the cached pool.
beforeEach(() => {
  invalidateMentorPool();
  invalidateFriendPool();
});

async function suggested(person: { id: string }) {
  await actAs(person);
  const result = await getSuggestions();
  if (result.kind !== "ready") throw new Error("expected suggestions");
  return { mentors: result.suggestions.map((s) => s.id), friends: result.friends.map((f) => f.id) };
}

async function openRequest(fromId: string, toId: string) {
  const [row] = await db()
    .insert(matchRequests)
    .values({ kind: "mentorship", fromId, toId, ...pairOf(fromId, toId), fromAgreedAt: new Date(), expiresAt: sql`now() + interval '7 days'` })
    .returning({ id: matchRequests.id });
  return row!.id;
}

/** Who blocks whom, both ways round: a block hides the pair whichever of them made it. */
const sides = [
  ["the seeker blocks the mentor", "seeker"],
  ["the mentor blocks the seeker", "mentor"],
] as const;

describe.each(sides)("when %s", (_title, blocker) => {
  const pick = <T>(pair: { seeker: T; mentor: T }) => ({ blocker: pair[blocker], blocked: pair[blocker === "seeker" ? "mentor" : "seeker"] });

  it("neither is suggested to the other, and a new request is refused as if the person didn't exist", async () => {
    const seeker = await makeSeeker({ languages: ["pt"] });
    const mentor = await makeMentor({ languages: ["pt"], capacity: 3 });
    expect((await suggested(seeker)).mentors).toContain(mentor.id);

    const { blocker: who, blocked } = pick({ seeker, mentor });
    await actAs(who);
    await blockPerson({ personId: blocked.id });
    expect((await suggested(seeker)).mentors).not.toContain(mentor.id);
    await actAs(seeker);
    const refusal = await sendRequest({ toId: mentor.id, kind: "mentorship", note: "" }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(NotFoundError);
    expect((refusal as Error).message).toBe("We couldn't find that person.");
    await db().delete(blocks);
  });

  it("their relationship ends at once, silently, and disappears for both: no access, no list, no notifications, the place freed", async () => {
    const seeker = await makeSeeker();
    const mentor = await makeMentor();
    const [rel] = await db()
      .insert(relationships)
      .values({ kind: "mentorship", seekerId: seeker.id, partnerId: mentor.id, ...pairOf(seeker.id, mentor.id) })
      .returning({ id: relationships.id });
    const relationshipId = rel!.id;
    for (const person of [seeker, mentor]) {
      await notify({ userId: person.id, relationshipId, kind: "check-in-due", dedupeKey: `due:${relationshipId}`, title: "Check-in today", body: "…", href: `/relationships/${relationshipId}` });
    }
    const unrelated = await makeUser();
    await notify({ userId: seeker.id, kind: "absence-announced", dedupeKey: `welcome:${unrelated.id}`, title: "Welcome", body: "…", href: "/dashboard" });

    const { blocker: who, blocked } = pick({ seeker, mentor });
    await actAs(who);
    expect((await blockPerson({ personId: blocked.id })).endedRelationship?.id).toBe(relationshipId);

    const [row] = await db().select().from(relationships).where(eq(relationships.id, relationshipId));
    expect(row).toMatchObject({ status: "ended", endedById: who.id, endReason: "uncomfortable" });
    expect(await activeMentorshipCount(mentor.id)).toBe(0);
    for (const person of [seeker, mentor]) {
      await actAs(person);
      await expect(accessRelationship(relationshipId)).rejects.toBeInstanceOf(NotFoundError);
      expect((await listMyRelationships()).map((r) => r.id)).not.toContain(relationshipId);
      expect((await listMyNotifications()).filter((n) => n.href.includes(relationshipId))).toEqual([]);
    }
    // The blocked person is told nothing: no "closed" notification, and no list of who blocked them.
    expect(await db().$count(notifications, eq(notifications.relationshipId, relationshipId))).toBe(0);
    await actAs(blocked);
    expect(await listMyBlocks()).toEqual([]);
    await actAs(seeker);
    expect((await listMyNotifications()).map((n) => n.title)).toEqual(["Welcome"]);
  });

  it("open requests between them are gone from both sides and can't be answered", async () => {
    const seeker = await makeSeeker();
    const mentor = await makeMentor();
    const requestId = await openRequest(seeker.id, mentor.id);
    const { blocker: who, blocked } = pick({ seeker, mentor });
    await actAs(who);
    await blockPerson({ personId: blocked.id });

    const [request] = await db().select().from(matchRequests).where(eq(matchRequests.id, requestId));
    expect(request!.status).toBe(who.id === seeker.id ? "withdrawn" : "declined");
    for (const person of [seeker, mentor]) {
      await actAs(person);
      const { sent, received } = await listMyRequests();
      expect([...sent, ...received].map((r) => r.id)).not.toContain(requestId);
      expect(await countRequestsWaitingForMe()).toBe(0);
      expect(await takeUnseenOutcomes()).toEqual([]);
    }
    await actAs(mentor);
    await expect(respondToRequest({ requestId, decision: "accept", template: "", note: "" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().$count(relationships, eq(relationships.seekerId, seeker.id))).toBe(0);
  });
});

describe("blocks between peer friends", () => {
  it.each(["a", "b"] as const)("neither appears in the other's friend suggestions when %s blocks", async (blocker) => {
    const a = await makeFriend({ languages: ["tr"] });
    const b = await makeFriend({ languages: ["tr"] });
    expect((await suggested(a)).friends).toContain(b.id);
    await actAs(blocker === "a" ? a : b);
    await blockPerson({ personId: blocker === "a" ? b.id : a.id });
    expect((await suggested(a)).friends).not.toContain(b.id);
    expect((await suggested(b)).friends).not.toContain(a.id);
    await actAs(a);
    await expect(sendRequest({ toId: b.id, kind: "friendship", note: "" })).rejects.toThrow("We couldn't find that person.");
    await db().delete(blocks);
  });
});

describe("matching rounds", () => {
  it("never propose a blocked pair, and a block made after the preview still wins at commit", async () => {
    const moderator = await makeUser({ roles: ["moderator"] });
    const seeker = await makeSeeker({ languages: ["hi"] });
    const mentor = await makeMentor({ languages: ["hi"] });
    const round = async () => {
      await actAs(moderator);
      const { roundId } = await previewRound({ mode: "best", loadSpreading: "", aging: "", topicId: "", language: "hi" });
      return { roundId, round: await getRound(roundId) };
    };

    const before = await round();
    expect(before.round.pairs.map((p) => [p.fromId, p.toId])).toEqual([[seeker.id, mentor.id]]);
    await actAs(mentor);
    await blockPerson({ personId: seeker.id });

    const after = await round();
    expect(after.round.pairs).toEqual([]);
    if (after.round.totals.kind === "friendship") throw new Error("expected a mentorship round");
    expect(after.round.totals.excludedByFilter.blocked).toBe(1);

    await actAs(moderator);
    expect(await commitRound({ roundId: before.roundId })).toEqual({ proposed: 0, skipped: 1 });
    expect(await db().$count(matchRequests, and(eq(matchRequests.fromId, seeker.id), eq(matchRequests.toId, mentor.id)))).toBe(0);
  });
});

describe("the blocker's list", () => {
  it("shows only the people they blocked; unblocking lifts their block and leaves the relationship ended", async () => {
    const seeker = await makeSeeker();
    const mentor = await makeMentor();
    const [rel] = await db()
      .insert(relationships)
      .values({ kind: "mentorship", seekerId: seeker.id, partnerId: mentor.id, ...pairOf(seeker.id, mentor.id) })
      .returning({ id: relationships.id });
    await actAs(seeker);
    // Twice at once: one block.
    await Promise.all([blockPerson({ personId: mentor.id }), blockPerson({ personId: mentor.id })]);
    expect(await db().$count(blocks, eq(blocks.blockerId, seeker.id))).toBe(1);
    expect((await listMyBlocks()).map((b) => b.id)).toEqual([mentor.id]);
    await expect(blockPerson({ personId: seeker.id })).rejects.toThrow(/can't block yourself/);

    await actAs(mentor);
    await unblockPerson({ personId: seeker.id }); // not theirs to lift
    await actAs(seeker);
    expect((await listMyBlocks()).map((b) => b.id)).toEqual([mentor.id]);

    await unblockPerson({ personId: mentor.id });
    expect(await listMyBlocks()).toEqual([]);
    const access = await accessRelationship(rel!.id);
    expect(access.status).toBe("ended");
    expect((await listMyRelationships()).find((r) => r.id === rel!.id)?.status).toBe("ended");
  });

  it("blocking someone who doesn't exist says so without a hint", async () => {
    await actAs(await makeUser());
    await expect(blockPerson({ personId: "7f9c1d2e-7f0b-4b5c-9a55-2d6f7f6f3b11" })).rejects.toThrow("We couldn't find that person.");
  });
});
