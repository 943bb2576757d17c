import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { circleJoinRequests, circleMembers, circleSeekers, circleSessions, circles, users, type Circle } from "@/db/schema";
import { now } from "@/lib/clock";
import { mayJoin, sessionsPast } from "@/lib/circles";
import { MIN_CIRCLE_SIZE as MIN_CIRCLE_SIZE_TO_OPEN } from "@/lib/matching/circles";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { contexts, seal } from "@/lib/privacy/encryption";
import { circleIdSchema, joinAnswerSchema, leaveCircleSchema } from "@/lib/validation/circles";
import { requireViewer } from "@/lib/dal/account/viewer";
import { notify } from "@/lib/dal/notifications/bell";
import { accessAsFacilitator, accessCircle, CIRCLE_NOT_FOUND, rhythmOf } from "./access";
import { suggestedCircles } from "./circles";

/**
 * Who sits in a circle. Only the facilitator adds people (accepting a
 * request; a committed round is the moderators' doing). Every seat is taken
 * with the circle row locked (SELECT … FOR UPDATE), so concurrent joins can
 * never pass the circle's most; the partial unique indexes are the backstop.
 */

/**
 * Seats a person in a locked circle: the lowest free seat number, up to
 * `limit` people. Call inside a transaction that holds the circle's row lock.
 * Returns false when the circle is full or they are already in it. A seat
 * however it comes (a round, an accepted request, an appeal) ends their wait
 * for a group and clears their priority (it was for finding them this seat),
 * so no later round seats them in a second circle.
 */
export async function seatInLockedCircle(circleId: string, userId: string, limit: number, reasons: string[]): Promise<boolean> {
  const taken = await db()
    .select({ seat: circleMembers.seat, userId: circleMembers.userId })
    .from(circleMembers)
    .where(and(eq(circleMembers.circleId, circleId), isNull(circleMembers.leftAt)));
  if (taken.some((t) => t.userId === userId) || taken.length >= limit) return false;
  let seat = 1;
  while (taken.some((t) => t.seat === seat)) seat++;
  await db().insert(circleMembers).values({ circleId, userId, seat, placementReasons: reasons, joinedAt: now() });
  await db().update(circleSeekers).set({ active: false, priority: false, updatedAt: now() }).where(eq(circleSeekers.userId, userId));
  if (taken.length + 1 >= MIN_CIRCLE_SIZE_TO_OPEN) {
    await db().update(circles).set({ status: "open" }).where(and(eq(circles.id, circleId), eq(circles.status, "proposed")));
  }
  return true;
}

/**
 * Whether someone may join now: only between sessions (none open) and
 * before half the length has gone by. "Gone by" counts the sessions opened
 * and the ones whose time has passed unopened, so a quiet circle can't take
 * people in late either. Read inside the transaction that holds the circle's lock.
 */
export async function joiningAllowed(circle: Circle) {
  const [held] = await db().select({ n: count() }).from(circleSessions).where(eq(circleSessions.circleId, circle.id));
  const [open] = await db()
    .select({ n: count() })
    .from(circleSessions)
    .where(and(eq(circleSessions.circleId, circle.id), eq(circleSessions.status, "open")));
  const past = circle.status === "proposed" ? 0 : sessionsPast(rhythmOf(circle), now());
  return mayJoin({ sessionsHeld: Math.max(Number(held?.n ?? 0), past), lengthSessions: circle.lengthSessions, sessionOpen: Number(open?.n ?? 0) > 0 });
}

/** "Ask to join" a circle suggested to the viewer; the facilitator decides. */
export async function askToJoin(input: unknown) {
  const viewer = await requireViewer();
  const { circleId } = circleIdSchema.parse(input);
  // Only a circle that was suggested to the viewer (same filters as a round) can be asked.
  const suggestion = (await suggestedCircles(50)).find((s) => s.id === circleId);
  if (!suggestion) throw new NotFoundError(CIRCLE_NOT_FOUND);
  if (suggestion.requested) return;
  const [circle] = await db().select({ facilitatorId: circles.facilitatorId, title: circles.title }).from(circles).where(eq(circles.id, circleId));
  await transaction(async (tx) => {
    const [row] = await tx
      .insert(circleJoinRequests)
      .values({ circleId, userId: viewer.id, reasons: suggestion.reasons, score: suggestion.score, createdAt: now() })
      .onConflictDoNothing()
      .returning({ id: circleJoinRequests.id });
    if (row && circle) {
      await notify({
        userId: circle.facilitatorId,
        kind: "circle-join-request",
        dedupeKey: `circle-join:${row.id}`,
        title: `Someone asked to join ${circle.title}`,
        body: "You can read why the circle was suggested to them and say yes or no on the circle page.",
        href: `/circles/${circleId}`,
      });
    }
  });
}

/** The facilitator answers a request. Yes seats the person if there is room (circle row locked). */
export async function answerJoinRequest(input: unknown) {
  const { requestId, accept } = joinAnswerSchema.parse(input);
  const [request] = await db().select().from(circleJoinRequests).where(eq(circleJoinRequests.id, requestId));
  if (!request) throw new NotFoundError("We couldn't find that request.");
  await accessAsFacilitator(request.circleId);
  return transaction(async (tx) => {
    const [circle] = await tx.select().from(circles).where(eq(circles.id, request.circleId)).for("update");
    const [fresh] = await tx.select().from(circleJoinRequests).where(eq(circleJoinRequests.id, requestId)).for("update");
    if (!circle || !fresh || fresh.status !== "open") throw new ConflictError("This request has already been answered.");
    if (accept === "no") {
      await tx.update(circleJoinRequests).set({ status: "declined", decidedAt: now() }).where(eq(circleJoinRequests.id, requestId));
      await notify({
        userId: fresh.userId,
        kind: "circle-join-declined",
        dedupeKey: `circle-join-answer:${requestId}`,
        title: "About the circle you asked to join",
        body: "The facilitator couldn't make room this time. It isn't about you — other circles and the next round may suit you well.",
        href: "/circles",
      });
      return { seated: false };
    }
    const allowed = await joiningAllowed(circle);
    if (!allowed.ok) throw new ConflictError(allowed.reason);
    const seated = await seatInLockedCircle(circle.id, fresh.userId, circle.maxSize, fresh.reasons);
    if (!seated) throw new ConflictError("The circle is full, so this request can't be accepted now.");
    await tx.update(circleJoinRequests).set({ status: "accepted", decidedAt: now() }).where(eq(circleJoinRequests.id, requestId));
    await notify({
      userId: fresh.userId,
      kind: "circle-joined",
      dedupeKey: `circle-join-answer:${requestId}`,
      title: `Welcome to ${circle.title}`,
      body: "You have a seat in the circle. Say hello whenever you're ready.",
      href: `/circles/${circle.id}`,
    });
    return { seated: true };
  });
}

/**
 * Leaving, with optional closing words (sealed; shown to the circle as the
 * person's goodbye). The seat is freed; the person lands on suggestions.
 */
export async function leaveCircle(input: unknown) {
  const { circleId, closingWords } = leaveCircleSchema.parse(input);
  const { viewer, circle, role } = await accessCircle(circleId);
  if (role !== "member") throw new ConflictError("A facilitator steps back from the circle's settings, so members can be looked after.");
  await transaction(async (tx) => {
    await tx.select({ id: circles.id }).from(circles).where(eq(circles.id, circle.id)).for("update");
    const sealed = closingWords ? seal(closingWords, contexts.circleMessage(circle.id)) : null;
    const left = await tx
      .update(circleMembers)
      .set({ leftAt: now(), leftReason: "left", closingWords: sealed?.ciphertext ?? null, closingWordsKeyId: sealed?.keyId ?? null })
      .where(and(eq(circleMembers.circleId, circle.id), eq(circleMembers.userId, viewer.id), isNull(circleMembers.leftAt)))
      .returning({ id: circleMembers.id });
    if (left.length === 0) return;
    const [person] = await tx.select({ name: users.name }).from(users).where(eq(users.id, viewer.id));
    await notify({
      userId: circle.facilitatorId,
      kind: "circle-member-left",
      dedupeKey: `circle-left:${left[0]!.id}`,
      title: `${person?.name.split(" ")[0] ?? "A member"} has stepped back from ${circle.title}`,
      body: "They chose to leave the circle. Any closing words they left are on the circle page.",
      href: `/circles/${circle.id}`,
    });
  });
}
