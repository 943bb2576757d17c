import { randomUUID } from "node:crypto";
import { and, eq, inArray, ne } from "drizzle-orm";
import { expect } from "vitest";
import { db } from "@/db/client";
import { circleMembers, circleSeekers, circles, notifications } from "@/db/schema";
import { circleTrainingQuestions, sessionWindow } from "@/lib/circles";
import type { NotificationKind } from "@/lib/notifications/kinds";
import { proposeCircle, submitCircleTraining } from "@/lib/dal/circle/circles";
import { commitCircleRound, previewCircleRound } from "@/lib/dal/circle/rounds";
import { saveNeedsStep } from "@/lib/dal/profiles/needs-profiles";
import { actAs, makeUser } from "./factories";
import { makeMentor, makeSeeker, topicId } from "./profiles";

/** Circle fixtures for integration tests: a trained facilitator, a circle placed by a real round, who was told what. */

export const DAY = 24 * 3600_000;
const rightAnswers = Object.fromEntries(circleTrainingQuestions.map((q) => [q.id, q.options.find((o) => o.correct)!.id]));

/** A Tuesday at least a week ahead, as "YYYY-MM-DD". */
export function nextTuesday(): string {
  const d = new Date(Date.now() + 7 * DAY);
  while (d.getUTCDay() !== 2) d.setTime(d.getTime() + DAY);
  return d.toISOString().slice(0, 10);
}

/** An approved mentor who passed the facilitation module. Leaves the session acting as them. */
export async function trainedMentor(capacity = 4) {
  const mentor = await makeMentor({ capacity });
  await actAs(mentor);
  expect((await submitCircleTraining(rightAnswers)).passed).toBe(true);
  return mentor;
}

/** Someone who asked for "a small group" in their needs profile. */
export async function waitingSeeker(slugs = ["grief"]) {
  const seeker = await makeSeeker({}, slugs);
  await actAs(seeker);
  await saveNeedsStep("looking-for", { lookingFor: "mentor", smallGroup: "yes" });
  return seeker;
}

/**
 * A circle about grief on Tuesdays 19:00–20:30 London with four members
 * placed by a committed round. Other tests' circles and waiting people share
 * the database, so they are set aside first: the round sees only this one.
 */
export async function placedCircle(options: { startsOn?: string } = {}) {
  const mentor = await trainedMentor();
  const startsOn = options.startsOn ?? nextTuesday();
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
  await setAsideOtherCircles(circleId);
  const seekers = [];
  for (let i = 0; i < 4; i++) seekers.push(await waitingSeeker());
  await runCircleRound();
  const seated = await db().select().from(circleMembers).where(eq(circleMembers.circleId, circleId));
  expect(seated).toHaveLength(4);
  const rhythm = { cadence: "weekly" as const, day: "tue" as const, startMinute: 19 * 60, durationMinutes: 90, timezone: "Europe/London", startsOn, lengthSessions: 8 };
  return { mentor, circleId, seekers, startsOn, window: (n: number) => sessionWindow(rhythm, n) };
}

/** Ends every other live circle and takes everyone off the waiting list. */
export async function setAsideOtherCircles(circleId: string) {
  await db().update(circles).set({ status: "ended" }).where(and(inArray(circles.status, ["proposed", "open", "active"]), ne(circles.id, circleId)));
  await db().update(circleSeekers).set({ active: false });
}

/** A moderator previews and commits a circle round; returns the preview. */
export async function runCircleRound() {
  await actAs(await makeUser({ roles: ["moderator"] }));
  const preview = await previewCircleRound();
  await commitCircleRound(preview.id);
  return preview;
}

/** Which of these people have a notification of this kind, sorted. */
export async function told(userIds: string[], kind: NotificationKind) {
  const rows = await db().select({ userId: notifications.userId }).from(notifications).where(and(inArray(notifications.userId, userIds), eq(notifications.kind, kind)));
  return rows.map((r) => r.userId).sort();
}

/**
 * An active circle written straight into the tables (no training, no round):
 * a facilitator and `size` members, its first session fifteen days ago. For
 * tests about the thread and the page, not about how circles form.
 */
export async function activeCircle(size = 4) {
  const facilitator = await makeUser({ roles: ["mentor"] });
  const members = await Promise.all(Array.from({ length: size }, () => makeUser({ roles: ["seeker"] })));
  const startsOn = new Date(Date.now() - 15 * DAY).toISOString().slice(0, 10);
  const [circle] = await db()
    .insert(circles)
    .values({
      facilitatorId: facilitator.id,
      title: `Thursday evenings ${randomUUID().slice(0, 4)}`,
      language: "en",
      targetSize: 4,
      maxSize: 6,
      cadence: "weekly",
      day: "thu",
      startMinute: 19 * 60,
      durationMinutes: 90,
      timezone: "Europe/London",
      startsOn,
      lengthSessions: 8,
      status: "active",
    })
    .returning({ id: circles.id });
  const circleId = circle!.id;
  await db()
    .insert(circleMembers)
    .values(members.map((m, i) => ({ circleId, userId: m.id, seat: i + 1, joinedAt: new Date(Date.now() - 20 * DAY) })));
  return { circleId, facilitator, members };
}
