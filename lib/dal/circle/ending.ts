import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { circleMembers, circleReflections, circleRenewalVotes, circleRenewals, circleSessions, circles, users, type Circle } from "@/db/schema";
import { now } from "@/lib/clock";
import { CIRCLE_ENDED_MESSAGE, sessionsPast } from "@/lib/circles";
import { ConflictError } from "@/lib/errors";
import { answerRenewalSchema, proposeRenewalSchema, reflectionSchema } from "@/lib/validation/circles";
import { notify } from "@/lib/dal/notifications/bell";
import { accessAsFacilitator, accessCircle, rhythmOf } from "./access";

/**
 * A circle's end: the last session is the closing one (its prompt invites a
 * reflection, and from its opening each person may leave a closing
 * reflection the circle reads); after it closes the circle ends and everyone
 * is told. Near the end the facilitator may propose renewing for more
 * sessions: agreed when a majority of the current members say yes before the
 * last session closes (the facilitator's proposal is their yes).
 */

/** Renewal can be proposed once this many sessions or fewer are left to hold. */
export const RENEWAL_WINDOW_SESSIONS = 2;
const MAX_LENGTH = 24;

async function sessionCounts(circleId: string) {
  const [row] = await db()
    .select({
      opened: sql<number>`count(*)::int`,
      closed: sql<number>`count(*) filter (where ${circleSessions.status} = 'closed')::int`,
      open: sql<number>`count(*) filter (where ${circleSessions.status} = 'open')::int`,
    })
    .from(circleSessions)
    .where(eq(circleSessions.circleId, circleId));
  return { opened: row?.opened ?? 0, closed: row?.closed ?? 0, open: row?.open ?? 0 };
}

/**
 * Whether a circle's last session is behind it: closed by the sweep, or — if
 * some were never opened — the last one's time (with the grace) has passed
 * and none is still open. Otherwise a circle whose facilitator skipped a
 * session would never end.
 */
function pastLastSession(circle: Circle, counts: { closed: number; open: number }, at: Date) {
  return counts.closed >= circle.lengthSessions || (counts.open === 0 && sessionsPast(rhythmOf(circle), at) >= circle.lengthSessions);
}

async function memberIds(circleId: string) {
  const rows = await db()
    .select({ userId: circleMembers.userId })
    .from(circleMembers)
    .where(and(eq(circleMembers.circleId, circleId), isNull(circleMembers.leftAt)));
  return rows.map((r) => r.userId);
}

/** The facilitator proposes renewing for N more sessions, near the end. Proposing again while one is open changes nothing. */
export async function proposeRenewal(input: unknown) {
  const { circleId, extraSessions } = proposeRenewalSchema.parse(input);
  const { circle, viewer } = await accessAsFacilitator(circleId);
  return transaction(async (tx) => {
    const [locked] = await tx.select().from(circles).where(eq(circles.id, circle.id)).for("update");
    if (!locked || locked.status !== "active") throw new ConflictError("Renewing is for a circle that is meeting.");
    if (locked.facilitatorAway) throw new ConflictError("The circle is waiting for a facilitator.");
    const [open] = await tx.select().from(circleRenewals).where(and(eq(circleRenewals.circleId, circle.id), eq(circleRenewals.status, "open")));
    if (open) return { id: open.id, created: false };
    const counts = await sessionCounts(circle.id);
    const { opened } = counts;
    if (pastLastSession(locked, counts, now())) throw new ConflictError("The last session has already closed.");
    if (locked.lengthSessions - opened > RENEWAL_WINDOW_SESSIONS) {
      throw new ConflictError(`Renewing can be proposed once ${RENEWAL_WINDOW_SESSIONS} or fewer sessions are left.`);
    }
    if (locked.lengthSessions + extraSessions > MAX_LENGTH) throw new ConflictError(`A circle can run for at most ${MAX_LENGTH} sessions, so up to ${MAX_LENGTH - locked.lengthSessions} more.`);
    const [row] = await tx
      .insert(circleRenewals)
      .values({ circleId: circle.id, proposedById: viewer.id, extraSessions, createdAt: now() })
      .onConflictDoNothing()
      .returning({ id: circleRenewals.id });
    if (!row) throw new ConflictError("A renewal is already being asked about.");
    for (const userId of await memberIds(circle.id)) {
      await notify({
        userId,
        kind: "circle-renewal-proposed",
        dedupeKey: `circle-renewal:${row.id}`,
        title: `Keep ${locked.title} going?`,
        body: `Your facilitator would like to carry on for ${extraSessions} more session${extraSessions === 1 ? "" : "s"}. Say yes or no on the circle page; either is fine.`,
        href: `/circles/${circle.id}#renewal`,
      });
    }
    return { id: row.id, created: true };
  });
}

async function tellOutcome(circle: { id: string; title: string; facilitatorId: string }, renewalId: string, text: string) {
  for (const userId of [circle.facilitatorId, ...(await memberIds(circle.id))]) {
    await notify({ userId, kind: "circle-renewal-decided", dedupeKey: `circle-renewal-decided:${renewalId}`, title: `About renewing ${circle.title}`, body: text, href: `/circles/${circle.id}` });
  }
}

/**
 * A member answers the open renewal (they may change their answer while it
 * is open). A majority of yes extends the circle at once; once a majority of
 * yes can no longer be reached it is declined. Everyone is told the outcome.
 */
export async function answerRenewal(input: unknown) {
  const { circleId, agree } = answerRenewalSchema.parse(input);
  const { circle, viewer, role } = await accessCircle(circleId);
  if (role !== "member") throw new ConflictError("Your proposal already counts as your yes.");
  return transaction(async (tx) => {
    const [locked] = await tx.select().from(circles).where(eq(circles.id, circle.id)).for("update");
    const [renewal] = await tx.select().from(circleRenewals).where(eq(circleRenewals.circleId, circle.id)).orderBy(desc(circleRenewals.createdAt)).limit(1);
    if (!locked || !renewal) throw new ConflictError("There's no renewal to answer.");
    if (renewal.status !== "open") {
      const [mine] = await tx.select().from(circleRenewalVotes).where(and(eq(circleRenewalVotes.renewalId, renewal.id), eq(circleRenewalVotes.userId, viewer.id)));
      if (mine && mine.agree === (agree === "yes")) return { status: renewal.status };
      throw new ConflictError("This has already been decided.");
    }
    if (pastLastSession(locked, await sessionCounts(circle.id), now())) throw new ConflictError("The last session has already closed.");
    await tx
      .insert(circleRenewalVotes)
      .values({ renewalId: renewal.id, userId: viewer.id, agree: agree === "yes", at: now() })
      .onConflictDoUpdate({ target: [circleRenewalVotes.renewalId, circleRenewalVotes.userId], set: { agree: agree === "yes", at: now() } });
    const members = await memberIds(circle.id);
    const votes = await tx
      .select({ agree: circleRenewalVotes.agree })
      .from(circleRenewalVotes)
      .where(and(eq(circleRenewalVotes.renewalId, renewal.id), inArray(circleRenewalVotes.userId, members)));
    const yes = votes.filter((v) => v.agree).length;
    const no = votes.length - yes;
    if (yes * 2 > members.length) {
      const length = Math.min(MAX_LENGTH, locked.lengthSessions + renewal.extraSessions);
      await tx.update(circles).set({ lengthSessions: length }).where(eq(circles.id, circle.id));
      await tx.update(circleRenewals).set({ status: "agreed", decidedAt: now() }).where(eq(circleRenewals.id, renewal.id));
      await tellOutcome(locked, renewal.id, `Most of you said yes, so the circle carries on for ${renewal.extraSessions} more session${renewal.extraSessions === 1 ? "" : "s"} — ${length} in all.`);
      return { status: "agreed" as const };
    }
    if ((members.length - no) * 2 <= members.length) {
      await tx.update(circleRenewals).set({ status: "declined", decidedAt: now() }).where(eq(circleRenewals.id, renewal.id));
      await tellOutcome(locked, renewal.id, "Not enough of the circle could carry on, so it will close as planned after its last session. That's a fine way to end: the closing session is for saying what it meant.");
      return { status: "declined" as const };
    }
    return { status: "open" as const };
  });
}

/** A closing reflection, once the closing (last) session is open; writing again replaces it. */
export async function writeReflection(input: unknown) {
  const { circleId, body } = reflectionSchema.parse(input);
  const { circle, viewer } = await accessCircle(circleId);
  const [last] = await db()
    .select({ id: circleSessions.id })
    .from(circleSessions)
    .where(and(eq(circleSessions.circleId, circle.id), eq(circleSessions.number, circle.lengthSessions)));
  if (!last) throw new ConflictError("Closing reflections open with the circle's last session.");
  const at = now();
  await db()
    .insert(circleReflections)
    .values({ circleId: circle.id, userId: viewer.id, body, createdAt: at, updatedAt: at })
    .onConflictDoUpdate({ target: [circleReflections.circleId, circleReflections.userId], set: { body, updatedAt: at } });
}

/** The closing reflections of a circle, for the page (the caller has checked access). */
export async function reflectionsOf(circleId: string) {
  return db()
    .select({ userId: circleReflections.userId, name: users.name, body: circleReflections.body })
    .from(circleReflections)
    .innerJoin(users, eq(users.id, circleReflections.userId))
    .where(eq(circleReflections.circleId, circleId))
    .orderBy(asc(circleReflections.createdAt));
}

/** The renewal the page shows: the latest one, with the viewer's answer and the tally. */
export async function renewalOf(circleId: string, viewerId: string) {
  const [renewal] = await db().select().from(circleRenewals).where(eq(circleRenewals.circleId, circleId)).orderBy(desc(circleRenewals.createdAt)).limit(1);
  if (!renewal) return null;
  const members = await memberIds(circleId);
  const votes = await db().select().from(circleRenewalVotes).where(eq(circleRenewalVotes.renewalId, renewal.id));
  const current = votes.filter((v) => members.includes(v.userId));
  return {
    id: renewal.id,
    status: renewal.status,
    extraSessions: renewal.extraSessions,
    yes: current.filter((v) => v.agree).length,
    members: members.length,
    mine: votes.find((v) => v.userId === viewerId)?.agree ?? null,
  };
}

/**
 * The sweep's part: a circle whose last session has closed ends. An open
 * renewal lapses (everyone told), and every member and the facilitator hear
 * that the circle has come to its close. Idempotent (the status update is
 * conditional and the notifications are deduplicated).
 */
export async function endFinishedCircles(at: Date): Promise<number> {
  const active = await db().select({ id: circles.id }).from(circles).where(eq(circles.status, "active"));
  let ended = 0;
  for (const { id } of active) {
    await transaction(async (tx) => {
      const [circle] = await tx.select().from(circles).where(eq(circles.id, id)).for("update");
      if (!circle || circle.status !== "active") return;
      if (!pastLastSession(circle, await sessionCounts(id), at)) return;
      const lapsed = await tx
        .update(circleRenewals)
        .set({ status: "lapsed", decidedAt: at })
        .where(and(eq(circleRenewals.circleId, id), eq(circleRenewals.status, "open")))
        .returning({ id: circleRenewals.id });
      for (const r of lapsed) await tellOutcome(circle, r.id, "The last session closed before most of the circle said yes, so it closes as planned.");
      await tx.update(circles).set({ status: "ended", endedAt: at, endReason: "completed" }).where(eq(circles.id, id));
      const people = circle.facilitatorAway ? await memberIds(id) : [circle.facilitatorId, ...(await memberIds(id))];
      for (const userId of people) {
        await notify({ userId, kind: "circle-ended", dedupeKey: `circle-ended:${id}`, title: `${circle.title} has come to its close`, body: CIRCLE_ENDED_MESSAGE, href: `/circles/${id}` });
      }
      ended++;
    });
  }
  return ended;
}
