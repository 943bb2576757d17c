import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { notifications, safetyItems } from "@/db/schema";
import { saveNeedsStep } from "@/lib/dal/profiles/needs-profiles";
import { getSafetyItemForStaff, raiseSafetyItem } from "@/lib/dal/safety/safety-items";
import { takeAction } from "@/lib/dal/staff/decisions";
import { actAs, makeUser, navigationDigest } from "../support/factories";
import { NOT_FOUND, pairInRelationship, postMessage, rejection } from "../support/moderation";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

describe("raising a safety item", () => {
  it("is idempotent per piece of content, even when raised ten times at once", async () => {
    const { seeker, relationshipId } = await pairInRelationship();
    const messageId = await postMessage(relationshipId, seeker.id, "words");
    const item = { level: "crisis", subjectId: seeker.id, targetKind: "message", targetId: messageId, relationshipId, reasons: ["explicit intent to die"] } as const;
    const results = await Promise.all(Array.from({ length: 10 }, () => raiseSafetyItem(item)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    const rows = await db().select().from(safetyItems).where(eq(safetyItems.targetId, messageId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ level: "crisis", status: "open", reasons: ["explicit intent to die"], subjectId: seeker.id });
    // It tells nobody, the author included.
    expect(await db().$count(notifications, eq(notifications.userId, seeker.id))).toBe(0);
  });

  it("only ever makes an open item more urgent, never less", async () => {
    const { seeker, relationshipId } = await pairInRelationship();
    const messageId = await postMessage(relationshipId, seeker.id, "words");
    const base = { subjectId: seeker.id, targetKind: "message", targetId: messageId, relationshipId } as const;
    expect((await raiseSafetyItem({ ...base, level: "concern", reasons: ["hopelessness"] })).created).toBe(true);
    expect((await raiseSafetyItem({ ...base, level: "crisis", reasons: ["plan or means"] })).created).toBe(false);
    expect((await raiseSafetyItem({ ...base, level: "concern", reasons: ["other"] })).created).toBe(false);
    const [row] = await db().select().from(safetyItems).where(eq(safetyItems.targetId, messageId));
    expect(row).toMatchObject({ level: "crisis", reasons: ["plan or means"] });
  });

  it("a resolved message item stays resolved; a resolved profile item opens again when the words change", async () => {
    const { seeker, relationshipId } = await pairInRelationship();
    const messageId = await postMessage(relationshipId, seeker.id, "words");
    const message = { level: "concern", subjectId: seeker.id, targetKind: "message", targetId: messageId, relationshipId, reasons: ["hopelessness"] } as const;
    const profile = { level: "concern", subjectId: seeker.id, targetKind: "profile", targetId: seeker.id, relationshipId: null, reasons: ["hopelessness"] } as const;
    const m = await raiseSafetyItem(message);
    const p = await raiseSafetyItem(profile);
    await actAs(await makeUser({ roles: ["moderator"] }));
    await takeAction({ itemKind: "safety_item", itemId: m.id, action: "dismiss", reason: "Checked: the mentor is on it" });
    await takeAction({ itemKind: "safety_item", itemId: p.id, action: "dismiss", reason: "Checked: resources shown" });
    expect((await raiseSafetyItem(message)).created).toBe(false);
    expect((await raiseSafetyItem({ ...profile, level: "crisis", reasons: ["explicit intent to die"] })).created).toBe(true);
    const [again] = await db().select().from(safetyItems).where(and(eq(safetyItems.targetKind, "profile"), eq(safetyItems.targetId, seeker.id)));
    expect(again).toMatchObject({ id: p.id, status: "open", level: "crisis", resolvedAt: null });
    const [still] = await db().select().from(safetyItems).where(eq(safetyItems.id, m.id));
    expect(still!.status).toBe("resolved");
  });
});

describe("needs profile texts", () => {
  it("crisis words in 'what you hope for' raise a safety item on save; quiet words raise none", async () => {
    const quiet = await makeUser({ roles: ["seeker"] });
    await actAs(quiet);
    await saveNeedsStep("hopes", { hopes: "Someone steady to talk to on Tuesdays about my new city." });
    expect(await db().$count(safetyItems, eq(safetyItems.subjectId, quiet.id))).toBe(0);

    const seeker = await makeUser({ roles: ["seeker"] });
    await actAs(seeker);
    await saveNeedsStep("hopes", { hopes: "Honestly I want to kill myself and I need someone to talk to." });
    const [item] = await db().select().from(safetyItems).where(eq(safetyItems.subjectId, seeker.id));
    expect(item).toMatchObject({ targetKind: "profile", targetId: seeker.id, level: "crisis", status: "open", relationshipId: null });
    expect(item!.reasons.length).toBeGreaterThan(0);
    expect(JSON.stringify(item)).not.toContain("kill myself");
    expect(await db().$count(notifications, eq(notifications.userId, seeker.id))).toBe(0);
  });

  it("the staff view of a safety item is a 404 for anyone else", async () => {
    const seeker = await makeUser({ roles: ["seeker"] });
    const { id } = await raiseSafetyItem({ level: "concern", subjectId: seeker.id, targetKind: "profile", targetId: seeker.id, relationshipId: null, reasons: [] });
    await actAs(seeker);
    expect(navigationDigest(await rejection(getSafetyItemForStaff(id)))).toBe(NOT_FOUND);
    await actAs(await makeUser({ roles: ["moderator"] }));
    expect(await getSafetyItemForStaff(id)).toMatchObject({ id, level: "concern", subject: { id: seeker.id, mayAct: true } });
  });
});
