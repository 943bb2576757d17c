import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { blocks, checkIns, type CheckInStatus, mentorProfiles, relationships } from "@/db/schema";
import { now } from "@/lib/clock";
import { pairOf } from "@/lib/dal/matching/requests";
import { makeUser } from "./factories";

/**
 * Pairs and check-ins for the pulse, fit check, rupture and signals tests.
 * Check-in slots are written by the check-ins work (syncCheckIns); here the
 * rows are inserted directly, with the status a test needs.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A seeker and an approved mentor in an active mentorship. */
export async function mentorship(mentor?: { id: string }) {
  const seeker = await makeUser({ roles: ["seeker"] });
  const theMentor = mentor ?? (await approvedMentor());
  const [rel] = await db()
    .insert(relationships)
    .values({ kind: "mentorship", seekerId: seeker.id, partnerId: theMentor.id, ...pairOf(seeker.id, theMentor.id), startedAt: now() })
    .returning({ id: relationships.id });
  return { relationshipId: rel!.id, seeker, mentor: theMentor as Awaited<ReturnType<typeof makeUser>> };
}

/** Two seekers who are peer friends. */
export async function friendship() {
  const a = await makeUser({ roles: ["seeker"] });
  const b = await makeUser({ roles: ["seeker"] });
  const [rel] = await db()
    .insert(relationships)
    .values({ kind: "friendship", seekerId: a.id, partnerId: b.id, ...pairOf(a.id, b.id), startedAt: now() })
    .returning({ id: relationships.id });
  return { relationshipId: rel!.id, a, b };
}

export async function approvedMentor() {
  const mentor = await makeUser({ roles: ["mentor"] });
  const at = new Date();
  await db().insert(mentorProfiles).values({ userId: mentor.id, status: "approved", capacity: 5, pledgedAt: at, trainingPassedAt: at, submittedAt: at });
  return mentor;
}

let slot = 0;

/**
 * A check-in slot that started `daysAgo` days ago (by the app's clock), with
 * this status. Each call gets its own start, so the slot key stays unique.
 */
export async function checkIn(relationshipId: string, status: CheckInStatus, daysAgo = 1) {
  slot += 1;
  const startsAt = new Date(now().getTime() - daysAgo * DAY - slot * 60_000);
  const [row] = await db()
    .insert(checkIns)
    .values({
      relationshipId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 5 * HOUR),
      closesAt: new Date(startsAt.getTime() + 29 * HOUR),
      status,
      settledAt: status === "scheduled" ? null : new Date(startsAt.getTime() + 5 * HOUR),
    })
    .returning({ id: checkIns.id });
  return row!.id;
}

export async function block(blockerId: string, blockedId: string) {
  await db()
    .insert(blocks)
    .values({ blockerId, blockedId, ...pairOf(blockerId, blockedId) });
}

export async function endRelationshipRow(relationshipId: string) {
  await db().update(relationships).set({ status: "ended", endedAt: now() }).where(eq(relationships.id, relationshipId));
}

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}
