import "server-only";
import { and, asc, count, eq, inArray, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import { db, fixedLimit, prepared, transaction } from "@/db/client";
import { blocks, circleFacilitators, circleJoinRequests, circleMembers, circleRenewals, circleSeekers, circles, mentorProfiles, relationships, users, type Circle } from "@/db/schema";
import { now } from "@/lib/clock";
import { CIRCLE_CLOSED_NO_FACILITATOR, FACILITATOR_AWAY_MESSAGE, FACILITATOR_BACK_MESSAGE, NEW_FACILITATOR_MESSAGE, sessionsDuringPause } from "@/lib/circles";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { formatDay, latestLocalDate, pauseInForce } from "@/lib/mentoring/pause";
import { assignFacilitatorSchema, circleIdSchema, stepBackSchema } from "@/lib/validation/circles";
import { requireStaff, requireViewer } from "@/lib/dal/account/viewer";
import { notify } from "@/lib/dal/notifications/bell";
import { getSettings } from "@/lib/dal/staff/settings";
import { recordAudit } from "@/lib/dal/system/audit";
import { activeMentorshipCount } from "@/lib/dal/matching/requests";
import { CIRCLE_NOT_FOUND, rhythmOf } from "./access";
import { circlePlacesHeld } from "./capacity";

/**
 * When a circle's facilitator can't carry on — they step back from the
 * circle page, pause as a mentor over one or more of its sessions, or
 * moderation suspends or bans their account — the circle is never left
 * without anyone knowing:
 *  - `facilitatorAway` is set with the reason and a due time (the
 *    `circleFacilitatorDays` setting), sessions and rounds pause;
 *  - every member is told, without blame, on their bell and by email;
 *  - moderators see "circle needs a facilitator" in their queue and can
 *    assign an approved, trained mentor with room (audited);
 *  - if nobody is assigned by the due time, the sweep closes the circle kindly
 *    and puts its members back among those waiting for a group, with
 *    priority (the next round seats them first where they fit), each told.
 */

export type AwayReason = "stepped_back" | "paused" | "suspended";
const LIVE = ["proposed", "open", "active"] as const;

async function currentMemberIds(circleId: string): Promise<string[]> {
  const rows = await db()
    .select({ userId: circleMembers.userId })
    .from(circleMembers)
    .where(and(eq(circleMembers.circleId, circleId), isNull(circleMembers.leftAt)));
  return rows.map((r) => r.userId);
}

/**
 * Marks a circle as waiting for a facilitator, in the caller's transaction
 * (the circle row is locked here). Returns false when it already was, or has
 * ended: calling it twice tells nobody twice.
 */
async function markAway(circleId: string, reason: AwayReason, words: string | null): Promise<boolean> {
  const [circle] = await db().select().from(circles).where(eq(circles.id, circleId)).for("update");
  if (!circle || circle.facilitatorAway || circle.status === "ended") return false;
  const { circleFacilitatorDays } = await getSettings();
  const at = now();
  const dueAt = new Date(at.getTime() + circleFacilitatorDays * 86_400_000);
  await db()
    .update(circles)
    .set({ facilitatorAway: true, facilitatorAwayReason: reason, facilitatorAwaySince: at, facilitatorAwayDueAt: dueAt, facilitatorAwayWords: words || null })
    .where(eq(circles.id, circleId));
  // A renewal asked for by the facilitator who left can't be carried.
  await db().update(circleRenewals).set({ status: "lapsed", decidedAt: at }).where(and(eq(circleRenewals.circleId, circleId), eq(circleRenewals.status, "open")));
  for (const userId of await currentMemberIds(circleId)) {
    await notify({
      userId,
      kind: "circle-facilitator-away",
      dedupeKey: `circle-away:${circleId}:${at.getTime()}`,
      title: `${circle.title} is waiting for a facilitator`,
      body: words ? `${FACILITATOR_AWAY_MESSAGE} They left a few words for you on the circle page.` : FACILITATOR_AWAY_MESSAGE,
      href: `/circles/${circleId}`,
    });
  }
  return true;
}

/** The facilitator steps back from the circle page, with optional words for the members. Twice is once. */
export async function stepBackAsFacilitator(input: unknown) {
  const viewer = await requireViewer();
  const { circleId, words } = stepBackSchema.parse(input);
  return transaction(async (tx) => {
    const [circle] = await tx.select().from(circles).where(and(eq(circles.id, circleId), eq(circles.facilitatorId, viewer.id))).for("update");
    if (!circle) throw new NotFoundError(CIRCLE_NOT_FOUND);
    if (circle.facilitatorAway) return { alreadyAway: true };
    if (circle.status === "ended") throw new ConflictError("This circle has already ended.");
    await markAway(circle.id, "stepped_back", words);
    return { alreadyAway: false };
  });
}

/**
 * Moderation suspended or banned a person: every circle they hold waits for a
 * new facilitator. Runs inside the moderation's transaction.
 */
export async function facilitatorAccountStopped(userId: string, reason: AwayReason) {
  const held = await db()
    .select({ id: circles.id })
    .from(circles)
    .where(and(eq(circles.facilitatorId, userId), inArray(circles.status, [...LIVE]), eq(circles.facilitatorAway, false)));
  for (const c of held) await markAway(c.id, reason, null);
  return held.length;
}

// ------------------------------------------------------------ a facilitator's pause

export interface CircleCoveredByPause {
  id: string;
  title: string;
  /** Sessions that fall before the return day. */
  sessions: number;
}

/**
 * The circles a pause until `pausedUntil` would leave without their
 * facilitator: those they hold (live, not already waiting for someone) with
 * at least one session not yet over that starts before the return day, in
 * the facilitator's zone. A pause that falls between sessions covers none.
 */
export async function circlesCoveredByPause(userId: string, pausedUntil: string, facilitatorZone: string | null): Promise<CircleCoveredByPause[]> {
  const held = await db()
    .select()
    .from(circles)
    .where(and(eq(circles.facilitatorId, userId), inArray(circles.status, [...LIVE]), eq(circles.facilitatorAway, false)))
    .orderBy(asc(circles.createdAt));
  const at = now();
  return held.flatMap((c) => {
    const sessions = sessionsDuringPause(rhythmOf(c), at, pausedUntil, facilitatorZone ?? c.timezone).length;
    return sessions > 0 ? [{ id: c.id, title: c.title, sessions }] : [];
  });
}

/**
 * The facilitator confirmed a pause over sessions of these circles: each
 * waits for cover as when they step back (reason "paused"), members told
 * without blame, moderators given the item. Inside the pause's transaction.
 */
export async function facilitatorPaused(circleIds: readonly string[]): Promise<number> {
  let marked = 0;
  for (const id of circleIds) if (await markAway(id, "paused", null)) marked++;
  return marked;
}

/** Circles the viewer held before pausing that still wait for a facilitator: they may take them back once the pause is over. */
export async function circlesWaitingForMe(): Promise<{ id: string; title: string }[]> {
  const viewer = await requireViewer();
  return db()
    .select({ id: circles.id, title: circles.title })
    .from(circles)
    .where(and(eq(circles.facilitatorId, viewer.id), eq(circles.facilitatorAway, true), eq(circles.facilitatorAwayReason, "paused"), inArray(circles.status, [...LIVE])))
    .orderBy(asc(circles.createdAt));
}

/** Why a facilitator back from a pause can't take the circle back yet, or null when they can. */
async function takeBackBlocker(userId: string, lock: boolean): Promise<string | null> {
  const query = db()
    .select({ status: mentorProfiles.status, capacity: mentorProfiles.capacity, timezone: mentorProfiles.timezone, pausedUntil: mentorProfiles.pausedUntil })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.userId, userId));
  const [mentor] = lock ? await query.for("update") : await query;
  if (mentor?.status !== "approved") return "Holding a circle is for approved mentors.";
  if (pauseInForce(mentor.pausedUntil, mentor.timezone, now())) {
    return `You're paused until ${formatDay(mentor.pausedUntil!)}. End your pause on the Volunteering page first, then take the circle back here.`;
  }
  const { circlePlaces } = await getSettings();
  const used = await activeMentorshipCount(userId);
  if (used + circlePlaces > (mentor.capacity ?? 0)) {
    return `A circle takes ${circlePlaces} of your places, and you have ${Math.max(0, (mentor.capacity ?? 0) - used)} free. You can raise your capacity on the Volunteering page.`;
  }
  return null;
}

/**
 * What the circle page shows its facilitator of record while the circle
 * waits for cover after their pause: nothing else of the circle (they don't
 * hold it now), only whether they may take it back. Null for anyone else and
 * for any other absence (stepping back and suspension are not undone here).
 */
export async function circleAwaitingMe(circleId: unknown): Promise<{ id: string; title: string; blocker: string | null } | null> {
  const viewer = await requireViewer();
  const parsed = circleIdSchema.safeParse({ circleId });
  if (!parsed.success) return null;
  const [circle] = await db()
    .select({ id: circles.id, title: circles.title })
    .from(circles)
    .where(
      and(
        eq(circles.id, parsed.data.circleId),
        eq(circles.facilitatorId, viewer.id),
        eq(circles.facilitatorAway, true),
        eq(circles.facilitatorAwayReason, "paused"),
        inArray(circles.status, [...LIVE]),
      ),
    );
  if (!circle) return null;
  return { ...circle, blocker: await takeBackBlocker(viewer.id, false) };
}

/**
 * The facilitator, back from a pause, takes their circle back before anyone
 * else was assigned (once someone is, the circle is theirs and this is a
 * 404). Their pause must be over and they need room for it again; the
 * members are told. Twice is once.
 */
export async function takeBackCircle(input: unknown): Promise<{ already: boolean }> {
  const viewer = await requireViewer();
  const { circleId } = circleIdSchema.parse(input);
  return transaction(async (tx) => {
    const [circle] = await tx.select().from(circles).where(and(eq(circles.id, circleId), eq(circles.facilitatorId, viewer.id))).for("update");
    if (!circle || circle.status === "ended") throw new NotFoundError(CIRCLE_NOT_FOUND);
    if (!circle.facilitatorAway) return { already: true };
    if (circle.facilitatorAwayReason !== "paused") throw new NotFoundError(CIRCLE_NOT_FOUND);
    const blocker = await takeBackBlocker(viewer.id, true);
    if (blocker) throw new ConflictError(blocker);
    await tx
      .update(circles)
      .set({ facilitatorAway: false, facilitatorAwayReason: null, facilitatorAwaySince: null, facilitatorAwayDueAt: null, facilitatorAwayWords: null })
      .where(eq(circles.id, circle.id));
    for (const userId of await currentMemberIds(circle.id)) {
      await notify({
        userId,
        kind: "circle-facilitator-back",
        dedupeKey: `circle-back:${circle.id}:${circle.facilitatorAwaySince?.getTime() ?? 0}`,
        title: `${circle.title} has its facilitator back`,
        body: FACILITATOR_BACK_MESSAGE(viewer.name.split(" ")[0]!),
        href: `/circles/${circle.id}`,
      });
    }
    return { already: false };
  });
}

// ------------------------------------------------------------ the queue and assigning cover

export interface FacilitatorCandidate {
  id: string;
  name: string;
  freePlaces: number;
}

export interface CircleNeedingFacilitator {
  id: string;
  title: string;
  reason: AwayReason;
  since: Date;
  dueAt: Date;
  members: number;
  candidates: FacilitatorCandidate[];
}

type CircleForCandidates = Pick<Circle, "id" | "language" | "facilitatorId">;

/**
 * For each circle, approved mentors who passed the facilitation module, are
 * active and not paused, speak the circle's language, have room for
 * `circlePlaces` more, and have no block with anyone in the circle. Best
 * (most free places) first, `limit` per circle.
 *
 * A fixed number of statements whatever the number of circles (the queue
 * lists up to a hundred): the pool of possible mentors for all the circles'
 * languages, their mentorships and circles, the circles' members, and the
 * blocks between the two — then each circle's list is worked out here.
 */
async function candidatesFor(list: readonly CircleForCandidates[], limit: number, onlyId?: string): Promise<Map<string, FacilitatorCandidate[]>> {
  const out = new Map<string, FacilitatorCandidate[]>(list.map((c) => [c.id, []]));
  if (list.length === 0) return out;
  const { circlePlaces } = await getSettings();
  const languages = [...new Set(list.map((c) => c.language))];
  const circleIds = list.map((c) => c.id);
  const [rows, memberRows] = await Promise.all([
    db()
      .select({ id: users.id, name: users.name, capacity: mentorProfiles.capacity, languages: mentorProfiles.languages, pausedUntil: mentorProfiles.pausedUntil, timezone: mentorProfiles.timezone })
      .from(mentorProfiles)
      .innerJoin(users, eq(users.id, mentorProfiles.userId))
      .innerJoin(circleFacilitators, eq(circleFacilitators.userId, mentorProfiles.userId))
      .where(
        and(
          eq(mentorProfiles.status, "approved"),
          eq(users.status, "active"),
          isNotNull(circleFacilitators.passedAt),
          sql`${mentorProfiles.languages} && ${sql`array[${sql.join(languages.map((l) => sql`${l}`), sql`, `)}]::text[]`}`,
          // Coarse here (a pause may have ended in the mentor's zone up to a day ahead of UTC); exact below.
          sql`(${mentorProfiles.pausedUntil} is null or ${mentorProfiles.pausedUntil} <= ${latestLocalDate(now())}::date)`,
          onlyId ? eq(users.id, onlyId) : undefined,
        ),
      ),
    db()
      .select({ circleId: circleMembers.circleId, userId: circleMembers.userId })
      .from(circleMembers)
      .where(and(inArray(circleMembers.circleId, circleIds), isNull(circleMembers.leftAt))),
  ]);
  if (rows.length === 0) return out;
  const ids = rows.map((r) => r.id);
  const people = [...new Set(memberRows.map((m) => m.userId))];
  const [mentorships, held, blocked] = await Promise.all([
    db()
      .select({ id: relationships.partnerId, n: count() })
      .from(relationships)
      .where(and(inArray(relationships.partnerId, ids), eq(relationships.kind, "mentorship"), eq(relationships.status, "active")))
      .groupBy(relationships.partnerId),
    circlePlacesHeld(ids, circlePlaces),
    people.length
      ? db()
          .select({ a: blocks.blockerId, b: blocks.blockedId })
          .from(blocks)
          .where(or(and(inArray(blocks.blockerId, ids), inArray(blocks.blockedId, people)), and(inArray(blocks.blockedId, ids), inArray(blocks.blockerId, people))))
      : Promise.resolve([]),
  ]);
  const mentorshipsOf = new Map(mentorships.map((m) => [m.id, Number(m.n)]));
  const at = now();
  const pool = rows
    .filter((r) => !pauseInForce(r.pausedUntil, r.timezone, at))
    .map((r) => ({ id: r.id, name: r.name, languages: r.languages, freePlaces: (r.capacity ?? 0) - (mentorshipsOf.get(r.id) ?? 0) - (held.get(r.id) ?? 0) }))
    .filter((r) => r.freePlaces >= circlePlaces)
    .sort((a, b) => b.freePlaces - a.freePlaces || a.name.localeCompare(b.name));
  // Who each candidate may not sit with: the people on the other side of their blocks.
  const blockedWith = new Map<string, Set<string>>();
  for (const { a, b } of blocked) {
    (blockedWith.get(a) ?? blockedWith.set(a, new Set()).get(a)!).add(b);
    (blockedWith.get(b) ?? blockedWith.set(b, new Set()).get(b)!).add(a);
  }
  const membersOf = new Map<string, string[]>();
  for (const m of memberRows) (membersOf.get(m.circleId) ?? membersOf.set(m.circleId, []).get(m.circleId)!).push(m.userId);
  for (const c of list) {
    const members = membersOf.get(c.id) ?? [];
    const chosen: FacilitatorCandidate[] = [];
    for (const m of pool) {
      if (chosen.length >= limit) break;
      if (m.id === c.facilitatorId || !m.languages.includes(c.language)) continue;
      const theirBlocks = blockedWith.get(m.id);
      if (theirBlocks && members.some((p) => theirBlocks.has(p))) continue;
      chosen.push({ id: m.id, name: m.name, freePlaces: m.freePlaces });
    }
    out.set(c.id, chosen);
  }
  return out;
}

// Read on every load of the moderators' queue: built once per connection (db/client.ts, prepared()).
const awayFacilitatorCircles = prepared("circles_facilitator_away", (executor) =>
  executor
    .select({
      id: circles.id,
      title: circles.title,
      language: circles.language,
      facilitatorId: circles.facilitatorId,
      reason: circles.facilitatorAwayReason,
      since: circles.facilitatorAwaySince,
      dueAt: circles.facilitatorAwayDueAt,
      updatedAt: circles.updatedAt,
    })
    .from(circles)
    .where(and(eq(circles.facilitatorAway, true), inArray(circles.status, [...LIVE])))
    .orderBy(asc(circles.facilitatorAwayDueAt))
    .limit(fixedLimit(100)),
);

/** The queue's "circle needs a facilitator" items, soonest due first, each with a short list of who could take it. Staff only. */
export async function circlesNeedingFacilitator(): Promise<CircleNeedingFacilitator[]> {
  await requireStaff();
  const rows = await awayFacilitatorCircles({});
  if (rows.length === 0) return [];
  const [candidates, counts] = await Promise.all([
    candidatesFor(rows, 5),
    db()
      .select({ circleId: circleMembers.circleId, n: count() })
      .from(circleMembers)
      .where(and(inArray(circleMembers.circleId, rows.map((c) => c.id)), isNull(circleMembers.leftAt)))
      .groupBy(circleMembers.circleId),
  ]);
  const membersOf = new Map(counts.map((r) => [r.circleId, Number(r.n)]));
  return rows.map((c) => ({
    id: c.id,
    title: c.title,
    reason: (c.reason ?? "stepped_back") as AwayReason,
    since: c.since ?? c.updatedAt,
    dueAt: c.dueAt ?? c.updatedAt,
    members: membersOf.get(c.id) ?? 0,
    candidates: candidates.get(c.id) ?? [],
  }));
}

/**
 * A moderator gives a waiting circle a new facilitator (one of the
 * candidates, checked again with the mentor's row locked), audited. The new
 * facilitator and every member are told. Twice is once.
 */
export async function assignFacilitator(input: unknown) {
  const actor = await requireStaff();
  const { circleId, mentorId } = assignFacilitatorSchema.parse(input);
  return transaction(async (tx) => {
    const [circle] = await tx.select().from(circles).where(eq(circles.id, circleId)).for("update");
    if (!circle) throw new NotFoundError(CIRCLE_NOT_FOUND);
    if (!circle.facilitatorAway) {
      if (circle.facilitatorId === mentorId) return { name: null, already: true };
      throw new ConflictError("This circle already has a facilitator.");
    }
    if (circle.status === "ended") throw new ConflictError("This circle has already closed.");
    await tx.select({ id: mentorProfiles.userId }).from(mentorProfiles).where(eq(mentorProfiles.userId, mentorId)).for("update");
    const [candidate] = (await candidatesFor([circle], 1, mentorId)).get(circle.id) ?? [];
    if (!candidate) throw new ConflictError("That mentor can't take this circle: they need to be approved, trained to facilitate, active, free of blocks with its members, and have room.");
    await tx
      .update(circles)
      .set({ facilitatorId: mentorId, facilitatorAway: false, facilitatorAwayReason: null, facilitatorAwaySince: null, facilitatorAwayDueAt: null, facilitatorAwayWords: null })
      .where(eq(circles.id, circle.id));
    await recordAudit({ actorId: actor.id, action: "circle.facilitator_assign", targetUserId: mentorId, details: { circleId: circle.id, previousFacilitatorId: circle.facilitatorId, reason: circle.facilitatorAwayReason } });
    await notify({
      userId: mentorId,
      kind: "circle-facilitator-assigned",
      dedupeKey: `circle-assigned:${circle.id}:${mentorId}`,
      title: `You now hold ${circle.title}`,
      body: "Its facilitator couldn't carry on, and a moderator asked you to take it on. The members know someone new is coming; a warm hello in the thread is a good start.",
      href: `/circles/${circle.id}`,
    });
    for (const userId of await currentMemberIds(circle.id)) {
      await notify({
        userId,
        kind: "circle-new-facilitator",
        dedupeKey: `circle-new-facilitator:${circle.id}:${mentorId}`,
        title: `${circle.title} has a new facilitator`,
        body: NEW_FACILITATOR_MESSAGE(candidate.name.split(" ")[0]!),
        href: `/circles/${circle.id}`,
      });
    }
    return { name: candidate.name, already: false };
  });
}

/**
 * The sweep's part: a circle still without a facilitator at its due time
 * closes kindly. Its members' seats end ("closed"), they wait for a group
 * again, and each is told. Idempotent: a closed circle is not picked again.
 */
export async function closeCirclesWithoutFacilitator(at: Date): Promise<number> {
  const due = await db()
    .select({ id: circles.id })
    .from(circles)
    .where(and(eq(circles.facilitatorAway, true), inArray(circles.status, [...LIVE]), lte(circles.facilitatorAwayDueAt, at)));
  let closed = 0;
  for (const { id } of due) {
    await transaction(async (tx) => {
      const [circle] = await tx.select().from(circles).where(eq(circles.id, id)).for("update");
      if (!circle || !circle.facilitatorAway || circle.status === "ended" || !circle.facilitatorAwayDueAt || circle.facilitatorAwayDueAt > at) return;
      await tx.update(circles).set({ status: "ended", endedAt: at, endReason: "no_facilitator" }).where(eq(circles.id, id));
      const seats = await tx
        .update(circleMembers)
        .set({ leftAt: at, leftReason: "closed" })
        .where(and(eq(circleMembers.circleId, id), isNull(circleMembers.leftAt)))
        .returning({ userId: circleMembers.userId });
      await tx.update(circleJoinRequests).set({ status: "withdrawn", decidedAt: at }).where(and(eq(circleJoinRequests.circleId, id), eq(circleJoinRequests.status, "open")));
      for (const { userId } of seats) {
        // Their circle ended early through nobody's doing in it: the next round looks for them first.
        await tx
          .insert(circleSeekers)
          .values({ userId, active: true, priority: true, waitingSince: at })
          .onConflictDoUpdate({ target: circleSeekers.userId, set: { active: true, priority: true, updatedAt: at } });
        await notify({
          userId,
          kind: "circle-closed",
          dedupeKey: `circle-closed:${id}`,
          title: `${circle.title} has closed`,
          body: CIRCLE_CLOSED_NO_FACILITATOR,
          href: "/circles",
        });
      }
      closed++;
    });
  }
  return closed;
}
