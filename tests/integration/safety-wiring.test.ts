import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { checkIns, messages, relationships, safetyItems } from "@/db/schema";
import { saveCheckInEntry } from "@/lib/dal/relationship/check-ins";
import { pairOf } from "@/lib/dal/matching/requests";
import { openThread, sendMessage } from "@/lib/dal/relationship/thread";
import { now } from "@/lib/clock";
import { actAs, makeUser } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

/**
 * Crisis language written inside a relationship reaches moderators at once,
 * while the words are delivered exactly as written (never blocked or dropped),
 * and content a moderator removed is no longer shown.
 */
async function pair() {
  const seeker = await makeUser();
  const mentor = await makeUser({ roles: ["mentor"] });
  const [row] = await db()
    .insert(relationships)
    .values({ kind: "mentorship", seekerId: seeker.id, partnerId: mentor.id, ...pairOf(seeker.id, mentor.id), startedAt: new Date() })
    .returning({ id: relationships.id });
  return { relationshipId: row!.id, seeker, mentor };
}

const itemsFor = (targetId: string) => db().select().from(safetyItems).where(eq(safetyItems.targetId, targetId));

describe("safety items from what people write", () => {
  it("a crisis message is delivered as written and raises one high-priority item, even when sent twice", async () => {
    const { relationshipId, seeker, mentor } = await pair();
    await actAs(seeker);
    const body = "I don't want to be alive anymore. I have the pills ready tonight.";
    const clientKey = randomUUID();
    const sent = await sendMessage({ relationshipId, body, clientKey });
    await sendMessage({ relationshipId, body, clientKey });
    const items = await itemsFor(sent.id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ level: "crisis", subjectId: seeker.id, targetKind: "message", relationshipId, status: "open" });
    // The item points at the message; it holds none of its words.
    expect(JSON.stringify(items[0])).not.toContain("pills");
    await actAs(mentor);
    const thread = await openThread(relationshipId);
    expect(thread.messages.map((m) => m.body)).toContain(body);
  });

  it("an everyday message raises nothing", async () => {
    const { relationshipId, seeker } = await pair();
    await actAs(seeker);
    const sent = await sendMessage({ relationshipId, body: "This traffic is killing me, but I'll be on time for Tuesday.", clientKey: randomUUID() });
    expect(await itemsFor(sent.id)).toHaveLength(0);
  });

  it("a check-in entry with crisis words raises an item about the entry", async () => {
    const { relationshipId, mentor } = await pair();
    const at = now();
    const [slot] = await db()
      .insert(checkIns)
      .values({ relationshipId, startsAt: new Date(at.getTime() - 3_600_000), endsAt: new Date(at.getTime() + 3_600_000), closesAt: new Date(at.getTime() + 86_400_000) })
      .returning({ id: checkIns.id });
    await actAs(mentor);
    await saveCheckInEntry({ relationshipId, checkInId: slot!.id, arriving: "Heavy week.", onMind: "I keep thinking everyone would be better off without me.", wouldHelp: "" });
    const items = await db().select().from(safetyItems).where(and(eq(safetyItems.relationshipId, relationshipId), eq(safetyItems.targetKind, "check_in_entry")));
    expect(items).toHaveLength(1);
    expect(items[0]!.subjectId).toBe(mentor.id);
  });

  it("a message a moderator removed shows as removed, with none of its words", async () => {
    const { relationshipId, seeker, mentor } = await pair();
    await actAs(seeker);
    const sent = await sendMessage({ relationshipId, body: "words that broke the rules", clientKey: randomUUID() });
    await db().update(messages).set({ removedAt: new Date() }).where(eq(messages.id, sent.id));
    await actAs(mentor);
    const shown = (await openThread(relationshipId)).messages.find((m) => m.id === sent.id)!;
    expect(shown.removed).toBe(true);
    expect(shown.body).toBe("");
  });
});
