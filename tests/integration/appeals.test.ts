import { and, desc, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { appeals, auditLog, mailOutbox, messages, moderationActions, notifications, users } from "@/db/schema";
import { decideAppeal, getAppealForStaff, getMyModerationAction, readAppealLink, requestAppealLink, submitAppeal, submitAppealByLink } from "@/lib/dal/safety/appeals";
import { moderationQueue } from "@/lib/dal/staff/queue";
import { actOnPerson, takeAction } from "@/lib/dal/staff/decisions";
import { reportContent } from "@/lib/dal/safety/reports";
import { getViewerState } from "@/lib/dal/account/viewer";
import { setClockOffset } from "@/lib/clock";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { actAs, makeUser } from "../support/factories";
import { pairInRelationship, postMessage } from "../support/moderation";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const DAY = 24 * 60 * 60 * 1000;

async function latestAction(subjectId: string) {
  const [row] = await db().select().from(moderationActions).where(eq(moderationActions.subjectId, subjectId)).orderBy(desc(moderationActions.createdAt)).limit(1);
  return row!;
}

/** The token in the newest mail to this address with this subject. */
async function tokenFromMail(to: string, subject: string) {
  const [mail] = await db().select().from(mailOutbox).where(and(eq(mailOutbox.to, to), eq(mailOutbox.subject, subject))).orderBy(desc(mailOutbox.createdAt)).limit(1);
  const match = /\/appeal\?token=([^\s]+)/.exec(mail?.text ?? "");
  if (!match) throw new Error(`no appeal link in "${subject}" to ${to}`);
  return match[1]!;
}

describe("appealing while signed in", () => {
  it("a warned person appeals once, from the link in their notification; nobody else can", async () => {
    const person = await makeUser();
    await actAs(await makeUser({ roles: ["moderator"] }));
    await actOnPerson({ userId: person.id, action: "warn", reason: "Please keep to kind words" });
    const action = await latestAction(person.id);
    const [note] = await db().select().from(notifications).where(eq(notifications.userId, person.id));
    expect(note!.href).toBe(`/appeals/${action.id}`);

    await actAs(person);
    expect(await getMyModerationAction(action.id)).toMatchObject({ action: "warn", reason: "Please keep to kind words", mayAppeal: true, appeal: null });
    await submitAppeal({ actionId: action.id, text: "I was quoting a song, not being unkind." });
    await expect(submitAppeal({ actionId: action.id, text: "Trying a second time here." })).rejects.toBeInstanceOf(ConflictError);
    expect(await db().$count(appeals, eq(appeals.actionId, action.id))).toBe(1);
    expect(await getMyModerationAction(action.id)).toMatchObject({ mayAppeal: false, appeal: { status: "open" } });

    await actAs(await makeUser());
    await expect(getMyModerationAction(action.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(submitAppeal({ actionId: action.id, text: "Someone else's appeal" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a dismissal has nothing to appeal", async () => {
    const { seeker, mentor, relationshipId } = await pairInRelationship();
    const messageId = await postMessage(relationshipId, mentor.id, "words");
    await actAs(seeker);
    const { id } = await reportContent({ targetKind: "message", targetId: messageId, category: "spam", note: "" });
    await actAs(await makeUser({ roles: ["moderator"] }));
    await takeAction({ itemKind: "report", itemId: id, action: "dismiss", reason: "Nothing wrong here" });
    const action = await latestAction(mentor.id);
    await actAs(mentor);
    await expect(submitAppeal({ actionId: action.id, text: "Appealing a dismissal?" })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("appealing when you can't sign in", () => {
  afterEach(() => setClockOffset(0));

  it("a suspended person asks for a link, appeals once through it, and the appeal reaches the queue", async () => {
    const person = await makeUser();
    const mod = await makeUser({ roles: ["moderator"] });
    await actAs(mod);
    await actOnPerson({ userId: person.id, action: "suspend", reason: "Asked for money twice" });
    await actAs(person);
    expect(await getViewerState()).toEqual({ kind: "ended", reason: "suspended" });

    await actAs(null);
    await requestAppealLink({ email: person.email.toUpperCase() }, "203.0.113.9");
    const token = await tokenFromMail(person.email, "Your link to appeal a moderator's decision");
    expect(await readAppealLink(token)).toMatchObject({ action: "suspend", reason: "Asked for money twice", mayAppeal: true, name: person.name });
    const { appealId } = await submitAppealByLink({ token, text: "It was a misunderstanding about a shared charity page." });
    await expect(submitAppealByLink({ token, text: "And again, just in case." })).rejects.toBeInstanceOf(ConflictError);
    expect(await readAppealLink(token)).toMatchObject({ mayAppeal: false, appeal: { status: "open" } });

    await actAs(await makeUser({ roles: ["moderator"] }));
    expect((await moderationQueue()).appeals.map((a) => a.id)).toContain(appealId);
  });

  it("a link is refused when altered, moved to another person, or expired; unknown emails get the same answer and no mail", async () => {
    const person = await makeUser();
    await actAs(await makeUser({ roles: ["moderator"] }));
    await actOnPerson({ userId: person.id, action: "ban", reason: "Serious harassment" });
    const token = await tokenFromMail(person.email, "Your Alongside account is closed");
    expect(await readAppealLink(token)).not.toBeNull();
    const flipped = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect(await readAppealLink(flipped)).toBeNull();
    expect(await readAppealLink("nonsense")).toBeNull();
    await expect(submitAppealByLink({ token: flipped, text: "Forged appeal text here" })).rejects.toBeInstanceOf(NotFoundError);

    setClockOffset(15 * DAY);
    expect(await readAppealLink(token)).toBeNull();
    setClockOffset(0);

    const before = await db().$count(mailOutbox);
    await requestAppealLink({ email: "nobody-here@example.test" }, "203.0.113.10");
    const active = await makeUser();
    await requestAppealLink({ email: active.email }, "203.0.113.10");
    expect(await db().$count(mailOutbox)).toBe(before);
  });
});

describe("deciding appeals", () => {
  afterEach(async () => {
    await db().execute(sql`alter table audit_log drop constraint if exists audit_fail_test`);
  });

  it("the moderator who acted cannot decide the appeal; another overturns a suspension, which reinstates the person", async () => {
    const person = await makeUser();
    const first = await makeUser({ roles: ["moderator"] });
    const second = await makeUser({ roles: ["moderator"] });
    await actAs(first);
    await actOnPerson({ userId: person.id, action: "suspend", reason: "Looked like spam links" });
    const action = await latestAction(person.id);
    await actAs(null);
    await requestAppealLink({ email: person.email }, "203.0.113.11");
    const { appealId } = await submitAppealByLink({ token: await tokenFromMail(person.email, "Your link to appeal a moderator's decision"), text: "Those were links to my local library events." });

    await actAs(first);
    expect((await getAppealForStaff(appealId))!.decisionBlock).toMatch(/You took this action/);
    await expect(decideAppeal({ appealId, outcome: "overturn", decision: "Deciding my own" })).rejects.toBeInstanceOf(ForbiddenError);

    await actAs(second);
    expect(await getAppealForStaff(appealId)).toMatchObject({ decisionBlock: null, text: expect.stringContaining("library"), action: { id: action.id, action: "suspend" } });
    await decideAppeal({ appealId, outcome: "overturn", decision: "You're right: the links were fine. Sorry." });
    const [back] = await db().select().from(users).where(eq(users.id, person.id));
    expect(back).toMatchObject({ status: "active", statusReason: null });
    const [appeal] = await db().select().from(appeals).where(eq(appeals.id, appealId));
    expect(appeal).toMatchObject({ status: "overturned", decidedById: second.id });
    expect(await db().$count(auditLog, and(eq(auditLog.action, "appeal.overturn"), eq(auditLog.targetUserId, person.id)))).toBe(1);
    expect(await db().$count(auditLog, and(eq(auditLog.action, "account.reinstate"), eq(auditLog.targetUserId, person.id)))).toBe(1);
    expect((await latestAction(person.id)).action).toBe("reinstate");
    // Active again, they are told by the bell and email.
    const [told] = await db().select().from(notifications).where(and(eq(notifications.userId, person.id), eq(notifications.kind, "appeal-decided")));
    expect(told!.body).toContain("the links were fine");
    await expect(decideAppeal({ appealId, outcome: "uphold", decision: "Changed my mind" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("overturning a removal brings the words back; upholding leaves them hidden and tells the person", async () => {
    const setUp = async () => {
      const { seeker, mentor, relationshipId } = await pairInRelationship();
      const messageId = await postMessage(relationshipId, mentor.id, "words");
      await actAs(seeker);
      const { id } = await reportContent({ targetKind: "message", targetId: messageId, category: "inappropriate", note: "" });
      await actAs(await makeUser({ roles: ["moderator"] }));
      await takeAction({ itemKind: "report", itemId: id, action: "remove_content", reason: "Not suitable here" });
      await actAs(mentor);
      const action = await latestAction(mentor.id);
      const { appealId } = await submitAppeal({ actionId: action.id, text: "It was a quote from a poem we both like." });
      return { mentor, messageId, appealId };
    };
    const removedAt = async (id: string) => (await db().select({ r: messages.removedAt }).from(messages).where(eq(messages.id, id)))[0]!.r;

    const a = await setUp();
    await actAs(await makeUser({ roles: ["moderator"] }));
    await decideAppeal({ appealId: a.appealId, outcome: "overturn", decision: "Fair enough: restored." });
    expect(await removedAt(a.messageId)).toBeNull();

    const b = await setUp();
    await actAs(await makeUser({ roles: ["moderator"] }));
    await decideAppeal({ appealId: b.appealId, outcome: "uphold", decision: "It still breaks the guidelines." });
    expect(await removedAt(b.messageId)).not.toBeNull();
    expect(await db().$count(notifications, and(eq(notifications.userId, b.mentor.id), eq(notifications.kind, "appeal-decided")))).toBe(1);
  });

  it("when the audit row can't be written, the appeal stays open and the person stays suspended", async () => {
    const person = await makeUser();
    await actAs(await makeUser({ roles: ["moderator"] }));
    await actOnPerson({ userId: person.id, action: "suspend", reason: "Testing the rollback" });
    await actAs(null);
    await requestAppealLink({ email: person.email }, "203.0.113.12");
    const { appealId } = await submitAppealByLink({ token: await tokenFromMail(person.email, "Your link to appeal a moderator's decision"), text: "Please look again at this one." });
    await actAs(await makeUser({ roles: ["moderator"] }));
    await db().execute(sql`alter table audit_log add constraint audit_fail_test check (action not like 'appeal.%') not valid`);
    await expect(decideAppeal({ appealId, outcome: "overturn", decision: "Will not stick" })).rejects.toThrow();
    const [appeal] = await db().select().from(appeals).where(eq(appeals.id, appealId));
    expect(appeal!.status).toBe("open");
    const [still] = await db().select({ status: users.status }).from(users).where(eq(users.id, person.id));
    expect(still!.status).toBe("suspended");
    expect((await latestAction(person.id)).action).toBe("suspend");
  });
});
