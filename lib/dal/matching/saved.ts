import "server-only";
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { matchRequests, savedMentors } from "@/db/schema";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { createContext } from "@/lib/matching/context";
import { freePlacesOf, isHeld } from "@/lib/matching/exposure";
import { explainPair } from "@/lib/matching/suggestions";
import { mentorIdSchema } from "@/lib/validation/requests";
import { notify } from "@/lib/dal/notifications/bell";
import { isBlockedBetween, NO_SUCH_PERSON } from "@/lib/dal/safety/block-filters";
import { requireViewer } from "@/lib/dal/account/viewer";
import { loadMentors, loadPairs, loadSeekers, referenceDate, topicLabels } from "./pool";
import { invalidateCongestion } from "./congestion";

/**
 * "Save for later": a seeker keeps a suggested mentor in view. A save is real
 * interest — it counts toward the mentor's congestion price, where merely
 * being shown counts for nothing — and it is private to the seeker. When a
 * saved mentor's places are all spoken for by other people's requests, the
 * save is marked held; once a place frees up the seeker is told, once.
 */

/** Saves a mentor for the viewing seeker. Idempotent: a second click finds the save and changes nothing. */
export async function saveMentor(input: unknown) {
  const viewer = await requireViewer();
  const { mentorId } = mentorIdSchema.parse(input);
  if (!viewer.roles.includes("seeker")) throw new ForbiddenError("Saving mentors is for people looking for support.");
  const [seeker] = await loadSeekers({ userIds: [viewer.id] });
  if (!seeker) throw new ConflictError("Please finish your needs profile first, so we can tell who fits you.");
  if (mentorId === viewer.id || (await isBlockedBetween(viewer.id, mentorId))) throw new NotFoundError(NO_SUCH_PERSON);
  const [mentor] = await loadMentors({ userIds: [mentorId] });
  if (!mentor) throw new NotFoundError("We couldn't find that mentor.");
  // Only someone they could ask: every hard filter both ways. A full or paused mentor may be saved (they may free up).
  const [labels, pairs] = await Promise.all([topicLabels(), loadPairs(viewer.id)]);
  const check = explainPair(seeker, mentor, createContext({ referenceDate: referenceDate(), topics: labels, pastPairs: pairs.past, blockedPairs: pairs.blocked }));
  if (!check.admissible && !["mentor-full", "mentor-paused"].includes(check.filter)) {
    throw new ConflictError(check.filter === "past-pair" ? "You two have been matched before, so we won't suggest each other again." : "This mentor isn't a fit for what you asked for.");
  }
  const inserted = await db().insert(savedMentors).values({ seekerId: viewer.id, mentorId }).onConflictDoNothing().returning({ mentorId: savedMentors.mentorId });
  if (inserted.length > 0) invalidateCongestion();
  return { alreadySaved: inserted.length === 0 };
}

/** Forgets a saved mentor. Only the viewer's own saves: anyone else's are not theirs to touch. */
export async function unsaveMentor(input: unknown) {
  const viewer = await requireViewer();
  const { mentorId } = mentorIdSchema.parse(input);
  const removed = await db()
    .delete(savedMentors)
    .where(and(eq(savedMentors.seekerId, viewer.id), eq(savedMentors.mentorId, mentorId)))
    .returning({ mentorId: savedMentors.mentorId });
  if (removed.length > 0) invalidateCongestion();
  return { removed: removed.length > 0 };
}

/** A seeker's own saves, oldest first (for the suggestions page, which has already found the viewer). */
export async function savesOf(seekerId: string) {
  return db()
    .select({ mentorId: savedMentors.mentorId, savedAt: savedMentors.savedAt, heldSince: savedMentors.heldSince })
    .from(savedMentors)
    .where(eq(savedMentors.seekerId, seekerId))
    .orderBy(savedMentors.savedAt);
}

/** Open mentorship requests per mentor, each with who asked. */
export async function openMentorshipRequests(mentorIds?: string[]) {
  if (mentorIds && mentorIds.length === 0) return [];
  return db()
    .select({ seekerId: matchRequests.fromId, mentorId: matchRequests.toId })
    .from(matchRequests)
    .where(and(eq(matchRequests.status, "open"), eq(matchRequests.kind, "mentorship"), mentorIds ? inArray(matchRequests.toId, mentorIds) : undefined));
}

/**
 * Open mentorship requests as the suggestions page needs them, counted in the
 * database instead of read one row each: per mentor, how many other people
 * asked them (`pending`, the viewer's own never count against them), and
 * which mentors the viewer has asked.
 */
export async function openRequestCounts(seekerId: string) {
  const rows = await db()
    .select({
      mentorId: matchRequests.toId,
      others: sql<number>`(count(*) filter (where ${matchRequests.fromId} <> ${seekerId}))::int`,
      mine: sql<boolean>`bool_or(${matchRequests.fromId} = ${seekerId})`,
    })
    .from(matchRequests)
    .where(and(eq(matchRequests.status, "open"), eq(matchRequests.kind, "mentorship")))
    .groupBy(matchRequests.toId);
  return {
    pending: new Map(rows.filter((r) => Number(r.others) > 0).map((r) => [r.mentorId, Number(r.others)])),
    asked: new Set(rows.filter((r) => r.mine).map((r) => r.mentorId)),
  };
}

/** Marks the viewer's saves of mentors who are held right now (so they hear when one frees up). */
export async function markHeld(seekerId: string, mentorIds: string[]) {
  if (mentorIds.length === 0) return;
  await db()
    .update(savedMentors)
    .set({ heldSince: sql`now()` })
    .where(and(eq(savedMentors.seekerId, seekerId), inArray(savedMentors.mentorId, mentorIds), isNull(savedMentors.heldSince)));
}

/**
 * After a request to a mentor is sent: if other people's open requests now
 * speak for all their free places, everyone else who saved them is marked
 * held, so each hears when a place frees up.
 */
export async function markHeldAfterRequest(mentorId: string) {
  const [mentor] = await loadMentors({ userIds: [mentorId] });
  if (!mentor) return;
  const free = freePlacesOf(mentor, referenceDate());
  const requests = await openMentorshipRequests([mentorId]);
  const askers = new Set(requests.map((r) => r.seekerId));
  // Held for a person who saved them when the requests of others fill every free place.
  const rows = await db().select({ seekerId: savedMentors.seekerId }).from(savedMentors).where(and(eq(savedMentors.mentorId, mentorId), isNull(savedMentors.heldSince)));
  const held = rows.filter((r) => !askers.has(r.seekerId) && isHeld(free, requests.filter((q) => q.seekerId !== r.seekerId).length)).map((r) => r.seekerId);
  if (held.length === 0) return;
  await db()
    .update(savedMentors)
    .set({ heldSince: sql`now()` })
    .where(and(eq(savedMentors.mentorId, mentorId), inArray(savedMentors.seekerId, held), isNull(savedMentors.heldSince)));
}

/**
 * Tells each seeker whose saved mentor was held that the mentor has a place
 * again: their free places are more than the open requests of others. Called
 * after a request is declined, withdrawn or lapses, and by the sweep (which
 * also catches endings and raised capacity). Each held spell is told once
 * (the dedupe key carries when it began), and the mark is cleared.
 */
export async function announceFreedMentors(mentorIds?: string[]) {
  if (mentorIds && mentorIds.length === 0) return 0;
  const held = await db()
    .select({ seekerId: savedMentors.seekerId, mentorId: savedMentors.mentorId, heldSince: savedMentors.heldSince })
    .from(savedMentors)
    .where(and(isNotNull(savedMentors.heldSince), mentorIds ? inArray(savedMentors.mentorId, mentorIds) : undefined));
  if (held.length === 0) return 0;
  const ids = [...new Set(held.map((h) => h.mentorId))];
  const [mentors, requests] = await Promise.all([loadMentors({ userIds: ids }), openMentorshipRequests(ids)]);
  const day = referenceDate();
  const byId = new Map(mentors.map((m) => [m.id, m]));
  let told = 0;
  for (const h of held) {
    const mentor = byId.get(h.mentorId);
    const free = mentor ? freePlacesOf(mentor, day) : 0;
    const others = requests.filter((r) => r.mentorId === h.mentorId && r.seekerId !== h.seekerId).length;
    if (free === 0 || isHeld(free, others)) continue;
    // A block made since is never revealed: the save simply stays quiet.
    const cleared = await db()
      .update(savedMentors)
      .set({ heldSince: null })
      .where(and(eq(savedMentors.seekerId, h.seekerId), eq(savedMentors.mentorId, h.mentorId), isNotNull(savedMentors.heldSince)))
      .returning({ mentorId: savedMentors.mentorId });
    if (cleared.length === 0 || (await isBlockedBetween(h.seekerId, h.mentorId))) continue;
    await notify({
      userId: h.seekerId,
      kind: "saved-mentor-free",
      dedupeKey: `saved-mentor-free:${h.seekerId}:${h.mentorId}:${h.heldSince!.getTime()}`,
      title: `${mentor!.name} has a place again`,
      body: `${mentor!.name}, whom you saved for later, was being considered by someone else. They can take someone new now, if you'd like to ask.`,
      href: "/suggestions#saved",
    });
    told++;
  }
  return told;
}

/** Who saved a mentor is never shown to anyone but the seeker; a block removes saves both ways. */
export async function forgetSavesBetween(a: string, b: string) {
  await db()
    .delete(savedMentors)
    .where(sql`(${savedMentors.seekerId} = ${a} and ${savedMentors.mentorId} = ${b}) or (${savedMentors.seekerId} = ${b} and ${savedMentors.mentorId} = ${a})`);
}
