import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { auditLog, moderationActions, moderationClaims, notifications, reports, safetyItems } from "@/db/schema";
import { reportContent } from "@/lib/dal/safety/reports";
import { raiseSafetyItem } from "@/lib/dal/safety/safety-items";
import { claimItem } from "@/lib/dal/staff/claims";
import { moderationQueue } from "@/lib/dal/staff/queue";
import { bulkQueueAction } from "@/lib/dal/staff/queue-bulk";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { actAs, makeUser, navigationDigest } from "../support/factories";
import { NOT_FOUND, pairInRelationship, postMessage, rejection } from "../support/moderation";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const HOUR = 60 * 60 * 1000;
const moderator = () => makeUser({ roles: ["moderator"] });
const ref = (kind: string, id: string) => `${kind}:${id}`;

/** A fresh report about a mentor's message, made by the seeker. */
async function reported(category: "harassment" | "spam" | "safety" = "harassment") {
  const pair = await pairInRelationship();
  const messageId = await postMessage(pair.relationshipId, pair.mentor.id, "unkind words");
  await actAs(pair.seeker);
  const { id } = await reportContent({ targetKind: "message", targetId: messageId, category, note: "" });
  return { ...pair, reportId: id };
}

async function reportStatuses(ids: string[]) {
  const rows = await db().select({ id: reports.id, status: reports.status }).from(reports).where(inArray(reports.id, ids));
  return Object.fromEntries(rows.map((r) => [r.id, r.status]));
}

describe("bulk claim and dismiss", () => {
  it("is a 404 for anyone who is not staff, and changes nothing", async () => {
    const a = await reported();
    for (const person of [await makeUser({ roles: ["seeker"] }), await makeUser({ roles: ["mentor"] }), null]) {
      await actAs(person);
      for (const intent of ["claim", "dismiss"] as const) {
        expect(navigationDigest(await rejection(bulkQueueAction({ intent, items: [ref("report", a.reportId)], reason: "not staff at all" })))).toBe(NOT_FOUND);
      }
    }
    expect(await reportStatuses([a.reportId])).toEqual({ [a.reportId]: "open" });
    expect(await db().$count(moderationClaims, eq(moderationClaims.itemId, a.reportId))).toBe(0);
  });

  it("claims several items at once, each audited; sending the same list again is harmless", async () => {
    const [a, b] = [await reported(), await reported("spam")];
    const item = await raiseSafetyItem({ level: "concern", subjectId: a.mentor.id, targetKind: "person", targetId: a.mentor.id, relationshipId: null, reasons: [] });
    const mod = await moderator();
    await actAs(mod);
    const items = [ref("report", a.reportId), ref("report", b.reportId), ref("safety_item", item.id), ref("report", a.reportId)];
    expect(await bulkQueueAction({ intent: "claim", items })).toEqual({ intent: "claim", done: 3, alreadyClosed: 0 });
    const claims = await db().select().from(moderationClaims).where(inArray(moderationClaims.itemId, [a.reportId, b.reportId, item.id]));
    expect(claims.map((c) => c.moderatorId)).toEqual([mod.id, mod.id, mod.id]);
    const audited = await db().select({ details: auditLog.details }).from(auditLog).where(and(eq(auditLog.actorId, mod.id), eq(auditLog.action, "queue.claim")));
    expect(audited).toHaveLength(3);
    // Again: still one claim each, still mine.
    expect((await bulkQueueAction({ intent: "claim", items })).done).toBe(3);
    expect(await db().$count(moderationClaims, inArray(moderationClaims.itemId, [a.reportId, b.reportId, item.id]))).toBe(3);
  });

  it("dismisses several with one reason, each with its own action and audit row; a double submit acts once", async () => {
    const [a, b] = [await reported(), await reported("spam")];
    const mod = await moderator();
    await actAs(mod);
    const input = { intent: "dismiss", items: [ref("report", a.reportId), ref("report", b.reportId)], reason: "Looked at both: ordinary disagreement." };
    expect(await bulkQueueAction(input)).toEqual({ intent: "dismiss", done: 2, alreadyClosed: 0 });
    expect(await reportStatuses([a.reportId, b.reportId])).toEqual({ [a.reportId]: "resolved", [b.reportId]: "resolved" });
    const actions = await db().select({ reportId: moderationActions.reportId, action: moderationActions.action, reason: moderationActions.reason }).from(moderationActions).where(inArray(moderationActions.reportId, [a.reportId, b.reportId]));
    expect(actions).toHaveLength(2);
    expect(actions.every((x) => x.action === "dismiss" && x.reason === input.reason)).toBe(true);
    expect(await db().$count(auditLog, and(eq(auditLog.actorId, mod.id), eq(auditLog.action, "moderation.dismiss")))).toBe(2);
    // Each reporter hears a decision was made.
    expect(await db().$count(notifications, and(eq(notifications.userId, a.seeker.id), eq(notifications.kind, "report-decided")))).toBe(1);

    expect(await bulkQueueAction(input)).toEqual({ intent: "dismiss", done: 0, alreadyClosed: 2 });
    expect(await db().$count(moderationActions, inArray(moderationActions.reportId, [a.reportId, b.reportId]))).toBe(2);
  });

  it("refuses the whole list when someone else holds one of the items, saying who", async () => {
    const [a, b] = [await reported(), await reported()];
    const other = await makeUser({ roles: ["moderator"], name: "Robin Holder" });
    await actAs(other);
    await claimItem({ itemKind: "report", itemId: b.reportId });
    await actAs(await moderator());
    for (const intent of ["claim", "dismiss"] as const) {
      const error = await rejection(bulkQueueAction({ intent, items: [ref("report", a.reportId), ref("report", b.reportId)], reason: "Nothing to act on here." }));
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as Error).message).toMatch(/Robin Holder holds one of them.*Nothing was changed/);
    }
    expect(await reportStatuses([a.reportId, b.reportId])).toEqual({ [a.reportId]: "open", [b.reportId]: "open" });
    expect(await db().$count(moderationClaims, eq(moderationClaims.itemId, a.reportId))).toBe(0);
  });

  it("is all or nothing: an item the moderator may not decide rolls back the ones before it", async () => {
    const a = await reported();
    const mod = await moderator();
    // An item about the moderator themselves: another moderator decides it.
    const aboutMe = await raiseSafetyItem({ level: "concern", subjectId: mod.id, targetKind: "person", targetId: mod.id, relationshipId: null, reasons: [] });
    await actAs(mod);
    const error = await rejection(bulkQueueAction({ intent: "dismiss", items: [ref("report", a.reportId), ref("safety_item", aboutMe.id)], reason: "Tidying up the queue." }));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(await reportStatuses([a.reportId])).toEqual({ [a.reportId]: "open" });
    const [item] = await db().select({ status: safetyItems.status }).from(safetyItems).where(eq(safetyItems.id, aboutMe.id));
    expect(item!.status).toBe("open");
    expect(await db().$count(moderationActions, eq(moderationActions.reportId, a.reportId))).toBe(0);
    expect(await db().$count(auditLog, and(eq(auditLog.actorId, mod.id), eq(auditLog.action, "moderation.dismiss")))).toBe(0);
  });

  it("does not dismiss kinds that need a decision of their own, and validates its input", async () => {
    const pair = await pairInRelationship();
    await actAs(await moderator());
    const error = await rejection(bulkQueueAction({ intent: "dismiss", items: [ref("relationship", pair.relationshipId)], reason: "Not a thing to dismiss." }));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/Stalled relationships .* can't be dismissed/);
    await expect(bulkQueueAction({ intent: "dismiss", items: [ref("report", crypto.randomUUID())], reason: "" })).rejects.toThrow(/Write a reason/);
    await expect(bulkQueueAction({ intent: "claim", items: [] })).rejects.toThrow(/at least one/);
    await expect(bulkQueueAction({ intent: "claim", items: ["users:" + pair.seeker.id] })).rejects.toThrow(/not a queue item/);
  });
});

describe("queue filters", () => {
  it("narrow the claimable sections by kind, category, age and claim, and keep the whole counts", async () => {
    const old = await reported("spam");
    const fresh = await reported("harassment");
    await db().update(reports).set({ createdAt: new Date(Date.now() - 3 * 24 * HOUR) }).where(eq(reports.id, old.reportId));
    const mod = await moderator();
    await actAs(mod);
    await claimItem({ itemKind: "report", itemId: fresh.reportId });

    const ids = async (filter: unknown) => (await moderationQueue(filter)).reports.map((r) => r.id).filter((id) => [old.reportId, fresh.reportId].includes(id));
    expect(await ids({})).toEqual([fresh.reportId, old.reportId]);
    expect(await ids({ category: "spam" })).toEqual([old.reportId]);
    expect(await ids({ category: "attempt" })).toEqual([]); // a risk category: no report has it
    expect(await ids({ age: "1d" })).toEqual([old.reportId]);
    expect(await ids({ claim: "mine" })).toEqual([fresh.reportId]);
    expect(await ids({ claim: "unclaimed" })).toEqual([old.reportId]);
    const onlyAppeals = await moderationQueue({ kind: "appeal" });
    expect(onlyAppeals.reports).toEqual([]);
    expect(onlyAppeals.matching.reports).toBe(0);
    expect(onlyAppeals.counts.reports).toBeGreaterThanOrEqual(2);
    const mine = await moderationQueue({ claim: "mine" });
    expect(mine.matching.reports).toBe(1);
    await expect(moderationQueue({ kind: "users" })).rejects.toThrow();
  });
});
