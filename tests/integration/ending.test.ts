import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { mailOutbox, notifications, relationships, rhythms, ruptures } from "@/db/schema";
import { clockOffsetMs, now, setClockOffset } from "@/lib/clock";
import { activeMentorshipCount, pairOf } from "@/lib/dal/matching/requests";
import { invalidateMentorPool } from "@/lib/dal/matching/mentor-pool";
import { accessRelationship } from "@/lib/dal/relationship/access";
import { cancelPlannedEnding, endRelationship, finishPlannedEndings, getEnding, listMyRelationships } from "@/lib/dal/relationship/lifecycle";
import { getTimeline } from "@/lib/dal/relationship/timeline";
import { getSuggestions } from "@/lib/dal/matching/suggestions";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { nextSlot } from "@/lib/rhythm";
import { actAs, makeUser } from "../support/factories";
import { makeMentor, makeSeeker } from "../support/profiles";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

beforeEach(() => invalidateMentorPool());
afterEach(() => setClockOffset(0));

const HOUR = 3_600_000;

/** A seeker and a mentor in an active mentorship, optionally with an agreed weekly rhythm. */
async function mentorship(options: { rhythm?: boolean; language?: "en" | "es" | "de" | "it"; capacity?: number } = {}) {
  const language = options.language ?? "en";
  const seeker = await makeSeeker({ languages: [language] });
  const mentor = await makeMentor({ languages: [language], capacity: options.capacity ?? 2 });
  const [rel] = await db()
    .insert(relationships)
    .values({ kind: "mentorship", seekerId: seeker.id, partnerId: mentor.id, ...pairOf(seeker.id, mentor.id), startedAt: new Date(now().getTime() - 30 * 24 * HOUR) })
    .returning({ id: relationships.id });
  if (options.rhythm) {
    await db().insert(rhythms).values({
      relationshipId: rel!.id,
      cadence: "weekly",
      day: "tue",
      part: "evening",
      timezone: "Europe/London",
      status: "agreed",
      proposedById: seeker.id,
      respondedById: mentor.id,
      effectiveFrom: new Date(now().getTime() - 20 * 24 * HOUR),
    });
  }
  return { seeker, mentor, relationshipId: rel!.id };
}

const form = (relationshipId: string, extra: Record<string, unknown> = {}) => ({ relationshipId, reason: "not-a-fit", valued: "", takeWithMe: "", finalCheckIn: "", ...extra });

const relationshipRow = async (id: string) => (await db().select().from(relationships).where(eq(relationships.id, id)))[0]!;

describe("ending a relationship", () => {
  it("the seeker ends it with closing words: ended now by them, ruptures closed, proposals withdrawn, the mentor told gently, the place freed", async () => {
    const { seeker, mentor, relationshipId } = await mentorship({ rhythm: true });
    await db().insert(ruptures).values({ relationshipId, openedById: mentor.id, openerNote: "x", openerKeyId: "k", openedAt: now() });
    await db().insert(rhythms).values({ relationshipId, cadence: "fortnightly", day: "wed", part: "morning", timezone: "Europe/London", proposedById: mentor.id });
    expect(await activeMentorshipCount(mentor.id)).toBe(1);

    await actAs(seeker);
    const before = now().getTime();
    const result = await endRelationship(form(relationshipId, { reason: "goal-reached", valued: "Your patience on Tuesdays", takeWithMe: "Asking for help" }));
    expect(result).toEqual({ outcome: "ended", viewerSide: "seeker" });

    const row = await relationshipRow(relationshipId);
    expect(row.status).toBe("ended");
    expect(row.endedById).toBe(seeker.id);
    expect(row.endReason).toBe("goal-reached");
    expect(row.endReflection).toBe("What I valued: Your patience on Tuesdays\n\nWhat I take with me: Asking for help");
    expect(row.endedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row.endingAfter).toBeNull();
    expect((await db().select().from(ruptures).where(eq(ruptures.relationshipId, relationshipId)))[0]!.status).toBe("closed");
    const statuses = (await db().select({ status: rhythms.status }).from(rhythms).where(eq(rhythms.relationshipId, relationshipId))).map((r) => r.status).sort();
    expect(statuses).toEqual(["agreed", "withdrawn"]);
    expect(await activeMentorshipCount(mentor.id)).toBe(0);

    const [bell] = await db().select().from(notifications).where(eq(notifications.userId, mentor.id));
    expect(bell!.title).toBe(`${seeker.name} has closed your relationship`);
    expect(bell!.body).toMatch(/closing words are on the page/);
    expect(bell!.emailedAt).not.toBeNull();
    const mail = await db().select().from(mailOutbox).where(eq(mailOutbox.to, mentor.email));
    expect(mail).toHaveLength(1);
    for (const text of [bell!.title, bell!.body, mail[0]!.text]) expect(text).not.toMatch(/patience|Asking for help/);
    // Nobody tells the person who ended it that they did.
    expect(await db().$count(notifications, eq(notifications.userId, seeker.id))).toBe(0);
  });

  it("the mentor can end it too, and both keep the read-only archive with the ending in the other's terms", async () => {
    const { seeker, mentor, relationshipId } = await mentorship();
    await actAs(mentor);
    expect(await endRelationship(form(relationshipId, { reason: "capacity", valued: "Your honesty" }))).toEqual({ outcome: "ended", viewerSide: "mentor" });

    const mine = await getEnding(relationshipId);
    expect(mine).toMatchObject({ status: "ended", byViewer: true, reason: "I need to support fewer people" });
    await actAs(seeker);
    expect((await listMyRelationships()).find((r) => r.id === relationshipId)?.status).toBe("ended");
    const theirs = await getEnding(relationshipId);
    expect(theirs).toMatchObject({ status: "ended", byViewer: false, reason: "They need to support fewer people.", reflection: "What I valued: Your honesty" });
    const { events } = await getTimeline(relationshipId);
    expect(events.at(-1)).toMatchObject({ kind: "ended", title: `${mentor.name} closed the relationship` });
    expect(JSON.stringify(events)).not.toContain("Your honesty");
  });

  it("never passes 'something made me uncomfortable' on to the other person", async () => {
    const { seeker, relationshipId } = await mentorship();
    await actAs(seeker);
    await endRelationship(form(relationshipId, { reason: "uncomfortable" }));
    const row = await relationshipRow(relationshipId);
    await actAs({ id: row.partnerId });
    expect(await getEnding(relationshipId)).toMatchObject({ reason: "For their own reasons." });
  });

  it("a third person can't end it, and is told it doesn't exist", async () => {
    const { mentor, relationshipId } = await mentorship();
    await actAs(await makeUser({ roles: ["seeker"] }));
    await expect(endRelationship(form(relationshipId))).rejects.toBeInstanceOf(NotFoundError);
    expect((await relationshipRow(relationshipId)).status).toBe("active");
    expect(await activeMentorshipCount(mentor.id)).toBe(1);
  });

  it("a double end is harmless: one ending, one notification, the first reason kept", async () => {
    const { seeker, mentor, relationshipId } = await mentorship();
    await actAs(seeker);
    const results = await Promise.all([
      endRelationship(form(relationshipId, { reason: "life-changed" })),
      endRelationship(form(relationshipId, { reason: "life-changed" })),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(["already-ended", "ended"]);
    const first = await relationshipRow(relationshipId);
    await actAs(mentor);
    expect(await endRelationship(form(relationshipId, { reason: "other" }))).toEqual({ outcome: "already-ended", viewerSide: "mentor" });
    const after = await relationshipRow(relationshipId);
    expect(after.endReason).toBe("life-changed");
    expect(after.endedAt).toEqual(first.endedAt);
    expect(await db().$count(notifications, eq(notifications.userId, mentor.id))).toBe(1);
  });

  it("refuses closing words over 1000 characters in all", async () => {
    const { seeker, relationshipId } = await mentorship();
    await actAs(seeker);
    await expect(endRelationship(form(relationshipId, { valued: "a".repeat(600), takeWithMe: "b".repeat(600) }))).rejects.toThrow();
    expect((await relationshipRow(relationshipId)).status).toBe("active");
  });

  it("frees the mentor's place at once: another seeker is suggested them right after", async () => {
    const { seeker, mentor, relationshipId } = await mentorship({ language: "de", capacity: 1 });
    const waiting = await makeSeeker({ languages: ["de"] });
    await actAs(waiting);
    const full = await getSuggestions();
    expect(full.kind === "ready" && full.suggestions.map((s) => s.id)).not.toContain(mentor.id);
    await actAs(seeker);
    await endRelationship(form(relationshipId));
    await actAs(waiting);
    const freed = await getSuggestions();
    expect(freed.kind === "ready" && freed.suggestions.map((s) => s.id)).toContain(mentor.id);
    // And the seeker who ended it sees fresh people, never the same mentor again.
    const other = await makeMentor({ languages: ["de"] });
    invalidateMentorPool(); // added behind the DAL's back
    await actAs(seeker);
    const fresh = await getSuggestions();
    if (fresh.kind !== "ready") throw new Error("expected suggestions");
    expect(fresh.suggestions.map((s) => s.id)).toContain(other.id);
    expect(fresh.suggestions.map((s) => s.id)).not.toContain(mentor.id);
  });
});

describe("one final check-in first", () => {
  it("plans the ending for when the next check-in closes, and the sweep finishes it only after that", async () => {
    const { seeker, mentor, relationshipId } = await mentorship({ rhythm: true });
    await actAs(seeker);
    const result = await endRelationship(form(relationshipId, { finalCheckIn: "on", valued: "Every Tuesday" }));
    if (result.outcome !== "planned") throw new Error("expected a planned ending");
    const versions = await db().select().from(rhythms).where(and(eq(rhythms.relationshipId, relationshipId), eq(rhythms.status, "agreed")));
    const expected = nextSlot(versions.map((v) => ({ cadence: v.cadence, day: v.day as "tue", part: v.part as "evening", timezone: v.timezone, effectiveFrom: v.effectiveFrom! })), now())!;
    expect(result.endingAfter).toEqual(expected.closesAt);

    let row = await relationshipRow(relationshipId);
    expect(row).toMatchObject({ status: "active", endedById: seeker.id, endReason: "not-a-fit", endReflection: "What I valued: Every Tuesday" });
    expect(await activeMentorshipCount(mentor.id)).toBe(1);
    const planned = await db().select().from(notifications).where(eq(notifications.userId, mentor.id));
    expect(planned.map((n) => n.kind)).toEqual(["ending-planned"]);

    expect(await finishPlannedEndings({ now: new Date(result.endingAfter.getTime() - 60_000) })).toBe(0);
    expect((await relationshipRow(relationshipId)).status).toBe("active");

    expect(await finishPlannedEndings({ now: new Date(result.endingAfter.getTime() + 60_000) })).toBe(1);
    row = await relationshipRow(relationshipId);
    expect(row.status).toBe("ended");
    expect(row.endedAt).toEqual(result.endingAfter);
    expect(await activeMentorshipCount(mentor.id)).toBe(0);
    expect(await db().$count(notifications, and(eq(notifications.userId, mentor.id), eq(notifications.kind, "relationship-ended")))).toBe(1);
    const [mine] = await db().select().from(notifications).where(and(eq(notifications.userId, seeker.id), eq(notifications.kind, "relationship-ended")));
    expect(mine!.href).toBe("/suggestions?after=ended");
    // A second sweep (another instance, or a retry) does nothing.
    expect(await finishPlannedEndings({ now: new Date(result.endingAfter.getTime() + 2 * 60_000) })).toBe(0);
    expect(await getEnding(relationshipId)).toMatchObject({ status: "ended", afterFinalCheckIn: true });
  });

  it("finishes when either person opens the relationship after the moment, without the sweep", async () => {
    const { seeker, mentor, relationshipId } = await mentorship({ rhythm: true });
    await actAs(mentor);
    const result = await endRelationship(form(relationshipId, { finalCheckIn: "on", reason: "capacity" }));
    if (result.outcome !== "planned") throw new Error("expected a planned ending");
    await actAs(seeker);
    expect(await getEnding(relationshipId)).toMatchObject({ status: "active", plan: { closesAt: result.endingAfter, byViewer: false } });
    setClockOffset(result.endingAfter.getTime() - Date.now() + HOUR + clockOffsetMs());
    expect(await getEnding(relationshipId)).toMatchObject({ status: "ended", byViewer: false, reason: "They need to support fewer people." });
    expect((await accessRelationship(relationshipId)).status).toBe("ended");
  });

  it("is refused kindly without an agreed rhythm", async () => {
    const { seeker, relationshipId } = await mentorship();
    await actAs(seeker);
    await expect(endRelationship(form(relationshipId, { finalCheckIn: "on" }))).rejects.toThrow(/haven't agreed a rhythm yet/);
    expect(await relationshipRow(relationshipId)).toMatchObject({ status: "active", endedById: null, endingAfter: null });
  });

  it("can be cancelled by the person who planned it, and only by them", async () => {
    const { seeker, mentor, relationshipId } = await mentorship({ rhythm: true });
    await actAs(seeker);
    await endRelationship(form(relationshipId, { finalCheckIn: "on" }));
    await actAs(mentor);
    await expect(cancelPlannedEnding({ relationshipId })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(endRelationship(form(relationshipId, { finalCheckIn: "on" }))).rejects.toBeInstanceOf(ConflictError);
    await actAs(seeker);
    await cancelPlannedEnding({ relationshipId });
    expect(await relationshipRow(relationshipId)).toMatchObject({ status: "active", endedById: null, endReason: null, endReflection: null, endingAfter: null });
    expect(await finishPlannedEndings({ now: new Date(now().getTime() + 60 * 24 * HOUR) })).toBe(0);
  });

  it("either person can still close at once while an ending is planned", async () => {
    const { seeker, mentor, relationshipId } = await mentorship({ rhythm: true });
    await actAs(seeker);
    await endRelationship(form(relationshipId, { finalCheckIn: "on" }));
    await actAs(mentor);
    expect(await endRelationship(form(relationshipId, { reason: "life-changed" }))).toMatchObject({ outcome: "ended" });
    expect(await relationshipRow(relationshipId)).toMatchObject({ status: "ended", endedById: mentor.id, endingAfter: null });
  });
});

describe("the timeline", () => {
  it("tells the story oldest first, with repairs as a strength and no private words", async () => {
    const { seeker, mentor, relationshipId } = await mentorship({ rhythm: true });
    const t = now().getTime();
    await db().insert(ruptures).values({
      relationshipId,
      openedById: seeker.id,
      openerNote: "secret note",
      openerKeyId: "k",
      status: "repaired",
      openedAt: new Date(t - 10 * 24 * HOUR),
      resolvedAt: new Date(t - 8 * 24 * HOUR),
    });
    await actAs(mentor);
    const { events } = await getTimeline(relationshipId);
    expect(events.map((e) => e.kind)).toEqual(["started", "rhythm", "rupture", "repair"]);
    expect(events[2]!.title).toBe(`${seeker.name} said something felt off`);
    expect(events[3]!.title).toBe("You worked through something together");
    expect(events[1]!.detail).toMatch(/Weekly, Tuesdays/);
    expect(JSON.stringify(events)).not.toContain("secret");
    await actAs(await makeUser());
    await expect(getTimeline(relationshipId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
