import "server-only";
import { and, eq, gte, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { circleAttendance, circleMembers, circleSeekers, circleSessions, circles } from "@/db/schema";
import { now } from "@/lib/clock";
import { requireStaff } from "@/lib/dal/account/viewer";
import { HEALTH_CACHE_MS, HEALTH_WEEKS, healthWindow } from "@/lib/dal/staff/program-health";
import { sharedValue } from "@/lib/dal/system/shared-value";
import type { CircleHealthWeek } from "@/lib/health/figures";


/**
 * The same figures week by week over the program-health window (12 weeks,
 * Monday to Monday UTC), for the charts: one grouped query per figure, the
 * week found from the timestamp, never a query per week.
 */
async function circleHealthWeeks(): Promise<{ weeks: Date[]; series: CircleHealthWeek[] }> {
  const w = healthWindow();
  const start = w.start;
  const end = new Date(start.getTime() + HEALTH_WEEKS * 7 * 86_400_000);
  const weekOf = (column: unknown) => sql<number>`floor(extract(epoch from (${column} - ${start.toISOString()}::timestamptz)) / 604800)::int`;
  const inWindow = (column: Parameters<typeof gte>[0]) => and(gte(column, start), sql`${column} < ${end.toISOString()}::timestamptz`);
  const [placed, held, marks, reached] = await Promise.all([
    db().select({ i: weekOf(circleMembers.joinedAt), n: sql<number>`count(*)::int` }).from(circleMembers).where(inWindow(circleMembers.joinedAt)).groupBy(sql`1`),
    db()
      .select({ i: weekOf(circleSessions.startsAt), n: sql<number>`count(*)::int` })
      .from(circleSessions)
      .where(and(eq(circleSessions.status, "closed"), inWindow(circleSessions.startsAt)))
      .groupBy(sql`1`),
    db()
      .select({
        i: weekOf(circleSessions.startsAt),
        there: sql<number>`count(*) filter (where ${circleAttendance.status} = 'there')::int`,
        missed: sql<number>`count(*) filter (where ${circleAttendance.status} = 'missed')::int`,
      })
      .from(circleAttendance)
      .innerJoin(circleSessions, and(eq(circleSessions.circleId, circleAttendance.circleId), eq(circleSessions.number, circleAttendance.sessionNumber)))
      .where(and(eq(circleSessions.status, "closed"), inWindow(circleSessions.startsAt)))
      .groupBy(sql`1`),
    db()
      .select({
        i: weekOf(circleSessions.startsAt),
        n: sql<number>`count(*)::int`,
        median: sql<number>`percentile_cont(0.5) within group (order by extract(epoch from (${circleAttendance.reachedOutAt} - ${circleSessions.endsAt})) / 3600)`,
      })
      .from(circleAttendance)
      .innerJoin(circleSessions, and(eq(circleSessions.circleId, circleAttendance.circleId), eq(circleSessions.number, circleAttendance.sessionNumber)))
      .where(and(eq(circleAttendance.status, "missed"), isNotNull(circleAttendance.reachedOutAt), inWindow(circleSessions.startsAt)))
      .groupBy(sql`1`),
  ]);
  const at = <T extends { i: number }>(rows: T[], i: number) => rows.find((r) => Number(r.i) === i);
  const series = w.weeks.map((_, i): CircleHealthWeek => {
    const m = at(marks, i);
    const there = Number(m?.there ?? 0);
    const missed = Number(m?.missed ?? 0);
    const r = at(reached, i);
    return {
      placed: Number(at(placed, i)?.n ?? 0),
      sessionsHeld: Number(at(held, i)?.n ?? 0),
      there,
      missed,
      shareThere: there + missed === 0 ? null : there / (there + missed),
      missToWordMedianHours: r ? Math.round(Number(r.median) * 10) / 10 : null,
      reached: Number(r?.n ?? 0),
    };
  });
  return { weeks: w.weeks, series };
}

/**
 * Circle figures for program health, over the last 12 weeks (counts only;
 * nobody's words are read): members placed, sessions held, the share of
 * members there, and the time from a missed session to a human word.
 */
export async function getCircleHealth(): Promise<CircleHealth> {
  await requireStaff();
  // Program health's figures, reused by one instance like the rest of that page (lib/dal/staff/program-health.ts).
  if (process.env.NODE_ENV !== "production") return readCircleHealth();
  return sharedCircleHealth.get(healthWindow().start.toISOString(), readCircleHealth);
}

export type CircleHealth = Awaited<ReturnType<typeof readCircleHealth>>;
const sharedCircleHealth = sharedValue<CircleHealth>("circle-health", { freshMs: HEALTH_CACHE_MS, staleMs: 10 * 60_000 });

async function readCircleHealth() {
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
  const weekly = await circleHealthWeeks();
  return {
    weeks: weekly.weeks,
    weekly: weekly.series,
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
