import { and, eq, inArray } from "drizzle-orm";
import postgres from "postgres";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { absences, mailOutbox, notifications } from "@/db/schema";
import { runCheckInSweep, SWEEP_LOCK } from "@/lib/dal/relationship/nudges";
import { agreeRhythm, makePair, resetNow } from "./check-ins-fixtures";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

afterEach(() => resetNow());

// Weekly, Tuesday evening in London, agreed Monday 6 January 2025 (slots 7, 14, 21 January at 17:00Z).
const T0 = "2025-01-06T12:00:00Z";
const weeklyTueEvening = { cadence: "weekly", day: "tue", part: "evening" } as const;

async function pairWithRhythm(kind: "mentorship" | "friendship" = "mentorship") {
  const pair = await makePair({ kind });
  await agreeRhythm(pair, weeklyTueEvening, T0);
  resetNow();
  return pair;
}

const kindsFor = async (userId: string) =>
  (await db().select({ kind: notifications.kind, key: notifications.dedupeKey }).from(notifications).where(eq(notifications.userId, userId))).filter((n) => !n.kind.startsWith("rhythm-"));

const mailsTo = async (email: string) => db().select({ subject: mailOutbox.subject, text: mailOutbox.text }).from(mailOutbox).where(eq(mailOutbox.to, email));

describe("the check-in sweep", () => {
  it("reminds each person once, a day ahead, however many sweeps run at once", async () => {
    const pair = await pairWithRhythm();
    const at = new Date("2025-01-06T20:00:00Z"); // 21 hours before the first check-in opens
    const runs = await Promise.all(Array.from({ length: 4 }, () => runCheckInSweep({ now: at })));
    expect(runs.some((r) => r.ran)).toBe(true);
    await runCheckInSweep({ now: at });
    await runCheckInSweep({ now: new Date("2025-01-07T09:00:00Z") });
    for (const person of [pair.seeker, pair.partner]) {
      expect(await kindsFor(person.id)).toEqual([{ kind: "check-in-due", key: expect.stringMatching(/^due:/) }]);
      const mails = (await mailsTo(person.email)).filter((m) => m.subject.includes("opens soon"));
      expect(mails).toHaveLength(1);
      expect(mails[0]!.text).toContain("Tuesday 7 January, 17:00–22:00");
    }
  });

  // PGlite has one connection, so a second transaction can't run beside the first: the lock is proved on PostgreSQL.
  it.runIf(process.env.TEST_DB === "postgres")("steps aside while another instance holds the sweep's lock", async () => {
    const pair = await pairWithRhythm();
    // Another instance: its own connection (inside transaction() here, the sweep would join this one and share its locks).
    const other = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      await other.begin(async (tx) => {
        await tx.unsafe(`select pg_advisory_xact_lock(${SWEEP_LOCK})`);
        expect(await runCheckInSweep({ now: new Date("2025-01-06T20:00:00Z") })).toEqual({ ran: false, relationships: 0, notified: 0 });
      });
    } finally {
      await other.end();
    }
    expect(await kindsFor(pair.seeker.id)).toEqual([]);
    expect((await runCheckInSweep({ now: new Date("2025-01-06T20:00:00Z") })).ran).toBe(true);
  });

  it("sends nothing two days ahead, and no reminder for a check-in excused by time away", async () => {
    const pair = await pairWithRhythm();
    await runCheckInSweep({ now: new Date("2025-01-05T10:00:00Z") });
    expect(await kindsFor(pair.seeker.id)).toEqual([]);
    await db().insert(absences).values({
      relationshipId: pair.relationshipId,
      userId: pair.partner.id,
      startsAt: new Date("2025-01-07T00:00:00Z"),
      returnsAt: new Date("2025-01-09T00:00:00Z"),
      announcedAt: new Date("2025-01-06T13:00:00Z"),
    });
    await runCheckInSweep({ now: new Date("2025-01-06T20:00:00Z") });
    expect(await kindsFor(pair.seeker.id)).toEqual([]);
    expect(await kindsFor(pair.partner.id)).toEqual([]);
  });

  it("notes a missed check-in gently to both, and after two in a row tells the mentor", async () => {
    const pair = await pairWithRhythm();
    // After the first slot closed (8 January 22:00Z), nobody having checked in.
    const afterFirst = new Date("2025-01-09T08:00:00Z");
    await Promise.all([runCheckInSweep({ now: afterFirst }), runCheckInSweep({ now: afterFirst })]);
    for (const person of [pair.seeker, pair.partner]) {
      expect((await kindsFor(person.id)).map((n) => n.kind)).toEqual(["check-in-missed"]);
    }
    const [missed] = (await mailsTo(pair.seeker.email)).filter((m) => m.subject.includes("slipped by"));
    expect(missed!.text).toContain("counts against nobody");
    expect(missed!.text).toContain("Tuesday 14 January, 17:00–22:00");

    await runCheckInSweep({ now: new Date("2025-01-13T20:00:00Z") }); // the reminder for the 14th
    const afterSecond = new Date("2025-01-16T08:00:00Z");
    await Promise.all([runCheckInSweep({ now: afterSecond }), runCheckInSweep({ now: afterSecond })]);
    await runCheckInSweep({ now: afterSecond });
    const mentor = (await kindsFor(pair.partner.id)).map((n) => n.kind).sort();
    const seeker = (await kindsFor(pair.seeker.id)).map((n) => n.kind).sort();
    // The fuller note replaces the short one for the mentor; the seeker gets the short one again.
    expect(mentor).toEqual(["check-in-due", "check-in-missed", "check-ins-missed-twice"]);
    expect(seeker).toEqual(["check-in-due", "check-in-missed", "check-in-missed"]);
    const twice = (await mailsTo(pair.partner.email)).filter((m) => m.subject.startsWith("Two check-ins"));
    expect(twice).toHaveLength(1);
    // One mail per person per nudge, whatever ran twice.
    const keys = await db()
      .select({ userId: notifications.userId, key: notifications.dedupeKey, emailedAt: notifications.emailedAt })
      .from(notifications)
      .where(and(eq(notifications.relationshipId, pair.relationshipId), inArray(notifications.userId, [pair.seeker.id, pair.partner.id])));
    const nudges = keys.filter((k) => /^(due|missed|two-missed):/.test(k.key));
    expect(nudges.every((k) => k.emailedAt !== null)).toBe(true);
    expect((await mailsTo(pair.partner.email)).filter((m) => !m.subject.includes("proposed"))).toHaveLength(nudges.filter((k) => k.userId === pair.partner.id).length);
    expect((await mailsTo(pair.seeker.email)).filter((m) => !m.subject.includes("agreed"))).toHaveLength(nudges.filter((k) => k.userId === pair.seeker.id).length);
  });

  it("in a friendship tells both after two in a row", async () => {
    const pair = await pairWithRhythm("friendship");
    await runCheckInSweep({ now: new Date("2025-01-09T08:00:00Z") });
    await runCheckInSweep({ now: new Date("2025-01-16T08:00:00Z") });
    for (const person of [pair.seeker, pair.partner]) {
      const kinds = (await kindsFor(person.id)).map((n) => n.kind).sort();
      expect(kinds).toEqual(["check-in-missed", "check-ins-missed-twice"]);
    }
  });

  it("doesn't write about check-ins from long ago when it first runs after a pause", async () => {
    const pair = await pairWithRhythm();
    await runCheckInSweep({ now: new Date("2025-03-01T08:00:00Z") });
    // Only the latest (25 February) is recent enough to mention; seven older ones pass quietly.
    const notes = await kindsFor(pair.seeker.id);
    expect(notes.map((n) => n.kind)).toEqual(["check-in-missed"]);
  });

  it("never quotes anyone's words and never blames", async () => {
    await pairWithRhythm();
    await runCheckInSweep({ now: new Date("2025-01-16T08:00:00Z") });
    const texts = await db().select({ title: notifications.title, body: notifications.body }).from(notifications);
    for (const t of texts) expect(`${t.title} ${t.body}`).not.toMatch(/streak|fail|should have|you forgot/i);
  });
});
