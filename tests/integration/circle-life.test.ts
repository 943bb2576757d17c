import { randomUUID } from "node:crypto";
import { and, eq, inArray, ne } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { auditLog, circleJoinRequests, circleMembers, circleReflections, circleRenewals, circleSeekers, circles, notifications } from "@/db/schema";
import { setClockOffset } from "@/lib/clock";
import type { NotificationKind } from "@/lib/notifications/kinds";
import { circleTrainingQuestions, sessionWindow } from "@/lib/circles";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { amILookingForCircle, getCirclePage, proposeCircle, submitCircleTraining } from "@/lib/dal/circle/circles";
import { answerRenewal, proposeRenewal, writeReflection } from "@/lib/dal/circle/ending";
import { assignFacilitator, circlesNeedingFacilitator, stepBackAsFacilitator } from "@/lib/dal/circle/facilitation";
import { answerJoinRequest, leaveCircle } from "@/lib/dal/circle/membership";
import { commitCircleRound, previewCircleRound } from "@/lib/dal/circle/rounds";
import { openSession, reachOut } from "@/lib/dal/circle/sessions";
import { getCircleHealth } from "@/lib/dal/circle/health";
import { sweepCircles } from "@/lib/dal/circle/sweep";
import { sendCircleMessage } from "@/lib/dal/circle/thread";
import { exportMyData } from "@/lib/dal/account/my-data";
import { getOwnNeedsProfile, saveNeedsStep } from "@/lib/dal/profiles/needs-profiles";
import { moderationQueue } from "@/lib/dal/staff/queue";
import { actOnPerson } from "@/lib/dal/staff/decisions";
import { actAs, makeUser, navigationDigest } from "../support/factories";
import { rejection } from "../support/care";
import { makeMentor, makeSeeker, topicId } from "../support/profiles";
import { auditEntries } from "../support/audit";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

afterEach(() => setClockOffset(0));

const DAY = 24 * 3600_000;
const rightAnswers = Object.fromEntries(circleTrainingQuestions.map((q) => [q.id, q.options.find((o) => o.correct)!.id]));

function nextTuesday(): string {
  const d = new Date(Date.now() + 7 * DAY);
  while (d.getUTCDay() !== 2) d.setTime(d.getTime() + DAY);
  return d.toISOString().slice(0, 10);
}

async function trainedMentor(capacity = 4) {
  const mentor = await makeMentor({ capacity });
  await actAs(mentor);
  expect((await submitCircleTraining(rightAnswers)).passed).toBe(true);
  return mentor;
}

/** A circle on Tuesdays 19:00–20:30 London with four members placed by a round. */
async function placedCircle(lengthSessions = 8) {
  const mentor = await trainedMentor();
  const startsOn = nextTuesday();
  const { id: circleId } = await proposeCircle({
    title: `Tuesdays ${randomUUID().slice(0, 4)}`,
    focusTopicIds: [await topicId("grief")],
    language: "en",
    targetSize: 4,
    maxSize: 6,
    cadence: "weekly",
    day: "tue",
    startTime: "19:00",
    durationMinutes: 90,
    startsOn,
    lengthSessions: 8,
  });
  // Other tests' circles and waiting people share the database: the round sees only ours.
  await db().update(circles).set({ status: "ended" }).where(and(inArray(circles.status, ["proposed", "open", "active"]), ne(circles.id, circleId)));
  await db().update(circleSeekers).set({ active: false });
  const seekers = [];
  for (let i = 0; i < 4; i++) {
    const seeker = await makeSeeker();
    await actAs(seeker);
    await saveNeedsStep("looking-for", { lookingFor: "mentor", smallGroup: "yes" });
    seekers.push(seeker);
  }
  await actAs(await makeUser({ roles: ["moderator"] }));
  await commitCircleRound((await previewCircleRound()).id);
  const seated = await db().select().from(circleMembers).where(eq(circleMembers.circleId, circleId));
  expect(seated).toHaveLength(4);
  if (lengthSessions !== 8) await db().update(circles).set({ lengthSessions }).where(eq(circles.id, circleId));
  const rhythm = { cadence: "weekly" as const, day: "tue" as const, startMinute: 19 * 60, durationMinutes: 90, timezone: "Europe/London", startsOn, lengthSessions };
  return { mentor, circleId, seekers, window: (n: number) => sessionWindow(rhythm, n) };
}

/** Moves the clock into session n and has the facilitator open it. */
async function holdSession(c: Awaited<ReturnType<typeof placedCircle>>, n: number, prompt = "How are you arriving?") {
  setClockOffset(c.window(n).startsAt.getTime() + 5 * 60_000 - Date.now());
  await actAs(c.mentor);
  await openSession({ circleId: c.circleId, prompt });
}

/** Moves the clock a day past session n's end and runs the sweep. */
async function afterSession(c: Awaited<ReturnType<typeof placedCircle>>, n: number) {
  setClockOffset(c.window(n).endsAt.getTime() + DAY - Date.now());
  return sweepCircles();
}

async function told(userIds: string[], kind: NotificationKind) {
  const rows = await db().select({ userId: notifications.userId }).from(notifications).where(and(inArray(notifications.userId, userIds), eq(notifications.kind, kind)));
  return rows.map((r) => r.userId).sort();
}

const sorted = (ids: string[]) => [...ids].sort();

describe("a small group in the needs profile", () => {
  it("is asked with what someone looks for: ticked puts them on the circle list, unticked takes them off, left out changes nothing", async () => {
    const seeker = await makeSeeker();
    await actAs(seeker);
    await saveNeedsStep("looking-for", { lookingFor: "mentor", smallGroup: "yes" });
    expect(await amILookingForCircle()).toBe(true);
    expect((await getOwnNeedsProfile()).smallGroup).toBe(true);
    await saveNeedsStep("looking-for", { lookingFor: "both" });
    expect(await amILookingForCircle()).toBe(true);
    await saveNeedsStep("looking-for", { lookingFor: "mentor", smallGroup: "" });
    expect(await amILookingForCircle()).toBe(false);
    const [row] = await db().select().from(circleSeekers).where(eq(circleSeekers.userId, seeker.id));
    expect(row!.active).toBe(false);
    // Unticking when never on the list writes nothing.
    const other = await makeSeeker();
    await actAs(other);
    await saveNeedsStep("looking-for", { lookingFor: "mentor", smallGroup: "" });
    expect(await db().select().from(circleSeekers).where(eq(circleSeekers.userId, other.id))).toHaveLength(0);
  });
});

describe("joining only between sessions and before half the length", () => {
  it("a request can't be accepted while a session is open, nor once half the sessions have gone by", async () => {
    const c = await placedCircle();
    const asker = await makeSeeker();
    const [request] = await db()
      .insert(circleJoinRequests)
      .values({ circleId: c.circleId, userId: asker.id, reasons: ["test"], createdAt: new Date() })
      .returning({ id: circleJoinRequests.id });
    await holdSession(c, 1);
    expect(String(await rejection(answerJoinRequest({ requestId: request!.id, accept: "yes" })))).toMatch(/session is going on right now/);
    await afterSession(c, 1);
    // Sessions 2–4 pass without being opened: half of eight have gone by.
    setClockOffset(c.window(4).endsAt.getTime() + DAY - Date.now());
    await actAs(c.mentor);
    const late = await rejection(answerJoinRequest({ requestId: request!.id, accept: "yes" }));
    expect(late).toBeInstanceOf(ConflictError);
    expect(String(late)).toMatch(/past its halfway point/);
    expect(await db().select().from(circleMembers).where(and(eq(circleMembers.circleId, c.circleId), eq(circleMembers.userId, asker.id)))).toHaveLength(0);
  });
});

describe("leaving well", () => {
  it("closing words are shared with the circle on its page", async () => {
    const c = await placedCircle();
    await actAs(c.seekers[3]!);
    await leaveCircle({ circleId: c.circleId, closingWords: "Thank you all, truly." });
    await actAs(c.seekers[0]!);
    const page = await getCirclePage(c.circleId);
    expect(page.farewells).toEqual([{ name: expect.any(String), words: "Thank you all, truly." }]);
    expect(page.people.map((p) => p.id)).not.toContain(c.seekers[3]!.id);
  });
});

describe("the closing session, reflections and the end", () => {
  it("the last session is the closing one; reflections open with it, are read by the circle; then the circle ends and everyone is told", async () => {
    const c = await placedCircle(2);
    const [a, b] = c.seekers.map((s) => ({ id: s.id })) as [{ id: string }, { id: string }];
    await actAs(a);
    expect(String(await rejection(writeReflection({ circleId: c.circleId, body: "Too soon" })))).toMatch(/last session/);
    await holdSession(c, 1);
    await afterSession(c, 1);
    await actAs(c.mentor);
    expect((await getCirclePage(c.circleId)).nextIsClosing).toBe(true);
    await holdSession(c, 2, "What will you take with you?");
    await actAs(a);
    const page = await getCirclePage(c.circleId);
    expect(page.closingSessionOpened).toBe(true);
    expect(page.openSession?.number).toBe(2);
    await writeReflection({ circleId: c.circleId, body: "I felt met here." });
    await writeReflection({ circleId: c.circleId, body: "I felt met here." });
    expect(await db().select().from(circleReflections).where(eq(circleReflections.circleId, c.circleId))).toHaveLength(1);
    await actAs(c.mentor);
    await writeReflection({ circleId: c.circleId, body: "Thank you for trusting each other." });
    await actAs(b);
    expect((await getCirclePage(c.circleId)).reflections.map((r) => r.body)).toEqual(["I felt met here.", "Thank you for trusting each other."]);
    const outsider = await makeSeeker();
    await actAs(outsider);
    expect(await rejection(writeReflection({ circleId: c.circleId, body: "Sneaking in" }))).toBeInstanceOf(NotFoundError);

    const swept = await afterSession(c, 2);
    expect(swept.ended).toBe(1);
    expect((await sweepCircles()).ended).toBe(0);
    const [row] = await db().select().from(circles).where(eq(circles.id, c.circleId));
    expect(row!.status).toBe("ended");
    expect(row!.endReason).toBe("completed");
    expect(await told([c.mentor.id, ...c.seekers.map((s) => s.id)], "circle-ended")).toEqual(sorted([c.mentor.id, ...c.seekers.map((s) => s.id)]));
    // Members can still read the reflections afterwards.
    await actAs(a);
    const after = await getCirclePage(c.circleId);
    expect(after.status).toBe("ended");
    expect(after.reflections).toHaveLength(2);
  });
});

describe("a circle whose last session was never opened", () => {
  it("still ends once that session's time has passed, and everyone is told", async () => {
    const c = await placedCircle(2);
    await holdSession(c, 1);
    await afterSession(c, 1);
    const early = await sweepCircles();
    expect(early.ended).toBe(0);
    expect((await afterSession(c, 2)).ended).toBe(1);
    const [row] = await db().select().from(circles).where(eq(circles.id, c.circleId));
    expect(row!.status).toBe("ended");
    expect(await told([c.mentor.id], "circle-ended")).toEqual([c.mentor.id]);
  });
});

describe("renewal", () => {
  it("near the end the facilitator proposes; a majority of members' yes before the last session closes extends it, and everyone is told", async () => {
    const c = await placedCircle(4);
    const [a, b, d, e] = c.seekers.map((s) => ({ id: s.id })) as [{ id: string }, { id: string }, { id: string }, { id: string }];
    await actAs(c.mentor);
    expect(String(await rejection(proposeRenewal({ circleId: c.circleId, extraSessions: 4 })))).toMatch(/meeting|sessions are left/);
    await holdSession(c, 1);
    await afterSession(c, 1);
    await holdSession(c, 2);
    await afterSession(c, 2);
    await actAs(c.mentor);
    const first = await proposeRenewal({ circleId: c.circleId, extraSessions: 4 });
    expect(first.created).toBe(true);
    // Proposing twice is once.
    expect(await proposeRenewal({ circleId: c.circleId, extraSessions: 4 })).toEqual({ id: first.id, created: false });
    expect(await told(c.seekers.map((s) => s.id), "circle-renewal-proposed")).toEqual(sorted(c.seekers.map((s) => s.id)));
    // A member can't propose, an outsider can't propose or answer: not found.
    await actAs(a);
    expect(await rejection(proposeRenewal({ circleId: c.circleId, extraSessions: 2 }))).toBeInstanceOf(NotFoundError);
    await actAs(await makeSeeker());
    expect(await rejection(proposeRenewal({ circleId: c.circleId, extraSessions: 2 }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(answerRenewal({ circleId: c.circleId, agree: "yes" }))).toBeInstanceOf(NotFoundError);

    await actAs(a);
    expect(await answerRenewal({ circleId: c.circleId, agree: "yes" })).toEqual({ status: "open" });
    expect(await answerRenewal({ circleId: c.circleId, agree: "yes" })).toEqual({ status: "open" });
    await actAs(b);
    expect(await answerRenewal({ circleId: c.circleId, agree: "yes" })).toEqual({ status: "open" });
    await actAs(d);
    expect(await answerRenewal({ circleId: c.circleId, agree: "yes" })).toEqual({ status: "agreed" });
    // The same answer again (a double submit) changes nothing.
    expect(await answerRenewal({ circleId: c.circleId, agree: "yes" })).toEqual({ status: "agreed" });
    await actAs(e);
    expect(await rejection(answerRenewal({ circleId: c.circleId, agree: "no" }))).toBeInstanceOf(ConflictError);
    const [row] = await db().select().from(circles).where(eq(circles.id, c.circleId));
    expect(row!.lengthSessions).toBe(8);
    const everyone = [c.mentor.id, ...c.seekers.map((s) => s.id)];
    expect(await told(everyone, "circle-renewal-decided")).toEqual(sorted(everyone));
  });

  it("without a majority the renewal is declined (or lapses when the last session closes) and the circle ends as planned", async () => {
    const c = await placedCircle(2);
    const [a, b] = c.seekers.map((s) => ({ id: s.id })) as [{ id: string }, { id: string }];
    await holdSession(c, 1);
    await afterSession(c, 1);
    await actAs(c.mentor);
    await proposeRenewal({ circleId: c.circleId, extraSessions: 2 });
    await actAs(a);
    expect(await answerRenewal({ circleId: c.circleId, agree: "no" })).toEqual({ status: "open" });
    await actAs(b);
    // Two of four said no: a majority of yes can no longer be reached.
    expect(await answerRenewal({ circleId: c.circleId, agree: "no" })).toEqual({ status: "declined" });
    const [declined] = await db().select().from(circleRenewals).where(eq(circleRenewals.circleId, c.circleId));
    expect(declined!.status).toBe("declined");

    const other = await placedCircle(2);
    await holdSession(other, 1);
    await afterSession(other, 1);
    await actAs(other.mentor);
    await proposeRenewal({ circleId: other.circleId, extraSessions: 2 });
    await holdSession(other, 2);
    await afterSession(other, 2);
    const [lapsed] = await db().select().from(circleRenewals).where(eq(circleRenewals.circleId, other.circleId));
    expect(lapsed!.status).toBe("lapsed");
    const [row] = await db().select().from(circles).where(eq(circles.id, other.circleId));
    expect(row!.status).toBe("ended");
    expect(row!.lengthSessions).toBe(2);
  }, 120_000);
});

describe("when the facilitator can't carry on", () => {
  it("stepping back: members are told without blame, moderators get an item with a due time, and can assign a trained mentor with room (audited)", async () => {
    const c = await placedCircle();
    const spare = await trainedMentor(5);
    const untrained = await makeMentor({ capacity: 5 });
    // Only the facilitator can step back; anyone else is told it doesn't exist.
    await actAs(c.seekers[0]!);
    expect(await rejection(stepBackAsFacilitator({ circleId: c.circleId }))).toBeInstanceOf(NotFoundError);
    await actAs(await makeSeeker());
    expect(await rejection(stepBackAsFacilitator({ circleId: c.circleId }))).toBeInstanceOf(NotFoundError);

    await actAs(c.mentor);
    expect(await stepBackAsFacilitator({ circleId: c.circleId, words: "I'm so sorry to go; you are a lovely group." })).toEqual({ alreadyAway: false });
    expect(await stepBackAsFacilitator({ circleId: c.circleId })).toEqual({ alreadyAway: true });
    const [row] = await db().select().from(circles).where(eq(circles.id, c.circleId));
    expect(row!.facilitatorAway).toBe(true);
    expect(row!.facilitatorAwayReason).toBe("stepped_back");
    expect(row!.facilitatorAwayDueAt!.getTime() - row!.facilitatorAwaySince!.getTime()).toBe(7 * DAY);
    expect(await told(c.seekers.map((s) => s.id), "circle-facilitator-away")).toEqual(sorted(c.seekers.map((s) => s.id)));
    const [note] = await db().select().from(notifications).where(and(eq(notifications.userId, c.seekers[0]!.id), eq(notifications.kind, "circle-facilitator-away")));
    expect(note!.body).toMatch(/nobody's doing/);
    // The one who stepped back no longer holds it.
    expect(await rejection(getCirclePage(c.circleId))).toBeInstanceOf(NotFoundError);
    await actAs(c.seekers[0]!);
    const page = await getCirclePage(c.circleId);
    expect(page.facilitatorAway).toBe(true);
    expect(page.awayWords).toBe("I'm so sorry to go; you are a lovely group.");

    // Nobody but staff sees or acts on the item.
    expect(navigationDigest(await rejection(circlesNeedingFacilitator()))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(navigationDigest(await rejection(assignFacilitator({ circleId: c.circleId, mentorId: spare.id })))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");

    await actAs(await makeUser({ roles: ["moderator"] }));
    const queue = await moderationQueue();
    const item = queue.circlesNeedingFacilitator.find((i) => i.id === c.circleId)!;
    expect(item.reason).toBe("stepped_back");
    expect(item.members).toBe(4);
    expect(item.candidates.map((m) => m.id)).toContain(spare.id);
    expect(item.candidates.map((m) => m.id)).not.toContain(untrained.id);
    expect(item.candidates.map((m) => m.id)).not.toContain(c.mentor.id);
    expect(String(await rejection(assignFacilitator({ circleId: c.circleId, mentorId: untrained.id })))).toMatch(/can't take this circle/);

    expect((await assignFacilitator({ circleId: c.circleId, mentorId: spare.id })).already).toBe(false);
    expect((await assignFacilitator({ circleId: c.circleId, mentorId: spare.id })).already).toBe(true);
    const [after] = await db().select().from(circles).where(eq(circles.id, c.circleId));
    expect(after!.facilitatorId).toBe(spare.id);
    expect(after!.facilitatorAway).toBe(false);
    const audits = await auditEntries(and(eq(auditLog.action, "circle.facilitator_assign"), eq(auditLog.targetUserId, spare.id)));
    expect(audits).toHaveLength(1);
    expect(await told([spare.id], "circle-facilitator-assigned")).toEqual([spare.id]);
    expect(await told(c.seekers.map((s) => s.id), "circle-new-facilitator")).toEqual(sorted(c.seekers.map((s) => s.id)));
    expect((await moderationQueue()).circlesNeedingFacilitator.map((i) => i.id)).not.toContain(c.circleId);
    await actAs(spare);
    expect((await getCirclePage(c.circleId)).role).toBe("facilitator");
  });

  it("a suspended facilitator's circle waits for another; if nobody is assigned by the due time it closes kindly and its members wait for a group again", async () => {
    const c = await placedCircle();
    await actAs(await makeUser({ roles: ["moderator"] }));
    await actOnPerson({ userId: c.mentor.id, action: "suspend", reason: "Testing a suspension of a facilitator." });
    const [row] = await db().select().from(circles).where(eq(circles.id, c.circleId));
    expect(row!.facilitatorAway).toBe(true);
    expect(row!.facilitatorAwayReason).toBe("suspended");
    expect(await told(c.seekers.map((s) => s.id), "circle-facilitator-away")).toEqual(sorted(c.seekers.map((s) => s.id)));
    expect((await moderationQueue()).circlesNeedingFacilitator.map((i) => i.id)).toContain(c.circleId);

    // Before the due time nothing closes.
    setClockOffset(6 * DAY);
    expect((await sweepCircles()).closedWithoutFacilitator).toBe(0);
    setClockOffset(7 * DAY + 60_000);
    expect((await sweepCircles()).closedWithoutFacilitator).toBe(1);
    expect((await sweepCircles()).closedWithoutFacilitator).toBe(0);
    const [closed] = await db().select().from(circles).where(eq(circles.id, c.circleId));
    expect(closed!.status).toBe("ended");
    expect(closed!.endReason).toBe("no_facilitator");
    const seats = await db().select().from(circleMembers).where(eq(circleMembers.circleId, c.circleId));
    expect(seats.every((s) => s.leftReason === "closed")).toBe(true);
    const waiting = await db().select().from(circleSeekers).where(inArray(circleSeekers.userId, c.seekers.map((s) => s.id)));
    expect(waiting.filter((w) => w.active)).toHaveLength(4);
    // Their circle ended early through nobody's doing in it: the next round looks for them first.
    expect(waiting.filter((w) => w.priority)).toHaveLength(4);
    expect(await told(c.seekers.map((s) => s.id), "circle-closed")).toEqual(sorted(c.seekers.map((s) => s.id)));
    expect((await moderationQueue()).circlesNeedingFacilitator.map((i) => i.id)).not.toContain(c.circleId);
  });
});

describe("download my data", () => {
  it("holds the person's seats, record, own circle messages opened, closing words and reflections — never others' words", async () => {
    const c = await placedCircle(2);
    const [me, other] = c.seekers.map((s) => ({ id: s.id })) as [{ id: string }, { id: string }];
    await holdSession(c, 1);
    await actAs(other);
    await sendCircleMessage({ circleId: c.circleId, body: "Someone else's words", clientKey: randomUUID() });
    await actAs(me);
    await sendCircleMessage({ circleId: c.circleId, body: "My own words tonight", clientKey: randomUUID() });
    await afterSession(c, 1);
    await holdSession(c, 2);
    await actAs(me);
    await writeReflection({ circleId: c.circleId, body: "My closing reflection" });
    await leaveCircle({ circleId: c.circleId, closingWords: "Goodbye, with thanks" });
    const data = await exportMyData();
    const text = JSON.stringify(data.circles);
    expect(data.circles.yourMessages.map((m) => m.body)).toEqual(["My own words tonight"]);
    expect(text).not.toContain("Someone else's words");
    expect(data.circles.seats[0]!.yourClosingWords).toBe("Goodbye, with thanks");
    expect(data.circles.closingReflections.map((r) => r.reflection)).toEqual(["My closing reflection"]);
    expect(data.circles.sessions).toEqual([expect.objectContaining({ session: 1, status: "there" })]);
    expect(data.circles.waitingForAGroup).toMatchObject({ active: false });
    await actAs(c.mentor);
    const held = await exportMyData();
    expect(held.circles.circlesYouHold.map((h) => h.lengthSessions)).toEqual([2]);
    expect(held.circles.facilitationModule?.passedAt).toBeTruthy();
  });
});

describe("program health", () => {
  it("counts the circle figures week by week: placed, sessions held, share there, time from a miss to a word", async () => {
    const c = await placedCircle();
    await holdSession(c, 1);
    for (const who of c.seekers.slice(0, 3)) {
      await actAs(who);
      await sendCircleMessage({ circleId: c.circleId, body: "Here tonight.", clientKey: randomUUID() });
    }
    await afterSession(c, 1);
    await actAs(c.mentor);
    await reachOut({ circleId: c.circleId, memberId: c.seekers[3]!.id, sessionNumber: 1, words: "We missed you — no need to explain." });
    await actAs(c.seekers[0]!);
    expect(navigationDigest(await rejection(getCircleHealth()))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    await actAs(await makeUser({ roles: ["moderator"] }));
    const health = await getCircleHealth();
    expect(health.weeks).toHaveLength(12);
    expect(health.weekly).toHaveLength(12);
    const start = c.window(1).startsAt.getTime();
    const i = health.weeks.findIndex((w, k) => w.getTime() <= start && (k === 11 || health.weeks[k + 1]!.getTime() > start));
    expect(i).toBeGreaterThanOrEqual(0);
    const week = health.weekly[i]!;
    expect(week.sessionsHeld).toBeGreaterThanOrEqual(1);
    expect(week.there).toBeGreaterThanOrEqual(3);
    expect(week.missed).toBeGreaterThanOrEqual(1);
    expect(week.reached).toBeGreaterThanOrEqual(1);
    expect(week.missToWordMedianHours).toBeGreaterThan(0);
    expect(health.weekly.reduce((n, w) => n + w.placed, 0)).toBeGreaterThanOrEqual(4);
  });
});
