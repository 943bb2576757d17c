import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { blocks, circleFeltOff, circleMembers, circleMessages, circleSeekers, circles, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { circleBlockSchema, circleIdSchema, feltOffSchema, settleFeltOffSchema } from "@/lib/validation/circles";
import type { Viewer } from "@/lib/dal/account/viewer";
import { notify } from "@/lib/dal/notifications/bell";
import { blockPerson } from "@/lib/dal/safety/blocks";
import { isBlockedBetween } from "@/lib/dal/safety/block-filters";
import { accessAsFacilitator, accessCircle, CIRCLE_NOT_FOUND, type CircleAccess } from "./access";

/**
 * Safety inside a circle, as its people meet it: what a member may report
 * from the circle page, "something felt off" sent privately to the
 * facilitator, and a block between two members — the blocker chooses to stay
 * or to be placed in another circle, and the person blocked never sees the
 * blocker in the circle again (blocks hide both ways: the member list, the
 * thread). Moderators' side: moderation.ts.
 */

const NOT_REPORTABLE = "We couldn't find that to report. It may have been removed.";

/** Whether someone sits in the circle now (or holds it). */
async function isInCircle(circle: CircleAccess["circle"], userId: string) {
  if (circle.facilitatorId === userId) return true;
  const [seat] = await db()
    .select({ id: circleMembers.id })
    .from(circleMembers)
    .where(and(eq(circleMembers.circleId, circle.id), eq(circleMembers.userId, userId), isNull(circleMembers.leftAt)));
  return Boolean(seat);
}

/**
 * What a viewer may report from a circle: a message they can see in a circle
 * they are in (not their own), or a person who sits in the same circle. A
 * block between them hides the other, so it is not reportable from here
 * either. Anything else is not found.
 */
export async function circleReportTarget(
  viewer: Viewer,
  kind: "circle_message" | "person",
  targetId: string,
  circleId: string | undefined,
): Promise<{ subjectId: string; subjectName: string; circleId: string }> {
  let circleOf = circleId;
  let subjectId = targetId;
  if (kind === "circle_message") {
    const [message] = await db().select({ circleId: circleMessages.circleId, authorId: circleMessages.authorId }).from(circleMessages).where(eq(circleMessages.id, targetId));
    if (!message || (circleId && circleId !== message.circleId)) throw new NotFoundError(NOT_REPORTABLE);
    circleOf = message.circleId;
    subjectId = message.authorId;
  }
  if (!circleOf) throw new NotFoundError(NOT_REPORTABLE);
  const access = await accessCircle(circleOf).catch((error: unknown) => {
    if (error instanceof NotFoundError) throw new NotFoundError(NOT_REPORTABLE);
    throw error;
  });
  if (access.viewer.id !== viewer.id) throw new NotFoundError(NOT_REPORTABLE);
  if (subjectId === viewer.id) {
    if (kind === "circle_message") throw new ConflictError("These are your own words, so there's nothing to report.");
    throw new NotFoundError(NOT_REPORTABLE);
  }
  if (kind === "person" && !(await isInCircle(access.circle, subjectId))) throw new NotFoundError(NOT_REPORTABLE);
  if (await isBlockedBetween(viewer.id, subjectId)) throw new NotFoundError(NOT_REPORTABLE);
  const [person] = await db().select({ name: users.name }).from(users).where(eq(users.id, subjectId));
  if (!person) throw new NotFoundError(NOT_REPORTABLE);
  return { subjectId, subjectName: person.name, circleId: access.circle.id };
}

// ------------------------------------------------------------ something felt off

/**
 * A member tells the facilitator, privately, that something felt off —
 * with words if they like (sealed at rest). The facilitator is told on their
 * bell (and by email, per their choices) without the words, and reads them
 * on the circle page beside the repair guide. Once per clientKey.
 */
export async function sendFeltOff(input: unknown): Promise<{ created: boolean }> {
  const { circleId, words, clientKey } = feltOffSchema.parse(input);
  const { viewer, circle, role } = await accessCircle(circleId);
  if (role !== "member") throw new ConflictError("This goes from a member to the facilitator. As the facilitator, the repair guide is on this page.");
  return transaction(async (tx) => {
    const [row] = await tx
      .insert(circleFeltOff)
      .values({ circleId: circle.id, userId: viewer.id, words: words === "" ? null : words, clientKey, createdAt: now() })
      .onConflictDoNothing({ target: [circleFeltOff.circleId, circleFeltOff.userId, circleFeltOff.clientKey] })
      .returning({ id: circleFeltOff.id });
    if (!row) return { created: false };
    await notify({
      userId: circle.facilitatorId,
      kind: "circle-felt-off",
      dedupeKey: `circle-felt-off:${row.id}`,
      title: `${viewer.name.split(" ")[0]} told you something felt off in ${circle.title}`,
      body: "They told only you. What they wrote, if anything, is on the circle page beside the short repair guide.",
      href: `/circles/${circle.id}#felt-off`,
    });
    return { created: true };
  });
}

export interface FeltOffNote {
  id: string;
  name: string;
  words: string | null;
  createdAt: Date;
}

/** The facilitator's unsettled "felt off" notes (newest first). Anyone else: not found. */
export async function feltOffNotes(circleId: unknown): Promise<FeltOffNote[]> {
  const { circle } = await accessAsFacilitator(circleId);
  return db()
    .select({ id: circleFeltOff.id, name: users.name, words: circleFeltOff.words, createdAt: circleFeltOff.createdAt })
    .from(circleFeltOff)
    .innerJoin(users, eq(users.id, circleFeltOff.userId))
    .where(and(eq(circleFeltOff.circleId, circle.id), isNull(circleFeltOff.settledAt)))
    .orderBy(desc(circleFeltOff.createdAt))
    .limit(50);
}

/** The facilitator marks a note as talked through; it leaves their list. */
export async function settleFeltOff(input: unknown) {
  const { circleId, noteId } = settleFeltOffSchema.parse(input);
  const { circle } = await accessAsFacilitator(circleId);
  await db()
    .update(circleFeltOff)
    .set({ settledAt: now() })
    .where(and(eq(circleFeltOff.id, noteId), eq(circleFeltOff.circleId, circle.id), isNull(circleFeltOff.settledAt)));
}

// ------------------------------------------------------------ blocks inside a circle

/** Members of this circle the viewer has blocked (for the "stay or be re-placed" choice). */
export async function membersIBlockedHere(access: CircleAccess): Promise<string[]> {
  const rows = await db()
    .select({ id: circleMembers.userId })
    .from(circleMembers)
    .innerJoin(blocks, and(eq(blocks.blockerId, access.viewer.id), eq(blocks.blockedId, circleMembers.userId)))
    .where(and(eq(circleMembers.circleId, access.circle.id), isNull(circleMembers.leftAt)));
  return rows.map((r) => r.id);
}

/**
 * Leaves the circle to be placed in another: the seat is freed (reason
 * "replaced"), the person goes back to waiting for a group with priority and
 * is told so; the facilitator is told only that someone left. Call inside a
 * transaction; a second call finds no seat and does nothing.
 */
async function replaceInLockedCircle(access: CircleAccess): Promise<boolean> {
  const { viewer, circle } = access;
  await db().select({ id: circles.id }).from(circles).where(eq(circles.id, circle.id)).for("update");
  const at = now();
  const left = await db()
    .update(circleMembers)
    .set({ leftAt: at, leftReason: "replaced" })
    .where(and(eq(circleMembers.circleId, circle.id), eq(circleMembers.userId, viewer.id), isNull(circleMembers.leftAt)))
    .returning({ id: circleMembers.id });
  if (left.length === 0) return false;
  await db()
    .insert(circleSeekers)
    .values({ userId: viewer.id, active: true, priority: true, waitingSince: at })
    .onConflictDoUpdate({ target: circleSeekers.userId, set: { active: true, priority: true, updatedAt: at } });
  await notify({
    userId: viewer.id,
    kind: "circle-replaced",
    dedupeKey: `circle-replaced:${left[0]!.id}`,
    title: "You're waiting for another circle, with priority",
    body: `You've left ${circle.title} and you're back on the list for a circle, marked for priority. You can also ask to join a suggested circle right away. Nobody in ${circle.title} was told why.`,
    href: "/circles",
  });
  await notify({
    userId: circle.facilitatorId,
    kind: "circle-member-left",
    dedupeKey: `circle-left:${left[0]!.id}`,
    title: `${viewer.name.split(" ")[0]} has left ${circle.title}`,
    body: "Their seat is free now.",
    href: `/circles/${circle.id}`,
  });
  return true;
}

/**
 * A member blocks another member from the circle page, choosing at once to
 * stay or to be re-placed. The block itself is the usual one (both hidden
 * from each other everywhere; the person blocked is not told).
 */
export async function blockInCircle(input: unknown): Promise<{ replaced: boolean }> {
  const { circleId, personId, choice } = circleBlockSchema.parse(input);
  const access = await accessCircle(circleId);
  if (access.role !== "member") throw new ConflictError("As the facilitator, please ask a moderator to help with a member instead of blocking them here.");
  if (personId === access.viewer.id || personId === access.circle.facilitatorId) throw new NotFoundError("We couldn't find that person in this circle.");
  const [seat] = await db()
    .select({ id: circleMembers.id })
    .from(circleMembers)
    .where(and(eq(circleMembers.circleId, access.circle.id), eq(circleMembers.userId, personId), isNull(circleMembers.leftAt)));
  if (!seat) throw new NotFoundError("We couldn't find that person in this circle.");
  return transaction(async () => {
    await blockPerson({ personId });
    const replaced = choice === "replace" ? await replaceInLockedCircle(access) : false;
    return { replaced };
  });
}

/** After a block (made here or elsewhere), the blocker may still choose to be placed in another circle. */
export async function replaceMe(input: unknown): Promise<{ replaced: boolean }> {
  const { circleId } = circleIdSchema.parse(input);
  const access = await accessCircle(circleId);
  if (access.role !== "member") throw new NotFoundError(CIRCLE_NOT_FOUND);
  if ((await membersIBlockedHere(access)).length === 0) throw new ConflictError("Moving to another circle is offered after blocking someone here. You can leave the circle below at any time.");
  return transaction(async () => ({ replaced: await replaceInLockedCircle(access) }));
}

/** What the circle page shows about safety: the blocker's standing choice (members), the "felt off" notes (the facilitator). */
export async function circleSafetyPanel(circleId: unknown): Promise<{ blockedSomeoneHere: boolean; feltOff: FeltOffNote[] }> {
  const access = await accessCircle(circleId);
  if (access.role === "facilitator") return { blockedSomeoneHere: false, feltOff: await feltOffNotes(access.circle.id) };
  return { blockedSomeoneHere: (await membersIBlockedHere(access)).length > 0, feltOff: [] };
}
