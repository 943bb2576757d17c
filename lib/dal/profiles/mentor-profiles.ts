import "server-only";
import { eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { z } from "zod";
import { db, transaction } from "@/db/client";
import { type MentorStatus, mentorProfiles } from "@/db/schema";
import { now } from "@/lib/clock";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { localDate, pauseInForce, pauseWindow } from "@/lib/mentoring/pause";
import { capacitySchema, pauseSchema } from "@/lib/validation/mentor-application";
import { activeMentorshipCount } from "@/lib/dal/matching/requests";
import { invalidateMentorPool } from "@/lib/dal/matching/mentor-pool";
import { requireViewer, type Viewer } from "@/lib/dal/account/viewer";
import { type CircleCoveredByPause, circlesCoveredByPause, circlesWaitingForMe, facilitatorPaused } from "@/lib/dal/circle/facilitation";

/**
 * A mentor's standing: the status summary the dashboard shows and an
 * approved mentor's own settings (pause, capacity). Who may be matched is
 * decided from the pool matching loads (lib/dal/matching/pool.ts). The application itself is in
 * mentor-application.ts; moderators' review in mentor-review.ts.
 */

/** People with the mentor role. Everyone else gets a 404: /volunteer does not exist for them. */
export async function requireMentor(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!viewer.roles.includes("mentor")) notFound();
  return viewer;
}

export interface MentorStatusSummary {
  status: "none" | MentorStatus;
  /** The application step to resume at. */
  step: number;
  /** The return date of a mentor who is paused now ("YYYY-MM-DD"); null when not paused, or when that day has come. */
  pausedUntil: string | null;
  /** The moderator's words to the applicant with their decision (the reason for a decline, a note with an approval). */
  decisionReason: string | null;
}

/** The viewer's own mentor standing, for the dashboard and /volunteer. "none" before they start an application. */
export async function getMentorStatus(): Promise<MentorStatusSummary> {
  const viewer = await requireViewer();
  const [row] = await db()
    .select({
      status: mentorProfiles.status,
      step: mentorProfiles.step,
      pausedUntil: mentorProfiles.pausedUntil,
      timezone: mentorProfiles.timezone,
      decisionReason: mentorProfiles.decisionReason,
    })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.userId, viewer.id));
  if (!row) return { status: "none", step: 1, pausedUntil: null, decisionReason: null };
  return { status: row.status, step: row.step, pausedUntil: pauseInForce(row.pausedUntil, row.timezone, now()) ? row.pausedUntil : null, decisionReason: row.decisionReason };
}

/** How many people this mentor supports right now: their active mentorships. */
export async function activeRelationshipCount(userId: string): Promise<number> {
  return activeMentorshipCount(userId);
}

/** An approved mentor's settings, for /volunteer. */
export async function getMentorSettings() {
  const viewer = await requireMentor();
  const [row] = await db()
    .select({
      status: mentorProfiles.status,
      capacity: mentorProfiles.capacity,
      timezone: mentorProfiles.timezone,
      pausedUntil: mentorProfiles.pausedUntil,
    })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.userId, viewer.id));
  if (!row || row.status !== "approved") return null;
  const today = localDate(row.timezone, now());
  return {
    capacity: row.capacity ?? 1,
    // A pause is over when the return day begins where the mentor lives.
    pausedUntil: pauseInForce(row.pausedUntil, row.timezone, now()) ? row.pausedUntil : null,
    timezone: row.timezone,
    today,
    ...pauseWindow(today),
    activeRelationships: await activeRelationshipCount(viewer.id),
  };
}

/** Locks the viewer's own approved profile inside a transaction. */
async function lockApproved(userId: string) {
  const [row] = await db()
    .select({ status: mentorProfiles.status, timezone: mentorProfiles.timezone, capacity: mentorProfiles.capacity })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.userId, userId))
    .for("update");
  if (!row) throw new NotFoundError("We couldn't find your mentor profile.");
  if (row.status !== "approved") throw new ConflictError("These settings open once a moderator has approved your application.");
  return row;
}

export type PauseOutcome =
  /** Paused; these circles now wait for cover (none when the pause falls between sessions). */
  | { kind: "paused"; pausedUntil: string; circlesAway: CircleCoveredByPause[] }
  /** Nothing saved yet: the pause would leave these circles' sessions without their facilitator, who must say so knowingly. */
  | { kind: "confirm-circles"; pausedUntil: string; circles: CircleCoveredByPause[] };

/** The circles a pause was confirmed for, as the form sends them back: ids separated by commas. */
const confirmedSchema = z.object({ confirmCircleIds: z.string().max(4000).optional().default("") });

/**
 * Pauses new matches until a return date: after today, within six months.
 * A mentor who facilitates circles is asked first when the pause would
 * leave one or more of their sessions without them (`confirm-circles`,
 * nothing saved); confirming — sending back those circles' ids — pauses and
 * asks moderators to find cover for each, members told without blame. If
 * the circles covered changed in between (a new one, say), they are asked
 * again.
 */
export async function pauseMentoring(input: unknown): Promise<PauseOutcome> {
  const viewer = await requireMentor();
  invalidateMentorPool();
  return transaction(async (tx) => {
    const row = await lockApproved(viewer.id);
    const { pausedUntil } = pauseSchema(localDate(row.timezone, now())).parse(input);
    const confirmed = new Set(confirmedSchema.parse(input).confirmCircleIds.split(",").filter(Boolean));
    const covered = await circlesCoveredByPause(viewer.id, pausedUntil, row.timezone);
    if (covered.some((c) => !confirmed.has(c.id))) return { kind: "confirm-circles", pausedUntil, circles: covered };
    await tx.update(mentorProfiles).set({ pausedUntil }).where(eq(mentorProfiles.userId, viewer.id));
    await facilitatorPaused(covered.map((c) => c.id));
    return { kind: "paused", pausedUntil, circlesAway: covered };
  });
}

/**
 * Ends a pause now. Circles that waited for cover are not taken back
 * silently: one someone else now holds stays theirs, and one still waiting
 * is listed here so the mentor can take it back from its page.
 */
export async function resumeMentoring(): Promise<{ circlesWaiting: { id: string; title: string }[] }> {
  const viewer = await requireMentor();
  invalidateMentorPool();
  await transaction(async (tx) => {
    await lockApproved(viewer.id);
    await tx.update(mentorProfiles).set({ pausedUntil: null }).where(eq(mentorProfiles.userId, viewer.id));
  });
  return { circlesWaiting: await circlesWaitingForMe() };
}

export type CapacityChange =
  | { kind: "changed"; capacity: number }
  /** Lowering below the people they support now: they must first choose which relationship to close. */
  | { kind: "choose-relationship-to-close"; capacity: number; activeRelationships: number };

/**
 * Changes how many people the mentor can support (1–5). Lowering it below
 * their current number of people never breaks a relationship silently: it
 * changes nothing and asks them to choose which one to close first.
 */
export async function changeCapacity(input: unknown): Promise<CapacityChange> {
  const viewer = await requireMentor();
  const { capacity } = capacitySchema.parse(input);
  invalidateMentorPool();
  return transaction(async (tx) => {
    await lockApproved(viewer.id);
    const activeRelationships = await activeRelationshipCount(viewer.id);
    if (capacity < activeRelationships) return { kind: "choose-relationship-to-close", capacity, activeRelationships };
    await tx.update(mentorProfiles).set({ capacity }).where(eq(mentorProfiles.userId, viewer.id));
    return { kind: "changed", capacity };
  });
}
