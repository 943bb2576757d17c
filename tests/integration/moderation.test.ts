import { and, eq, inArray, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { auditLog, auditReasons, checkIns, mailOutbox, messages, moderationActions, moderationClaims, notifications, reports, safetyItems, users } from "@/db/schema";
import { decideAppeal, getAppealForStaff } from "@/lib/dal/safety/appeals";
import { claimItem, releaseClaim } from "@/lib/dal/staff/claims";
import { moderationQueue } from "@/lib/dal/staff/queue";
import { actOnPerson, takeAction } from "@/lib/dal/staff/decisions";
import { moderationHistoryFor } from "@/lib/dal/staff/history";
import { getRelationshipForStaff } from "@/lib/dal/staff/stalled";
import { breakGlass, readReportedContent } from "@/lib/dal/staff/moderator-content";
import { getReportForStaff, reportContent } from "@/lib/dal/safety/reports";
import { getSafetyItemForStaff, raiseSafetyItem } from "@/lib/dal/safety/safety-items";
import { getViewerState } from "@/lib/dal/account/viewer";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { actAs, makeUser, navigationDigest } from "../support/factories";
import { NOT_FOUND, openRequestBetween, pairInRelationship, postMessage, rejection } from "../support/moderation";

import { auditEntries } from "../support/audit";
vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const HOUR = 60 * 60 * 1000;

/** A fresh reported message: the seeker reports the mentor's words. */
async function reportedMessage(category: "harassment" | "spam" | "safety" = "harassment") {
  const pair = await pairInRelationship();
  const messageId = await postMessage(pair.relationshipId, pair.mentor.id, "unkind words");
  await actAs(pair.seeker);
  const { id: reportId } = await reportContent({ targetKind: "message", targetId: messageId, category, note: "" });
  return { ...pair, messageId, reportId };
}

const moderator = () => makeUser({ roles: ["moderator"] });

describe("staff only", () => {
  it("every staff function is a 404 for people who are not staff, and for nobody signed in", async () => {
    const { reportId, relationshipId, mentor } = await reportedMessage();
    const item = await raiseSafetyItem({ level: "crisis", subjectId: mentor.id, targetKind: "person", targetId: mentor.id, relationshipId: null, reasons: [] });
    const calls: (() => Promise<unknown>)[] = [
      () => moderationQueue(),
      () => claimItem({ itemKind: "report", itemId: reportId }),
      () => releaseClaim({ itemKind: "report", itemId: reportId }),
      () => takeAction({ itemKind: "report", itemId: reportId, action: "dismiss", reason: "not staff" }),
      () => actOnPerson({ userId: mentor.id, action: "suspend", reason: "not staff" }),
      () => moderationHistoryFor(mentor.id),
      () => getReportForStaff(reportId),
      () => getSafetyItemForStaff(item.id),
      () => getRelationshipForStaff(relationshipId),
      () => readReportedContent("report", reportId),
      () => breakGlass({ relationshipId, reason: "I am not staff but I would like to read this" }),
      () => getAppealForStaff(crypto.randomUUID()),
      () => decideAppeal({ appealId: crypto.randomUUID(), outcome: "overturn", decision: "not staff" }),
    ];
    for (const person of [await makeUser({ roles: ["seeker"] }), await makeUser({ roles: ["mentor", "seeker"] }), null]) {
      await actAs(person);
      for (const call of calls) expect(navigationDigest(await rejection(call()))).toBe(NOT_FOUND);
    }
    const [report] = await db().select({ status: reports.status }).from(reports).where(eq(reports.id, reportId));
    expect(report!.status).toBe("open");
    expect(await db().$count(moderationClaims)).toBe(0);
  });
});

describe("the queue", () => {
  it("puts crisis first, then concern, oldest first; reports by severity, then age; with counts", async () => {
    const person = await makeUser();
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR);
    const raise = async (level: "concern" | "crisis", hoursAgo: number) => {
      const { id } = await raiseSafetyItem({ level, subjectId: person.id, targetKind: "message", targetId: crypto.randomUUID(), relationshipId: null, reasons: [] });
      await db().update(safetyItems).set({ createdAt: at(hoursAgo) }).where(eq(safetyItems.id, id));
      return id;
    };
    const oldConcern = await raise("concern", 30);
    const newCrisis = await raise("crisis", 1);
    const oldCrisis = await raise("crisis", 5);
    const newConcern = await raise("concern", 2);

    const spam = await reportedMessage("spam");
    const harassment = await reportedMessage("harassment");
    const safety = await reportedMessage("safety");
    await db().update(reports).set({ createdAt: at(50) }).where(eq(reports.id, spam.reportId));

    await actAs(await moderator());
    const queue = await moderationQueue();
    const mine = (ids: string[]) => queue.safetyItems.map((s) => s.id).filter((id) => ids.includes(id));
    expect(mine([oldConcern, newCrisis, oldCrisis, newConcern])).toEqual([oldCrisis, newCrisis, oldConcern, newConcern]);
    const reportOrder = queue.reports.map((r) => r.id).filter((id) => [spam.reportId, harassment.reportId, safety.reportId].includes(id));
    expect(reportOrder).toEqual([safety.reportId, harassment.reportId, spam.reportId]);
    expect(queue.counts.crisis).toBeGreaterThanOrEqual(2);
    expect(queue.counts.safetyItems).toBe(queue.safetyItems.length);
    expect(queue.counts.reports).toBe(queue.reports.length);
    expect(queue.safetyItems[0]).toMatchObject({ level: "crisis", subjectName: person.name, claim: null });
  });

  it("lists relationships with two or more missed check-ins in a row (excused ones don't break the run), with names and no words", async () => {
    const slot = async (relationshipId: string, daysAgo: number, status: "kept" | "missed" | "excused") => {
      const startsAt = new Date(Date.now() - daysAgo * 24 * HOUR);
      await db().insert(checkIns).values({ relationshipId, startsAt, endsAt: new Date(startsAt.getTime() + HOUR), closesAt: new Date(startsAt.getTime() + 2 * HOUR), status });
    };
    const stalled = await pairInRelationship();
    await slot(stalled.relationshipId, 28, "kept");
    await slot(stalled.relationshipId, 21, "missed");
    await slot(stalled.relationshipId, 14, "excused");
    await slot(stalled.relationshipId, 7, "missed");
    const recovered = await pairInRelationship();
    await slot(recovered.relationshipId, 21, "missed");
    await slot(recovered.relationshipId, 14, "missed");
    await slot(recovered.relationshipId, 7, "kept");
    const once = await pairInRelationship();
    await slot(once.relationshipId, 7, "missed");

    await actAs(await moderator());
    const queue = await moderationQueue();
    const ids = queue.stalled.map((s) => s.id);
    expect(ids).toContain(stalled.relationshipId);
    expect(ids).not.toContain(recovered.relationshipId);
    expect(ids).not.toContain(once.relationshipId);
    expect(queue.stalled.find((s) => s.id === stalled.relationshipId)).toMatchObject({ seekerName: stalled.seeker.name, partnerName: stalled.mentor.name, missedInARow: 2 });
    expect((await getRelationshipForStaff(stalled.relationshipId))!.recent.map((r) => r.status)).toEqual(["missed", "excused", "missed", "kept"]);
  });

  it("lists open requests that expire within 48 hours", async () => {
    const [a, b, c] = [await makeUser(), await makeUser(), await makeUser()];
    const soon = await openRequestBetween(a.id, b.id, 20);
    const later = await openRequestBetween(a.id, c.id, 24 * 5);
    await actAs(await moderator());
    const ids = (await moderationQueue()).expiring.map((r) => r.id);
    expect(ids).toContain(soon);
    expect(ids).not.toContain(later);
  });
});

describe("claims", () => {
  it("two moderators claiming at once: exactly one wins, the other is told who has it", async () => {
    const { reportId } = await reportedMessage();
    const [first, second] = [await makeUser({ name: "Morgan Claims", roles: ["moderator"] }), await makeUser({ name: "Riley Claims", roles: ["moderator"] })];
    await actAs(first);
    const a = claimItem({ itemKind: "report", itemId: reportId });
    await actAs(second);
    const b = claimItem({ itemKind: "report", itemId: reportId });
    const results = await Promise.allSettled([a, b]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ConflictError);
    expect(String(lost.reason.message)).toMatch(/^(Morgan|Riley) Claims claimed this/);
    const claims = await db().select().from(moderationClaims).where(eq(moderationClaims.itemId, reportId));
    expect(claims).toHaveLength(1);
    const queue = await moderationQueue();
    expect(queue.reports.find((r) => r.id === reportId)!.claim).toMatchObject({ moderatorName: expect.stringMatching(/Claims$/) });
  });

  it("a claim older than two hours counts as released and can be taken over; the holder can release", async () => {
    const { reportId } = await reportedMessage();
    const [first, second] = [await moderator(), await moderator()];
    await actAs(first);
    await claimItem({ itemKind: "report", itemId: reportId });
    await actAs(second);
    await expect(claimItem({ itemKind: "report", itemId: reportId })).rejects.toBeInstanceOf(ConflictError);
    await expect(releaseClaim({ itemKind: "report", itemId: reportId })).rejects.toBeInstanceOf(ForbiddenError);
    await db().update(moderationClaims).set({ claimedAt: new Date(Date.now() - 3 * HOUR) }).where(eq(moderationClaims.itemId, reportId));
    expect((await moderationQueue()).reports.find((r) => r.id === reportId)!.claim).toBeNull();
    await claimItem({ itemKind: "report", itemId: reportId });
    const [claim] = await db().select().from(moderationClaims).where(eq(moderationClaims.itemId, reportId));
    expect(claim!.moderatorId).toBe(second.id);
    await releaseClaim({ itemKind: "report", itemId: reportId });
    expect(await db().$count(moderationClaims, eq(moderationClaims.itemId, reportId))).toBe(0);
    expect(await db().$count(auditLog, and(eq(auditLog.actorId, second.id), inArray(auditLog.action, ["queue.claim", "queue.release"])))).toBe(2);
  });

  it("an item that is no longer open cannot be claimed, and deciding it drops its claim", async () => {
    const { reportId } = await reportedMessage();
    await actAs(await moderator());
    await claimItem({ itemKind: "report", itemId: reportId });
    await takeAction({ itemKind: "report", itemId: reportId, action: "dismiss", reason: "Nothing to act on here" });
    expect(await db().$count(moderationClaims, eq(moderationClaims.itemId, reportId))).toBe(0);
    await expect(claimItem({ itemKind: "report", itemId: reportId })).rejects.toThrow("no longer waiting");
  });
});

describe("actions and their effects, each with its audit row", () => {
  const actionRow = (reportId: string) => db().select().from(moderationActions).where(eq(moderationActions.reportId, reportId));

  it("dismiss closes the report, tells the reporter, and does nothing to the person", async () => {
    const { reportId, mentor, seeker } = await reportedMessage();
    const mod = await moderator();
    await actAs(mod);
    await takeAction({ itemKind: "report", itemId: reportId, action: "dismiss", reason: "Read in context: friendly teasing" });
    const [report] = await db().select().from(reports).where(eq(reports.id, reportId));
    expect(report).toMatchObject({ status: "resolved", decidedById: mod.id, decision: expect.stringContaining("no action") });
    expect(await actionRow(reportId)).toEqual([expect.objectContaining({ action: "dismiss", subjectId: mentor.id, moderatorId: mod.id })]);
    expect(await db().$count(auditLog, and(eq(auditLog.action, "moderation.dismiss"), eq(auditLog.targetUserId, mentor.id)))).toBe(1);
    const [person] = await db().select({ status: users.status }).from(users).where(eq(users.id, mentor.id));
    expect(person!.status).toBe("active");
    expect(await db().$count(notifications, eq(notifications.userId, mentor.id))).toBe(0);
    expect(await db().$count(notifications, and(eq(notifications.userId, seeker.id), eq(notifications.kind, "report-decided")))).toBe(1);
    // A second decision on the same report is refused.
    await expect(takeAction({ itemKind: "report", itemId: reportId, action: "warn", reason: "Second thoughts" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("warn tells the person why, with a link to appeal", async () => {
    const { reportId, mentor } = await reportedMessage();
    await actAs(await moderator());
    await takeAction({ itemKind: "report", itemId: reportId, action: "warn", reason: "Please keep to kind words" });
    const [action] = await actionRow(reportId);
    const [note] = await db().select().from(notifications).where(eq(notifications.userId, mentor.id));
    expect(note).toMatchObject({ kind: "moderation-warn", href: `/appeals/${action!.id}`, body: expect.stringContaining("Please keep to kind words") });
    const warned = await db().select({ reason: auditReasons.reason }).from(auditLog).innerJoin(auditReasons, eq(auditReasons.auditId, auditLog.id)).where(eq(auditLog.action, "moderation.warn"));
    expect(warned.filter((w) => w.reason === "Please keep to kind words")).toHaveLength(1);
  });

  it("remove content hides the message (still encrypted), resolves every open report about it and its safety item", async () => {
    const { reportId, messageId, mentor, relationshipId, seeker } = await reportedMessage();
    const item = await raiseSafetyItem({ level: "concern", subjectId: mentor.id, targetKind: "message", targetId: messageId, relationshipId, reasons: [] });
    const mod = await moderator();
    await actAs(mod);
    const [before] = await db().select({ body: messages.body }).from(messages).where(eq(messages.id, messageId));
    await takeAction({ itemKind: "report", itemId: reportId, action: "remove_content", reason: "Insults are not allowed" });
    const [after] = await db().select().from(messages).where(eq(messages.id, messageId));
    expect(after).toMatchObject({ removedById: mod.id, body: before!.body });
    expect(after!.removedAt).not.toBeNull();
    const [safety] = await db().select().from(safetyItems).where(eq(safetyItems.id, item.id));
    expect(safety).toMatchObject({ status: "resolved", resolution: "remove_content" });
    expect(await db().$count(notifications, and(eq(notifications.userId, mentor.id), eq(notifications.kind, "moderation-remove_content")))).toBe(1);
    expect(await db().$count(notifications, and(eq(notifications.userId, seeker.id), eq(notifications.kind, "report-decided")))).toBe(1);
  });

  it("suspend ends the person's session on their next request, with the reason; an email carries the appeal link", async () => {
    const { reportId, mentor } = await reportedMessage();
    const mod = await moderator();
    await actAs(mod);
    await takeAction({ itemKind: "report", itemId: reportId, action: "suspend", reason: "Threats are never acceptable here" });
    const [person] = await db().select().from(users).where(eq(users.id, mentor.id));
    expect(person).toMatchObject({ status: "suspended", statusReason: "Threats are never acceptable here" });
    const [action] = await actionRow(reportId);
    const [audit] = await auditEntries(and(eq(auditLog.action, "account.suspend"), eq(auditLog.targetUserId, mentor.id)));
    expect(audit).toMatchObject({ actorId: mod.id, reason: "Threats are never acceptable here", details: expect.objectContaining({ moderationActionId: action!.id, reportId }) });
    await actAs(mentor);
    expect(await getViewerState()).toEqual({ kind: "ended", reason: "suspended" });
    const [mail] = await db().select().from(mailOutbox).where(eq(mailOutbox.to, mentor.email));
    expect(mail).toMatchObject({ subject: "Your Alongside account is suspended", text: expect.stringMatching(/\/appeal\?token=/) });
    expect(mail!.text).toContain("Threats are never acceptable here");
  });

  it("ban and reinstate, on a person with no report behind it", async () => {
    const person = await makeUser();
    await actAs(await moderator());
    await actOnPerson({ userId: person.id, action: "ban", reason: "Several serious reports" });
    expect((await db().select({ s: users.status }).from(users).where(eq(users.id, person.id)))[0]!.s).toBe("banned");
    await actOnPerson({ userId: person.id, action: "reinstate", reason: "Talked it through with them" });
    const [back] = await db().select().from(users).where(eq(users.id, person.id));
    expect(back).toMatchObject({ status: "active", statusReason: null });
    const history = await moderationHistoryFor(person.id);
    expect(history.entries.map((e) => e.action)).toEqual(["reinstate", "ban"]);
    expect(await db().$count(auditLog, and(eq(auditLog.targetUserId, person.id), inArray(auditLog.action, ["account.ban", "account.reinstate"])))).toBe(2);
    await expect(actOnPerson({ userId: person.id, action: "reinstate", reason: "Again please" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("canModerate holds: a moderator cannot act on staff or on themselves; an admin can", async () => {
    const mod = await moderator();
    const otherMod = await moderator();
    const admin = await makeUser({ roles: ["admin"] });
    const item = await raiseSafetyItem({ level: "concern", subjectId: otherMod.id, targetKind: "person", targetId: otherMod.id, relationshipId: null, reasons: [] });
    await actAs(mod);
    await expect(takeAction({ itemKind: "safety_item", itemId: item.id, action: "warn", reason: "Not allowed" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(actOnPerson({ userId: mod.id, action: "suspend", reason: "Myself" })).rejects.toBeInstanceOf(ForbiddenError);
    await actAs(admin);
    await takeAction({ itemKind: "safety_item", itemId: item.id, action: "dismiss", reason: "Admin checked it" });
  });

  describe("the audit row is part of the same transaction: when it fails, nothing changes", () => {
    afterEach(async () => {
      await db().execute(sql`alter table audit_log drop constraint if exists audit_fail_test`);
    });

    for (const action of ["dismiss", "warn", "remove_content", "suspend", "ban"] as const) {
      it(`${action}`, async () => {
        const { reportId, mentor, messageId } = await reportedMessage();
        await actAs(await moderator());
        await db().execute(sql`alter table audit_log add constraint audit_fail_test check (action not like 'moderation.%' and action not like 'account.%') not valid`);
        await expect(takeAction({ itemKind: "report", itemId: reportId, action, reason: "This will not stick" })).rejects.toThrow();
        const [report] = await db().select().from(reports).where(eq(reports.id, reportId));
        expect(report).toMatchObject({ status: "open", decision: null });
        expect(await actionRow(reportId)).toEqual([]);
        const [person] = await db().select().from(users).where(eq(users.id, mentor.id));
        expect(person).toMatchObject({ status: "active", statusReason: null });
        const [message] = await db().select().from(messages).where(eq(messages.id, messageId));
        expect(message!.removedAt).toBeNull();
        expect(await db().$count(notifications, eq(notifications.userId, mentor.id))).toBe(0);
        expect(await db().$count(mailOutbox, eq(mailOutbox.to, mentor.email))).toBe(0);
      });
    }
  });
});
