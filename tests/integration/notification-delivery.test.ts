import { randomUUID } from "node:crypto";
import { and, eq, like } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { crisisAlerts, mailOutbox, matchRequests, notificationPreferences, notifications, outgoingMail } from "@/db/schema";
import { expireRequests, respondToRequest } from "@/lib/dal/matching/requests";
import { deliverDueMail, listUndeliveredMail, MAX_ATTEMPTS } from "@/lib/dal/notifications/delivery";
import { mailWaitingMessages } from "@/lib/dal/notifications/message-grace";
import { accessRelationship } from "@/lib/dal/relationship/access";
import { rememberThreadSeen, sendMessage } from "@/lib/dal/relationship/thread";
import { now, setClockOffset } from "@/lib/clock";
import { escalateCrisisAlerts, saveRota } from "@/lib/dal/safety/on-call";
import { getSafetyItemForStaff, raiseSafetyItem } from "@/lib/dal/safety/safety-items";
import { approveApplication, declineApplication } from "@/lib/dal/staff/mentor-review";
import { resetEnvCache } from "@/lib/env";
import { actAs, makeUser } from "../support/factories";
import { startFakeSmtp } from "../support/fake-smtp";
import { openRequestBetween, pairInRelationship } from "../support/moderation";
import { makeMentor, makeSeeker } from "../support/profiles";

/** The viewer has the thread open and sees it: the read mark moves as it does once the page is sent. */
async function readThread(relationshipId: string) {
  await rememberThreadSeen(await accessRelationship(relationshipId), now());
}

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

afterEach(() => setClockOffset(0));

const MIN = 60_000;
const mailsTo = (email: string, subject?: string) =>
  db()
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.to, email), subject ? eq(mailOutbox.subject, subject) : undefined));
const kindsFor = async (userId: string) => (await db().select({ kind: notifications.kind }).from(notifications).where(eq(notifications.userId, userId))).map((n) => n.kind);

describe("a message to someone who is away", () => {
  it("brings one email after ten minutes, not one per message; reading the thread stops further mail", async () => {
    const { seeker, mentor, relationshipId } = await pairInRelationship();
    await actAs(seeker);
    for (const body of ["Hello there", "Are you around this week?", "No rush at all"]) await sendMessage({ relationshipId, body, clientKey: randomUUID() });
    const subject = `${seeker.name} wrote to you`;

    await mailWaitingMessages(); // within the grace: nothing yet
    expect(await mailsTo(mentor.email, subject)).toHaveLength(0);

    setClockOffset(11 * MIN);
    await mailWaitingMessages();
    await mailWaitingMessages(); // a second run (or instance) adds nothing
    setClockOffset(25 * MIN);
    await mailWaitingMessages();
    const mails = await mailsTo(mentor.email, subject);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).not.toContain("Are you around"); // never the words
    expect(mails[0]!.text).toContain("/email-settings?token=");
    // The writer is never told about their own messages.
    expect(await kindsFor(seeker.id)).not.toContain("message-waiting");

    // The mentor reads: the spell ends, and nothing more comes for what they have read.
    await actAs(mentor);
    await readThread(relationshipId);
    setClockOffset(60 * MIN);
    await mailWaitingMessages();
    expect(await mailsTo(mentor.email, subject)).toHaveLength(1);

    // Something new waits again: one more email, once.
    await actAs(seeker);
    await sendMessage({ relationshipId, body: "One more thing", clientKey: randomUUID() });
    setClockOffset(75 * MIN);
    await mailWaitingMessages();
    await mailWaitingMessages();
    expect(await mailsTo(mentor.email, subject)).toHaveLength(2);
  });

  it("follows the person's choice: bell only sends no email", async () => {
    const { seeker, mentor, relationshipId } = await pairInRelationship();
    await db().insert(notificationPreferences).values({ userId: mentor.id, kind: "message-waiting", delivery: "bell" });
    await actAs(seeker);
    await sendMessage({ relationshipId, body: "Hi", clientKey: randomUUID() });
    setClockOffset(11 * MIN);
    await mailWaitingMessages();
    expect(await kindsFor(mentor.id)).toContain("message-waiting");
    expect(await mailsTo(mentor.email)).toHaveLength(0);
  });
});

describe("a request's outcome reaches the seeker", () => {
  it("accepted and declined, with the kind words", async () => {
    const seeker = await makeSeeker();
    const mentor = await makeMentor();
    const other = await makeMentor();
    const accepted = await openRequestBetween(seeker.id, mentor.id);
    const declined = await openRequestBetween(seeker.id, other.id);
    await actAs(mentor);
    await respondToRequest({ requestId: accepted, decision: "accept", template: "", note: "" });
    await actAs(other);
    await respondToRequest({ requestId: declined, decision: "decline", template: "full", note: "Wishing you well." });
    expect(await kindsFor(seeker.id)).toEqual(expect.arrayContaining(["request-accepted", "request-declined"]));
    expect(await mailsTo(seeker.email, `${mentor.name} said yes`)).toHaveLength(1);
    const [no] = await mailsTo(seeker.email, `${other.name} can't say yes this time`);
    expect(no!.text).toContain("My places are full right now");
    expect(no!.text).toContain("Wishing you well.");
  });

  it("lapsed, by the app's clock (not the database's), once, with a way to fresh suggestions", async () => {
    const seeker = await makeSeeker();
    const mentor = await makeMentor();
    const requestId = await openRequestBetween(seeker.id, mentor.id, 24);
    await expireRequests();
    expect((await db().select().from(matchRequests).where(eq(matchRequests.id, requestId)))[0]!.status).toBe("open");
    setClockOffset(25 * 60 * MIN);
    await expireRequests();
    await expireRequests();
    expect((await db().select().from(matchRequests).where(eq(matchRequests.id, requestId)))[0]!.status).toBe("expired");
    const mails = await mailsTo(seeker.email, "Your request closed without an answer");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("/suggestions");
  });

  it("a mentor hears of a request they received", async () => {
    const seeker = await makeSeeker();
    const mentor = await makeMentor();
    const { sendRequest } = await import("@/lib/dal/matching/suggestions");
    await actAs(seeker);
    await sendRequest({ toId: mentor.id, kind: "mentorship", note: "" });
    expect(await kindsFor(mentor.id)).toContain("request-received");
    expect(await mailsTo(mentor.email, `${seeker.name} would like you as their mentor`)).toHaveLength(1);
  });
});

describe("a mentor application's decision reaches the applicant", () => {
  it("approved and declined, with the reason", async () => {
    const moderator = await makeUser({ roles: ["moderator"] });
    const yes = await makeMentor({ status: "submitted" });
    const no = await makeMentor({ status: "submitted" });
    await actAs(moderator);
    await approveApplication({ userId: yes.id, note: "" });
    await declineApplication({ userId: no.id, reason: "We need a little more about your experience." });
    expect(await kindsFor(yes.id)).toContain("application-approved");
    const [declined] = await mailsTo(no.email, "About your mentor application");
    expect(declined!.text).toContain("We need a little more about your experience.");
  });
});

describe("a crisis reaches a moderator on call", () => {
  it("alerts those on duty at once, without the words; escalates down the rota, then to admins; stops at the first look", async () => {
    const [first, second, third] = [await makeUser({ roles: ["moderator"] }), await makeUser({ roles: ["moderator"] }), await makeUser({ roles: ["moderator"] })];
    const admin = await makeUser({ roles: ["admin"] });
    await actAs(admin);
    await saveRota({ entries: [{ userId: first.id, onDuty: true }, { userId: second.id, onDuty: false }, { userId: third.id, onDuty: false }] });
    const { relationshipId, seeker } = await pairInRelationship();
    const { id } = await raiseSafetyItem({ level: "crisis", subjectId: seeker.id, targetKind: "message", targetId: randomUUID(), relationshipId, reasons: ["intent"] });
    expect(await kindsFor(first.id)).toEqual(["crisis-alert"]);
    expect(await kindsFor(second.id)).toEqual([]);
    const [alert] = await mailsTo(first.email);
    expect(alert!.subject).toContain("crisis item is waiting");
    expect(alert!.text).toContain(`/admin/safety/${id}`);
    expect(alert!.text).not.toContain(seeker.name);

    await escalateCrisisAlerts(); // not yet: the setting is 15 minutes
    expect(await kindsFor(second.id)).toEqual([]);
    setClockOffset(16 * MIN);
    await escalateCrisisAlerts();
    await escalateCrisisAlerts();
    expect(await kindsFor(second.id)).toEqual(["crisis-alert"]);
    expect(await kindsFor(third.id)).toEqual([]);
    setClockOffset(32 * MIN);
    await escalateCrisisAlerts();
    expect(await kindsFor(third.id)).toEqual(["crisis-alert"]);
    setClockOffset(48 * MIN);
    await escalateCrisisAlerts();
    expect(await kindsFor(admin.id)).toEqual(["crisis-alert"]);

    await actAs(third);
    await getSafetyItemForStaff(id);
    const [row] = await db().select().from(crisisAlerts).where(eq(crisisAlerts.safetyItemId, id));
    expect(row!.firstLookById).toBe(third.id);
    expect(row!.firstLookAt!.getTime() - row!.raisedAt.getTime()).toBeGreaterThanOrEqual(48 * MIN - 1000);
    const before = await db().$count(notifications, like(notifications.dedupeKey, `crisis:${id}:%`));
    setClockOffset(200 * MIN);
    await escalateCrisisAlerts();
    expect(await db().$count(notifications, like(notifications.dedupeKey, `crisis:${id}:%`))).toBe(before);
  });

  it("with nobody on the rota, alerts every moderator", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    await actAs(admin);
    await saveRota({ entries: [] });
    const moderator = await makeUser({ roles: ["moderator"] });
    await raiseSafetyItem({ level: "crisis", subjectId: admin.id, targetKind: "message", targetId: randomUUID(), relationshipId: null, reasons: [] });
    expect(await kindsFor(moderator.id)).toEqual(["crisis-alert"]);
  });
});

describe("the outbox with a real SMTP server", () => {
  it("retries while the server refuses, delivers when it accepts, and lists what gave up for admins", async () => {
    const smtp = await startFakeSmtp();
    process.env.SMTP_URL = smtp.url;
    resetEnvCache();
    try {
      const { seeker, mentor, relationshipId } = await pairInRelationship();
      smtp.refusing = true;
      await actAs(seeker);
      await sendMessage({ relationshipId, body: "Thinking of you", clientKey: randomUUID() });
      setClockOffset(11 * MIN);
      await mailWaitingMessages();
      const [queued] = await db().select().from(outgoingMail).where(eq(outgoingMail.to, mentor.email));
      expect(queued!.status).toBe("pending");

      expect(await deliverDueMail()).toMatchObject({ sent: 0, retried: 1 });
      let [row] = await db().select().from(outgoingMail).where(eq(outgoingMail.id, queued!.id));
      expect(row).toMatchObject({ status: "pending", attempts: 1 });
      expect(row!.lastError).toBeTruthy();
      expect(await deliverDueMail()).toMatchObject({ sent: 0, retried: 0 }); // backing off: not due yet

      smtp.refusing = false;
      setClockOffset(13 * MIN);
      expect(await deliverDueMail()).toMatchObject({ sent: 1 });
      [row] = await db().select().from(outgoingMail).where(eq(outgoingMail.id, queued!.id));
      expect(row).toMatchObject({ status: "sent", attempts: 2 });
      expect(smtp.received.filter((m) => m.to === mentor.email)).toHaveLength(1);
      expect(smtp.received[0]!.data).toContain(`${seeker.name} wrote to you`);

      // A mail that never gets through is kept as failed, for admins to see and retry.
      smtp.refusing = true;
      await sendMessage({ relationshipId, body: "Another", clientKey: randomUUID() });
      await actAs(mentor);
      await readThread(relationshipId);
      await actAs(seeker);
      await sendMessage({ relationshipId, body: "And another", clientKey: randomUUID() });
      let offset = 30 * MIN;
      setClockOffset(offset);
      await mailWaitingMessages();
      for (let i = 0; i < MAX_ATTEMPTS; i++) {
        offset += 3 * 60 * MIN;
        setClockOffset(offset);
        await deliverDueMail();
      }
      const failed = await db().select().from(outgoingMail).where(and(eq(outgoingMail.to, mentor.email), eq(outgoingMail.status, "failed")));
      expect(failed).toHaveLength(1);
      expect(failed[0]!.attempts).toBe(MAX_ATTEMPTS);
      await actAs(await makeUser({ roles: ["admin"] }));
      expect((await listUndeliveredMail()).map((m) => m.id)).toContain(failed[0]!.id);
    } finally {
      delete process.env.SMTP_URL;
      resetEnvCache();
      await smtp.close();
    }
  });
});
