import "server-only";
import { and, eq, gte, lt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { checkIns, pulses } from "@/db/schema";
import { pulseCutoff, pulseTrend, trendWindow, type PulseTrend } from "@/lib/care/pulse-trend";
import { now } from "@/lib/clock";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { pulseSchema } from "@/lib/validation/care";
import { accessActiveRelationship, accessRelationship } from "./access";
import { foldRowsOf } from "./fold-rows";
import { requireViewer } from "@/lib/dal/account/viewer";
import { getSettings } from "@/lib/dal/staff/settings";

/**
 * The pulse: after a kept check-in, the seeker of a mentorship may say,
 * privately, whether they felt understood and whether they felt judged. Once
 * per check-in (unique index). Nothing here ever returns one answer to the
 * mentor: `myPulseTrend` gives them a rounded share across everyone they
 * support, and nothing below the thresholds of lib/care/pulse-trend.
 */

export interface PulsePrompt {
  checkInId: string;
  startsAt: Date;
  /** The viewer already answered for this check-in: the page thanks them instead of asking. */
  answered: boolean;
}

/**
 * The check-in the viewer is asked about: the latest kept check-in of this
 * mentorship that ended in the last 14 days. Only the seeker of an active
 * mentorship is ever asked. An older check-in left unanswered is not brought
 * back once a newer one is kept: the question is about the last time together.
 * Read with the other folds' rows, in one statement (./fold-rows.ts).
 */
export async function pulsePrompt(relationshipId: string): Promise<PulsePrompt | null> {
  const access = await accessRelationship(relationshipId);
  if (access.status !== "active" || access.viewerSide !== "seeker" || !access.mentorId) return null;
  return (await foldRowsOf(access)).pulse;
}

/** Records the viewer's pulse for a kept check-in. A second answer for the same check-in changes nothing. */
export async function answerPulse(input: unknown): Promise<{ recorded: boolean }> {
  const { relationshipId, checkInId, feltUnderstood, feltJudged } = pulseSchema.parse(input);
  const access = await accessActiveRelationship(relationshipId);
  // Only a mentorship's seeker answers: the pulse is about how a mentor listens.
  if (access.viewerSide !== "seeker" || !access.mentorId) throw new NotFoundError("We couldn't find that check-in.");
  const at = now();
  const [checkIn] = await db()
    .select({ id: checkIns.id, endsAt: checkIns.endsAt })
    .from(checkIns)
    .where(and(eq(checkIns.id, checkInId), eq(checkIns.relationshipId, access.id), eq(checkIns.status, "kept")));
  if (!checkIn) throw new NotFoundError("We couldn't find that check-in.");
  if (checkIn.endsAt < pulseCutoff(at)) throw new ConflictError("That check-in was a while ago, so we no longer ask about it. You'll be asked after the next one.");
  const [row] = await db()
    .insert(pulses)
    .values({ checkInId: checkIn.id, relationshipId: access.id, seekerId: access.viewer.id, mentorId: access.mentorId, feltUnderstood, feltJudged, createdAt: at })
    .onConflictDoNothing({ target: [pulses.checkInId, pulses.seekerId] })
    .returning({ id: pulses.id });
  return { recorded: Boolean(row) };
}

/**
 * What the viewer, as a mentor, may know of the pulses about them: a rounded
 * share across all their mentorships over the trend window, or "not enough
 * answers yet". Only counts leave the database, never rows.
 */
export async function myPulseTrend(): Promise<PulseTrend> {
  const viewer = await requireViewer();
  const window = trendWindow(now());
  const { pulseTrendMinimum } = await getSettings();
  const [counts] = await db()
    .select({
      answers: sql<number>`count(*)::int`,
      people: sql<number>`count(distinct ${pulses.seekerId})::int`,
      understoodYes: sql<number>`(count(*) filter (where ${pulses.feltUnderstood} = 'yes'))::int`,
      notJudged: sql<number>`(count(*) filter (where not ${pulses.feltJudged}))::int`,
    })
    .from(pulses)
    .where(and(eq(pulses.mentorId, viewer.id), gte(pulses.createdAt, window.from), lt(pulses.createdAt, window.to)));
  return pulseTrend(
    { answers: Number(counts?.answers ?? 0), people: Number(counts?.people ?? 0), understoodYes: Number(counts?.understoodYes ?? 0), notJudged: Number(counts?.notJudged ?? 0) },
    window,
    pulseTrendMinimum,
  );
}
