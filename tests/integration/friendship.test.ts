import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { friendProfiles, matchRequests, relationships, users } from "@/db/schema";
import { respondToRequest } from "@/lib/dal/matching/requests";
import { invalidateFriendPool } from "@/lib/dal/matching/friend-pool";
import { invalidateMentorPool } from "@/lib/dal/matching/mentor-pool";
import { commitRound, getRound, previewRound } from "@/lib/dal/matching/rounds";
import { getSuggestions, sendRequest } from "@/lib/dal/matching/suggestions";
import { actAs, makeUser } from "../support/factories";
import { makeFriend } from "../support/profiles";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));
beforeEach(() => {
  invalidateMentorPool();
  invalidateFriendPool();
});

async function friendIdsFor(person: { id: string }) {
  await actAs(person);
  const result = await getSuggestions();
  if (result.kind !== "ready") throw new Error("expected suggestions");
  return result.friends.map((f) => f.id);
}

describe("peer friendship", () => {
  it("suggests people in the pool who fit both ways, never someone with friendship off", async () => {
    const a = await makeFriend({ languages: ["tr"] });
    const b = await makeFriend({ languages: ["tr"] });
    const off = await makeFriend({ languages: ["tr"] });
    await db().update(friendProfiles).set({ active: false }).where(eq(friendProfiles.userId, off.id));
    const ids = await friendIdsFor(a);
    expect(ids).toContain(b.id);
    expect(ids).not.toContain(off.id);
    expect(await friendIdsFor(off)).toEqual([]);
  });

  it("from a pool shared between requests, never shows someone who has since left it or whose account is no longer active", async () => {
    const a = await makeFriend({ languages: ["sw"] });
    const b = await makeFriend({ languages: ["sw"] });
    const c = await makeFriend({ languages: ["sw"] });
    expect(await friendIdsFor(a)).toEqual(expect.arrayContaining([b.id, c.id]));
    // Behind the pool's back (as another instance would): the pool read above is still fresh.
    await db().update(users).set({ status: "suspended" }).where(eq(users.id, b.id));
    await db().update(friendProfiles).set({ active: false }).where(eq(friendProfiles.userId, c.id));
    const ids = await friendIdsFor(a);
    expect(ids).not.toContain(b.id);
    expect(ids).not.toContain(c.id);
  });

  it("needs both people's yes, and then both have the friendship", async () => {
    const a = await makeFriend({ languages: ["hi"] });
    const b = await makeFriend({ languages: ["hi"] });
    await actAs(a);
    const { requestId } = await sendRequest({ toId: b.id, kind: "friendship", note: "Hi!" });
    expect(await db().$count(relationships, eq(relationships.kind, "friendship"))).toBe(0);
    await actAs(b);
    expect(await respondToRequest({ requestId, decision: "accept", template: "", note: "" })).toMatchObject({ outcome: "accepted" });
    const [rel] = await db().select().from(relationships).where(and(eq(relationships.seekerId, a.id), eq(relationships.partnerId, b.id)));
    expect(rel?.kind).toBe("friendship");
    expect(await friendIdsFor(a)).not.toContain(b.id);
  });

  it("refuses a friendship request to someone outside the pool", async () => {
    const a = await makeFriend({ languages: ["zh"] });
    const notInPool = await makeUser();
    await actAs(a);
    await expect(sendRequest({ toId: notInPool.id, kind: "friendship", note: "" })).rejects.toThrow(/couldn't find that person/);
  });

  it("a friendship round pairs people within the pool, and its proposals need both yeses", async () => {
    const people = await Promise.all(Array.from({ length: 4 }, () => makeFriend({ languages: ["ar"] })));
    await actAs(await makeUser({ roles: ["moderator"] }));
    const { roundId } = await previewRound({ kind: "friendship", mode: "best", loadSpreading: "", aging: "", topicId: "", language: "ar" });
    const round = await getRound(roundId);
    if (round.totals.kind !== "friendship") throw new Error("expected a friendship round");
    expect(round.totals.people).toBe(4);
    expect(round.pairs).toHaveLength(2);
    const paired = round.pairs.flatMap((p) => [p.fromId, p.toId]).sort();
    expect(paired).toEqual(people.map((p) => p.id).sort());
    await commitRound({ roundId });
    expect(await db().$count(matchRequests, and(eq(matchRequests.roundId, roundId), eq(matchRequests.kind, "friendship")))).toBe(2);
  });
});
