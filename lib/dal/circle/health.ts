import "server-only";
import { and, eq, gte, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { circleAttendance, circleMembers, circleSeekers, circleSessions, circles } from "@/db/schema";
import { now } from "@/lib/clock";
import { requireStaff } from "@/lib/dal/account/viewer";

/**
 * Circle figures for program health, over the last 12 weeks (counts only;
 * nobody's words are read): members placed, sessions held, the share of
 * members there, and the time from a missed session to a human word.
 */
export async function getCircleHealth() {
  await requireStaff();
  const since = new Date(now().getTime() - 84 * 86_400_000);
  const [[placed], [waiting], [running], [held], marks, reached, [missedUnreached]] = await Promise.all([
    db().select({ n: sql<number>`count(*)::int` }).from(circleMembers).where(gte(circleMembers.joinedAt, since)),
    db().select({ n: sql<number>`count(*)::int` }).from(circleSeekers).where(eq(circleSeekers.active, true)),
    db().select({ n: sql<number>`count(*)::int` }).from(circles).where(inArray(circles.status, ["open", "active"])),
    db().select({ n: sql<number>`count(*)::int` }).from(circleSessions).where(and(eq(circleSessions.status, "closed"), gte(circleSessions.startsAt, since))),
    db()
      .select({ status: circleAttendance.status, n: sql<number>`count(*)::int` })
      .from(circleAttendance)
      .innerJoin(circleSessions, and(eq(circleSessions.circleId, circleAttendance.circleId), eq(circleSessions.number, circleAttendance.sessionNumber)))
      .where(and(eq(circleSessions.status, "closed"), gte(circleSessions.startsAt, since)))
      .groupBy(circleAttendance.status),
    db()
      .select({ hours: sql<number>`extract(epoch from (${circleAttendance.reachedOutAt} - ${circleSessions.endsAt})) / 3600` })
      .from(circleAttendance)
      .innerJoin(circleSessions, and(eq(circleSessions.circleId, circleAttendance.circleId), eq(circleSessions.number, circleAttendance.sessionNumber)))
      .where(and(eq(circleAttendance.status, "missed"), isNotNull(circleAttendance.reachedOutAt), gte(circleSessions.startsAt, since))),
    db()
      .select({ n: sql<number>`count(*)::int` })
      .from(circleAttendance)
      .where(and(eq(circleAttendance.status, "missed"), isNull(circleAttendance.reachedOutAt), gte(circleAttendance.markedAt, since))),
  ]);
  const count = (status: string) => marks.find((m) => m.status === status)?.n ?? 0;
  const there = count("there");
  const expected = there + count("missed");
  const hours = reached.map((r) => Number(r.hours)).sort((a, b) => a - b);
  return {
    placed: placed?.n ?? 0,
    waiting: waiting?.n ?? 0,
    running: running?.n ?? 0,
    sessionsHeld: held?.n ?? 0,
    shareThere: expected === 0 ? null : there / expected,
    excused: count("excused"),
    missToWordMedianHours: hours.length === 0 ? null : hours[Math.floor((hours.length - 1) / 2)]!,
    reachedAfterMiss: hours.length,
    missedNotYetReached: missedUnreached?.n ?? 0,
  };
}
