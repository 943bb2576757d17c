import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { circleAttendance, circleJoinRequests, circleMembers, circleSeekers, circles, notifications, safetyItems } from "@/db/schema";
import { setClockOffset } from "@/lib/clock";
import { circleTrainingQuestions, sessionWindow } from "@/lib/circles";
import { NotFoundError } from "@/lib/errors";
import { getCirclePage, proposeCircle, submitCircleTraining } from "@/lib/dal/circle/circles";
import { saveNeedsStep } from "@/lib/dal/profiles/needs-profiles";
import { answerJoinRequest, leaveCircle } from "@/lib/dal/circle/membership";
import { commitCircleRound, previewCircleRound } from "@/lib/dal/circle/rounds";
import { excuseAhead, openSession } from "@/lib/dal/circle/sessions";
import { sweepCircles } from "@/lib/dal/circle/sweep";
import { openCircleThread, sendCircleMessage } from "@/lib/dal/circle/thread";
import { readReportedContent } from "@/lib/dal/staff/moderator-content";
import { actAs, makeUser } from "../support/factories";
import { block, rejection } from "../support/care";
import { makeMentor, makeSeeker, topicId } from "../support/profiles";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

afterEach(() => setClockOffset(0));

const DAY = 24 * 3600_000;

/** A Tuesday at least a week ahead, as "YYYY-MM-DD". */
function nextTuesday(): string {
  const d = new Date(Date.now() + 7 * DAY);
  while (d.getUTCDay() !== 2) d.setTime(d.getTime() + DAY);
  return d.toISOString().slice(0, 10);
}

const rightAnswers = Object.fromEntries(circleTrainingQuestions.map((q) => [q.id, q.options.find((o) => o.correct)!.id]));

/** An approved, trained mentor with a proposed circle on Tuesdays 19:00–20:30 London, about grief. */
async function facilitatorWithCircle(overrides: { maxSize?: number } = {}) {
  const mentor = await makeMentor({ capacity: 4 });
  await actAs(mentor);
  const grade = await submitCircleTraining(rightAnswers);
  expect(grade.passed).toBe(true);
  const startsOn = nextTuesday();
  const { id } = await proposeCircle({
    title: `Tuesday evenings ${randomUUID().slice(0, 4)}`,
    focusTopicIds: [await topicId("grief")],
    language: "en",
    targetSize: 4,
    maxSize: overrides.maxSize ?? 5,
    cadence: "weekly",
    day: "tue",
    startTime: "19:00",
    durationMinutes: 90,
    startsOn,
    lengthSessions: 8,
  });
  return { mentor, circleId: id, startsOn };
}

async function waitingSeekers(n: number) {
  const people = [];
  for (let i = 0; i < n; i++) {
    const seeker = await makeSeeker();
    await actAs(seeker);
    // "A small group" is asked with what they look for, in the needs profile.
    await saveNeedsStep("looking-for", { lookingFor: "mentor", smallGroup: "yes" });
    people.push(seeker);
  }
  return people;
}

async function runRound() {
  const moderator = await makeUser({ roles: ["moderator"] });
  await actAs(moderator);
  const preview = await previewCircleRound();
  await commitCircleRound(preview.id);
  return preview;
}

/** A circle with four members placed by a round. */
async function placedCircle() {
  const { mentor, circleId, startsOn } = await facilitatorWithCircle();
  // Other tests' circles and seekers share the database: place only ours by closing the rest first.
  await db().update(circles).set({ status: "ended" }).where(and(eq(circles.status, "proposed")));
  await db().update(circles).set({ status: "proposed" }).where(eq(circles.id, circleId));
  const seekers = await waitingSeekers(4);
  const preview = await runRound();
  return { mentor, circleId, startsOn, seekers, preview };
}

describe("circles", () => {
  it("a round places four seekers in the facilitator's circle, each with a reason in words, and opens it", async () => {
    const { circleId, seekers, preview } = await placedCircle();
    const ours = preview.placements.filter((p) => p.circleId === circleId);
    expect(ours.map((p) => p.seekerId).sort()).toEqual(seekers.map((s) => s.id).sort());
    for (const p of ours) expect(p.reasons.join(" ")).toContain("grief");
    const [circle] = await db().select().from(circles).where(eq(circles.id, circleId));
    expect(circle!.status).toBe("open");
    await actAs(seekers[0]!);
    const page = await getCirclePage(circleId);
    expect(page.people.filter((p) => p.facilitator)).toHaveLength(1);
    expect(page.people).toHaveLength(5);
    expect(page.rhythm).toMatch(/Weekly, Tuesdays 19:00–20:30 your time/);
  });

  it("nobody outside the circle reads its page or thread, or writes in it", async () => {
    const { circleId } = await placedCircle();
    const outsider = await makeSeeker();
    await actAs(outsider);
    expect(await rejection(getCirclePage(circleId))).toBeInstanceOf(NotFoundError);
    expect(await rejection(openCircleThread(circleId))).toBeInstanceOf(NotFoundError);
    expect(await rejection(sendCircleMessage({ circleId, body: "hello", clientKey: randomUUID() }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(getCirclePage(randomUUID()))).toBeInstanceOf(NotFoundError);
  });

  it("concurrent acceptances never seat more people than the circle's most", async () => {
    const { mentor, circleId } = await facilitatorWithCircle({ maxSize: 5 });
    const askers = await Promise.all(Array.from({ length: 7 }, () => makeSeeker()));
    const requests = await db()
      .insert(circleJoinRequests)
      .values(askers.map((a) => ({ circleId, userId: a.id, reasons: ["test"], createdAt: new Date() })))
      .returning({ id: circleJoinRequests.id });
    await actAs(mentor);
    const results = await Promise.allSettled(requests.map((r) => answerJoinRequest({ requestId: r.id, accept: "yes" })));
    const seated = await db().select().from(circleMembers).where(eq(circleMembers.circleId, circleId));
    expect(seated).toHaveLength(5);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    expect(new Set(seated.map((s) => s.seat)).size).toBe(5);
  });

  it("a seat from an accepted request ends the wait for a group, so no later round seats them twice", async () => {
    const { mentor, circleId } = await facilitatorWithCircle({ maxSize: 5 });
    const asker = await makeSeeker();
    await db().insert(circleSeekers).values({ userId: asker.id, active: true, priority: true, waitingSince: new Date() }).onConflictDoUpdate({ target: circleSeekers.userId, set: { active: true, priority: true } });
    const [request] = await db().insert(circleJoinRequests).values({ circleId, userId: asker.id, reasons: ["test"], createdAt: new Date() }).returning({ id: circleJoinRequests.id });
    await actAs(mentor);
    await answerJoinRequest({ requestId: request!.id, accept: "yes" });
    const [waiting] = await db().select().from(circleSeekers).where(eq(circleSeekers.userId, asker.id));
    expect(waiting).toMatchObject({ active: false, priority: false });
  });

  it("a session held with one member absent: the others are there, the absent one is missed, the facilitator is prompted, the record is private", async () => {
    const { mentor, circleId, startsOn, seekers } = await placedCircle();
    const [a, b, c, absent] = seekers.map((s) => ({ id: s.id })) as [{ id: string }, { id: string }, { id: string }, { id: string }];
    const first = sessionWindow({ cadence: "weekly", day: "tue", startMinute: 19 * 60, durationMinutes: 90, timezone: "Europe/London", startsOn, lengthSessions: 8 }, 1);
    setClockOffset(first.startsAt.getTime() + 5 * 60_000 - Date.now());
    await actAs(mentor);
    await openSession({ circleId, prompt: "What carried you this week?" });
    for (const who of [a, b, c]) {
      await actAs(who);
      await sendCircleMessage({ circleId, body: "Here tonight, glad to see you all.", clientKey: randomUUID() });
    }
    // The next day, after the grace: the sweep closes the session.
    setClockOffset(first.endsAt.getTime() + DAY - Date.now());
    const swept = await sweepCircles();
    expect(swept.closed).toBe(1);
    expect(await sweepCircles()).toMatchObject({ closed: 0, prompted: 0 });
    const marks = await db().select().from(circleAttendance).where(eq(circleAttendance.circleId, circleId));
    expect(marks.filter((m) => m.status === "there").map((m) => m.userId).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(marks.filter((m) => m.status === "missed").map((m) => m.userId)).toEqual([absent.id]);
    const prompts = await db().select().from(notifications).where(and(eq(notifications.userId, mentor.id), eq(notifications.kind, "circle-member-missed")));
    expect(prompts).toHaveLength(1);
    await actAs(absent);
    const mine = await getCirclePage(circleId);
    expect(mine.records).toEqual([{ userId: absent.id, name: expect.any(String), text: "there for 0 of 1" }]);
    await actAs(a);
    const theirs = await getCirclePage(circleId);
    expect(theirs.records.map((r) => r.userId)).toEqual([a.id]);
    expect(theirs.records[0]!.text).toBe("there for 1 of 1");
    await actAs(mentor);
    const facilitatorView = await getCirclePage(circleId);
    expect(facilitatorView.records).toHaveLength(4);
    expect(facilitatorView.toReach.map((r) => r.userId)).toEqual([absent.id]);
    expect(facilitatorView.toReach[0]!.openings.length).toBeGreaterThanOrEqual(2);
  });

  it("saying ahead makes a session excused, not missed", async () => {
    const { circleId, startsOn, seekers } = await placedCircle();
    await actAs(seekers[0]!);
    await excuseAhead({ circleId, sessionNumber: 2 });
    const second = sessionWindow({ cadence: "weekly", day: "tue", startMinute: 19 * 60, durationMinutes: 90, timezone: "Europe/London", startsOn, lengthSessions: 8 }, 2);
    expect(second.startsAt.getTime()).toBeGreaterThan(Date.now());
    const [mark] = await db().select().from(circleAttendance).where(and(eq(circleAttendance.circleId, circleId), eq(circleAttendance.userId, seekers[0]!.id)));
    expect(mark!.status).toBe("excused");
  });

  it("crisis words are delivered as written, reach moderators and the facilitator", async () => {
    const { mentor, circleId, seekers } = await placedCircle();
    await actAs(seekers[1]!);
    const sent = await sendCircleMessage({ circleId, body: "I want to kill myself tonight", clientKey: randomUUID() });
    expect(sent.body).toBe("I want to kill myself tonight");
    expect(sent.risk).toBe("crisis");
    const [item] = await db().select().from(safetyItems).where(eq(safetyItems.targetId, sent.id));
    expect(item!.targetKind).toBe("circle_message");
    const guidance = await db().select().from(notifications).where(and(eq(notifications.userId, mentor.id), eq(notifications.kind, "circle-crisis-guidance")));
    expect(guidance).toHaveLength(1);
    // Other members read the words, without the author's care notes.
    await actAs(seekers[2]!);
    const thread = await openCircleThread(circleId);
    const seen = thread.messages.find((m) => m.id === sent.id)!;
    expect(seen.body).toBe("I want to kill myself tonight");
    expect(seen.risk).toBe("none");
    // Moderators open it from the queue, with the messages around it.
    await actAs(await makeUser({ roles: ["moderator"] }));
    const content = await readReportedContent("safety_item", item!.id);
    expect(content.kind).toBe("circle_message");
    if (content.kind === "circle_message") expect(content.lines.find((l) => l.focus)?.text).toBe("I want to kill myself tonight");
  });

  it("leaving frees the seat and closes the door; a block hides the two from each other's messages", async () => {
    const { circleId, seekers } = await placedCircle();
    const [a, b, leaver] = seekers.map((s) => ({ id: s.id })) as [{ id: string }, { id: string }, { id: string }];
    await actAs(b);
    await sendCircleMessage({ circleId, body: "Hello from b", clientKey: randomUUID() });
    await block(a.id, b.id);
    await actAs(a);
    expect((await openCircleThread(circleId)).messages.map((m) => m.body)).not.toContain("Hello from b");
    await actAs(leaver);
    await leaveCircle({ circleId, closingWords: "Thank you all." });
    expect(await rejection(getCirclePage(circleId))).toBeInstanceOf(NotFoundError);
    const [row] = await db().select().from(circleMembers).where(and(eq(circleMembers.circleId, circleId), eq(circleMembers.userId, leaver.id)));
    expect(row!.leftReason).toBe("left");
    expect(row!.closingWords).not.toContain("Thank you");
  });

  it("a circle takes two of its facilitator's places: a mentor with capacity 3 holds one circle, not two", async () => {
    const mentor = await makeMentor({ capacity: 3 });
    await actAs(mentor);
    await submitCircleTraining(rightAnswers);
    const input = {
      title: "Saturday mornings",
      focusTopicIds: [await topicId("grief")],
      language: "en",
      targetSize: 4,
      maxSize: 6,
      cadence: "fortnightly",
      day: "sat",
      startTime: "10:00",
      durationMinutes: 60,
      startsOn: nextTuesday(),
      lengthSessions: 8,
    };
    await proposeCircle(input);
    expect(String(await rejection(proposeCircle(input)))).toMatch(/takes 2 of your places/);
  });

  it("proposing needs the facilitation module first", async () => {
    const mentor = await makeMentor({ capacity: 5 });
    await actAs(mentor);
    const wrong = { ...rightAnswers, "crisis-in-group": "move-on" };
    expect((await submitCircleTraining(wrong)).passed).toBe(false);
    const error = await rejection(
      proposeCircle({ title: "Try", focusTopicIds: [await topicId("grief")], language: "en", targetSize: 4, maxSize: 4, cadence: "weekly", day: "mon", startTime: "18:00", durationMinutes: 60, startsOn: nextTuesday(), lengthSessions: 6 }),
    );
    expect(String(error)).toMatch(/facilitation module/);
  });
});
