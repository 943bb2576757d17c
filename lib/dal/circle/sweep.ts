import "server-only";
import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { circleAttendance, circleMembers, circleSessions, circles, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { FACILITATOR_PROMPT, MEMBER_TWO_MISSED, missedRun, SESSION_GRACE_MS, type AttendanceStatus } from "@/lib/circles";
import { notify } from "@/lib/dal/notifications/bell";
import { recordFacilitatorMisses } from "./presence";
import { endFinishedCircles } from "./ending";
import { closeCirclesWithoutFacilitator } from "./facilitation";

/**
 * The circles' part of the sweep: a plain, idempotent function (safe to run
 * twice, or on several instances at once) that
 *  1. closes each open session whose window ended more than the grace ago,
 *     marking every member with no "there"/"excused" as missed (a member who
 *     joined after the session started is not counted);
 *  2. tells the facilitator, on their bell, about each member missed without
 *     notice — once per member and session (the notification's dedupe key);
 *  3. after two misses in a row, tells the member too, kindly;
 *  4. ends circles whose last session has closed (ending.ts) and closes
 *     circles still without a facilitator at their due time (facilitation.ts).
 * A session nobody opened is never counted against anyone.
 */
export async function sweepCircles(options: { now?: Date } = {}) {
  const at = options.now ?? now();
  const due = await db()
    .select({ id: circleSessions.id, circleId: circleSessions.circleId, number: circleSessions.number, startsAt: circleSessions.startsAt })
    .from(circleSessions)
    .where(and(eq(circleSessions.status, "open"), lte(circleSessions.endsAt, new Date(at.getTime() - SESSION_GRACE_MS))));
  let closed = 0;
  let prompted = 0;
  for (const session of due) {
    await transaction(async (tx) => {
      const [locked] = await tx.select({ status: circleSessions.status }).from(circleSessions).where(eq(circleSessions.id, session.id)).for("update");
      if (locked?.status !== "open") return;
      const [circle] = await tx.select().from(circles).where(eq(circles.id, session.circleId));
      if (!circle) return;
      const members = await tx
        .select({ userId: circleMembers.userId, name: users.name })
        .from(circleMembers)
        .innerJoin(users, eq(users.id, circleMembers.userId))
        .where(and(eq(circleMembers.circleId, circle.id), isNull(circleMembers.leftAt), lte(circleMembers.joinedAt, session.startsAt)));
      if (members.length > 0) {
        await tx
          .insert(circleAttendance)
          .values(members.map((m) => ({ circleId: circle.id, sessionNumber: session.number, userId: m.userId, status: "missed" as const, markedAt: at })))
          .onConflictDoNothing();
      }
      await tx.update(circleSessions).set({ status: "closed", closedAt: at }).where(eq(circleSessions.id, session.id));
      closed++;
      const missed = await tx
        .select({ userId: circleAttendance.userId })
        .from(circleAttendance)
        .where(and(eq(circleAttendance.circleId, circle.id), eq(circleAttendance.sessionNumber, session.number), eq(circleAttendance.status, "missed"), isNull(circleAttendance.facilitatorPromptedAt)));
      for (const { userId } of missed) {
        const name = members.find((m) => m.userId === userId)?.name.split(" ")[0] ?? "A member";
        const told = await notify({
          userId: circle.facilitatorId,
          kind: "circle-member-missed",
          dedupeKey: `circle-missed:${circle.id}:${session.number}:${userId}`,
          title: FACILITATOR_PROMPT.title,
          body: FACILITATOR_PROMPT.body(name),
          href: `/circles/${circle.id}#reach-out`,
        });
        if (told) prompted++;
        await tx
          .update(circleAttendance)
          .set({ facilitatorPromptedAt: at })
          .where(and(eq(circleAttendance.circleId, circle.id), eq(circleAttendance.sessionNumber, session.number), eq(circleAttendance.userId, userId)));
        const history = await tx
          .select({ status: circleAttendance.status })
          .from(circleAttendance)
          .innerJoin(circleSessions, and(eq(circleSessions.circleId, circleAttendance.circleId), eq(circleSessions.number, circleAttendance.sessionNumber)))
          .where(and(eq(circleAttendance.circleId, circle.id), eq(circleAttendance.userId, userId), sql`${circleSessions.status} = 'closed' or ${circleSessions.id} = ${session.id}`))
          .orderBy(asc(circleAttendance.sessionNumber));
        if (missedRun(history.map((h) => h.status as AttendanceStatus)) >= 2) {
          await notify({
            userId,
            kind: "circle-missed-twice",
            dedupeKey: `circle-missed-twice:${circle.id}:${session.number}`,
            title: MEMBER_TWO_MISSED.title,
            body: MEMBER_TWO_MISSED.body,
            href: `/circles/${circle.id}`,
          });
        }
      }
    });
  }
  // A circle past its last session ends (an open renewal lapses; everyone is told).
  const ended = await endFinishedCircles(at);
  // A circle still without a facilitator at its due time closes kindly; its members wait for a group again.
  const closedWithoutFacilitator = await closeCirclesWithoutFacilitator(at);
  // Session slots that passed unopened: the facilitator was not there (two in a row reach the queue).
  await recordFacilitatorMisses(at);
  return { closed, prompted, ended, closedWithoutFacilitator };
}
