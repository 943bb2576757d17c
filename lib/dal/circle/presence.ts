import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { circleFacilitatorPresence, circleMembers, circleSessions, circles } from "@/db/schema";
import { sessionsPast, sessionWindow } from "@/lib/circles";
import { now } from "@/lib/clock";
import { rhythmOf } from "./access";

/**
 * The facilitator's presence per session (circle_facilitator_presence):
 * opening a session is being there; a session slot that passed unopened is
 * missed. Two missed in a row put the circle in the moderators' queue
 * (moderation.ts#circleQueueItems).
 */

/**
 * Records the facilitator as missed for each session slot whose window has
 * passed (with the grace) without being opened, in circles that are open or
 * active and not waiting for a new facilitator. Only slots after the circle
 * first had four members count (before that, there was nobody to meet).
 * Plain and idempotent (the primary key): part of sweepCircles().
 */
export async function recordFacilitatorMisses(at: Date): Promise<number> {
  const list = await db()
    .select()
    .from(circles)
    .where(and(inArray(circles.status, ["open", "active"]), eq(circles.facilitatorAway, false)));
  let recorded = 0;
  for (const circle of list) {
    const rhythm = rhythmOf(circle);
    const past = sessionsPast(rhythm, at);
    if (past === 0) continue;
    const [filled] = await db()
      .select({ at: circleMembers.joinedAt })
      .from(circleMembers)
      .where(eq(circleMembers.circleId, circle.id))
      .orderBy(asc(circleMembers.joinedAt))
      .offset(3)
      .limit(1);
    if (!filled) continue;
    const [opened, known] = await Promise.all([
      db().select({ number: circleSessions.number }).from(circleSessions).where(eq(circleSessions.circleId, circle.id)),
      db().select({ number: circleFacilitatorPresence.sessionNumber }).from(circleFacilitatorPresence).where(eq(circleFacilitatorPresence.circleId, circle.id)),
    ]);
    const skip = new Set([...opened, ...known].map((r) => r.number));
    const missed = [];
    for (let n = 1; n <= past; n++) {
      if (skip.has(n) || sessionWindow(rhythm, n).startsAt.getTime() < filled.at.getTime()) continue;
      missed.push({ circleId: circle.id, sessionNumber: n, status: "missed" as const, recordedAt: at });
    }
    if (missed.length) {
      const rows = await db().insert(circleFacilitatorPresence).values(missed).onConflictDoNothing().returning({ n: circleFacilitatorPresence.sessionNumber });
      recorded += rows.length;
    }
  }
  return recorded;
}

/** The facilitator opened session n: they were there. Called in openSession's transaction. */
export async function recordFacilitatorThere(circleId: string, sessionNumber: number) {
  await db()
    .insert(circleFacilitatorPresence)
    .values({ circleId, sessionNumber, status: "there", recordedAt: now() })
    .onConflictDoUpdate({ target: [circleFacilitatorPresence.circleId, circleFacilitatorPresence.sessionNumber], set: { status: "there", recordedAt: now() } });
}

