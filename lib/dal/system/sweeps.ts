import "server-only";
import { and, isNotNull, lt, or } from "drizzle-orm";
import { db } from "@/db/client";
import { authThrottle, emailTokens, signedOutSessions } from "@/db/schema";
import { now } from "@/lib/clock";
import { expireRequests } from "@/lib/dal/matching/requests";
import { announceFreedMentors } from "@/lib/dal/matching/saved";
import { deliverDueMail, sendDigests } from "@/lib/dal/notifications/delivery";
import { mailWaitingMessages } from "@/lib/dal/notifications/message-grace";
import { finishPlannedEndings } from "@/lib/dal/relationship/lifecycle";
import { runCheckInSweep } from "@/lib/dal/relationship/nudges";
import { escalateCrisisAlerts } from "@/lib/dal/safety/on-call";
import { sweepCircles } from "@/lib/dal/circle/sweep";

/**
 * The background work, one function per job (lib/jobs.ts schedules them on
 * pg-boss). Each is safe to run on several instances at once and to run
 * again: rows are taken with SKIP LOCKED or updated conditionally, and every
 * notification has a dedupe key. runSweeps() runs them all in order, for
 * tests and for anyone who wants one pass by hand.
 */

/** Crisis escalations first: nothing in the sweep is more urgent. */
export async function runUrgentWork(at = now()) {
  const crisis = await escalateCrisisAlerts({ now: at });
  const messages = await mailWaitingMessages({ now: at });
  return { crisis, messages };
}

/**
 * Everything about lives in progress that is not the check-in batches: planned
 * endings that are due, requests that lapse, saved mentors whose places came
 * free, and the circles (sessions closed, absences noticed, circles ended or
 * closed without a facilitator). The pg-boss "lifecycle" job runs exactly this.
 */
export async function runLifecycleWork(at = now()) {
  const endings = await finishPlannedEndings({ now: at });
  const lapsed = await expireRequests();
  // Places freed by endings, pauses over or raised capacity: whoever saved the mentor hears so.
  const freedSaves = await announceFreedMentors();
  const circles = await sweepCircles({ now: at });
  return { endings, lapsed, freedSaves, circles };
}

export async function runRelationshipWork(at = now()) {
  const checkIns = await runCheckInSweep({ now: at });
  return { checkIns, ...(await runLifecycleWork(at)) };
}

export async function runMailWork(at = now()) {
  const digests = await sendDigests({ now: at });
  const mail = await deliverDueMail({ now: at, limit: 200 });
  return { digests, mail };
}

/**
 * Clean-ups. Security rows follow real time, not the movable app clock: a
 * signed-out session must stay refused for as long as its token is valid,
 * and Auth.js checks that against the real clock.
 */
export async function runCleanups() {
  const real = new Date();
  const dayAgo = new Date(real.getTime() - 24 * 3_600_000);
  // The longest throttle window is an hour; a day-old row limits nothing.
  const throttle = await db().delete(authThrottle).where(lt(authThrottle.windowStartedAt, dayAgo)).returning({ key: authThrottle.key });
  const sessions = await db().delete(signedOutSessions).where(lt(signedOutSessions.expiresAt, real)).returning({ id: signedOutSessions.sessionId });
  // Used or expired a week ago: nobody will follow that link again.
  const weekAgo = new Date(real.getTime() - 7 * 24 * 3_600_000);
  const tokens = await db()
    .delete(emailTokens)
    .where(or(lt(emailTokens.expiresAt, weekAgo), and(isNotNull(emailTokens.usedAt), lt(emailTokens.usedAt, weekAgo))))
    .returning({ id: emailTokens.id });
  return { throttle: throttle.length, sessions: sessions.length, tokens: tokens.length };
}

/** Everything, in order, in this process. Tests call it directly (pg-boss never starts in tests). */
export async function runSweeps() {
  const at = now();
  await runUrgentWork(at);
  await runRelationshipWork(at);
  await runMailWork(at);
  await runCleanups();
}
