import { randomUUID } from "node:crypto";
import { circleTrainingQuestions, sessionWindow, type CircleRhythm } from "@/lib/circles";
import { contexts, seal } from "@/lib/privacy/encryption";
import { assessRisk, RISK_DETECTOR_VERSION } from "@/lib/safety/assess-risk";
import type { Database } from "./client";
import { circleAttendance, circleFacilitators, circleMembers, circleMessages, circleSeekers, circleSessions, circles } from "./schema";

const DAY = 86_400_000;

/**
 * Demo circles, only into an empty table: an active circle held by the demo
 * mentor with the demo seeker in it and three sessions behind it (kept,
 * missed with a word afterwards, excused), a circle still waiting to fill,
 * and people waiting for a group so a circle round has someone to place.
 */
export async function seedDemoCircles(
  db: Database,
  input: { facilitatorId: string; secondFacilitatorId: string | null; memberIds: string[]; waitingIds: string[]; topicId: (slug: string) => string; timezone: string },
) {
  if ((await db.$count(circles)) > 0) return;
  const now = Date.now();
  const answers = Object.fromEntries(circleTrainingQuestions.map((q) => [q.id, q.options.find((o) => o.correct)!.id]));
  const trained = [input.facilitatorId, ...(input.secondFacilitatorId ? [input.secondFacilitatorId] : [])];
  await db.insert(circleFacilitators).values(trained.map((userId) => ({ userId, answers, passedAt: new Date(now - 40 * DAY) }))).onConflictDoNothing();

  const startsOn = new Date(now - 22 * DAY).toISOString().slice(0, 10);
  const rhythm: CircleRhythm = { cadence: "weekly", day: "tue", startMinute: 19 * 60, durationMinutes: 90, timezone: input.timezone, startsOn, lengthSessions: 8 };
  const [active] = await db
    .insert(circles)
    .values({
      facilitatorId: input.facilitatorId,
      title: "Tuesday evenings: after a loss",
      focusTopicIds: [input.topicId("grief"), input.topicId("loneliness")],
      language: "en",
      targetSize: 5,
      maxSize: 6,
      cadence: "weekly",
      day: "tue",
      startMinute: 19 * 60,
      durationMinutes: 90,
      timezone: input.timezone,
      startsOn,
      lengthSessions: 8,
      status: "active",
    })
    .returning({ id: circles.id });
  const circleId = active!.id;
  const members = input.memberIds.slice(0, 5);
  await db.insert(circleMembers).values(
    members.map((userId, i) => ({ circleId, userId, seat: i + 1, placementReasons: ["The circle is about grief and loss, which you asked for support with."], joinedAt: new Date(now - 25 * DAY) })),
  );
  const sealed = (text: string) => seal(text, contexts.circleMessage(circleId));
  const prompts = ["How are you arriving this week?", "What is one small thing that helped lately?", "What would you like the circle to know about you?"];
  // Session 1: everyone there. Session 2: the last member missed (and was reached). Session 3: one excused, one missed.
  const plan: ("there" | "missed" | "excused")[][] = [
    members.map(() => "there"),
    members.map((_, i) => (i === members.length - 1 ? "missed" : "there")),
    members.map((_, i) => (i === 1 ? "excused" : i === members.length - 1 ? "missed" : "there")),
  ];
  for (let n = 1; n <= 3; n++) {
    const window = sessionWindow(rhythm, n);
    if (window.endsAt.getTime() > now) break;
    const prompt = sealed(prompts[n - 1]!);
    await db.insert(circleSessions).values({
      circleId,
      number: n,
      startsAt: window.startsAt,
      endsAt: window.endsAt,
      prompt: prompt.ciphertext,
      promptKeyId: prompt.keyId,
      status: "closed",
      openedAt: window.startsAt,
      closedAt: new Date(window.endsAt.getTime() + DAY / 2),
    });
    const marks = plan[n - 1]!;
    await db.insert(circleAttendance).values(
      members.map((userId, i) => ({
        circleId,
        sessionNumber: n,
        userId,
        status: marks[i]!,
        markedAt: window.startsAt,
        facilitatorPromptedAt: marks[i] === "missed" ? new Date(window.endsAt.getTime() + DAY / 2) : null,
        reachedOutAt: marks[i] === "missed" && n === 2 ? new Date(window.endsAt.getTime() + DAY) : null,
      })),
    );
    const lines = ["Arriving tired but glad to be here.", "Same here — this week was heavy.", "Thank you for making room for this."];
    for (let i = 0; i < members.length && i < lines.length; i++) {
      if (marks[i] !== "there") continue;
      const body = sealed(lines[i]!);
      // The detector's answer is stored as sending stores it, so the demo thread is not assessed on every read.
      const risk = assessRisk(lines[i]!);
      const riskCategory = risk.level === "none" ? "none" : ((risk as { category?: string }).category ?? "distress");
      await db.insert(circleMessages).values({
        circleId,
        authorId: members[i]!,
        body: body.ciphertext,
        keyId: body.keyId,
        clientKey: randomUUID(),
        sessionNumber: n,
        createdAt: new Date(window.startsAt.getTime() + (10 + i) * 60_000),
        riskLevel: risk.level,
        riskCategory,
        riskVersion: RISK_DETECTOR_VERSION,
      });
    }
  }

  if (input.secondFacilitatorId) {
    const [waiting] = await db
      .insert(circles)
      .values({
        facilitatorId: input.secondFacilitatorId,
        title: "Saturday mornings: new in town",
        focusTopicIds: [input.topicId("moving")],
        language: "en",
        targetSize: 5,
        maxSize: 6,
        cadence: "fortnightly",
        day: "sat",
        startMinute: 10 * 60,
        durationMinutes: 60,
        timezone: input.timezone,
        startsOn: new Date(now + 10 * DAY).toISOString().slice(0, 10),
        lengthSessions: 6,
      })
      .returning({ id: circles.id });
    await db.insert(circleMembers).values(
      input.memberIds.slice(5, 7).map((userId, i) => ({ circleId: waiting!.id, userId, seat: i + 1, placementReasons: ["You asked to join and the facilitator said yes."], joinedAt: new Date(now - 3 * DAY) })),
    );
  }
  await db
    .insert(circleSeekers)
    .values(input.waitingIds.map((userId, i) => ({ userId, waitingSince: new Date(now - (i + 1) * DAY) })))
    .onConflictDoNothing();
}
