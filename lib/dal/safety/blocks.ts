import "server-only";
import { publishLive } from "@/lib/dal/notifications/live";
import { and, asc, eq, sql } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { blocks, matchRequests, relationships, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { personIdSchema } from "@/lib/validation/relationships";
import { NO_SUCH_PERSON } from "./block-filters";
import { pairOf } from "@/lib/dal/matching/requests";
import { invalidateMentorPool } from "@/lib/dal/matching/mentor-pool";
import { forgetSavesBetween } from "@/lib/dal/matching/saved";
import { forgetRelationshipNotifications } from "@/lib/dal/notifications/bell";
import { closeRelationship } from "@/lib/dal/relationship/lifecycle";
import { requireViewer } from "@/lib/dal/account/viewer";

/**
 * Blocks. A block hides two people from each other everywhere, whichever of
 * them made it: no suggestion, request, relationship, thread or notification
 * connects them afterwards. The person blocked is never told: what they see
 * is the other person no longer being there, as if they had left.
 */

/**
 * The viewer blocks someone. One transaction: the block row (a second block
 * of the same person is a no-op), their active relationship ended at once —
 * by the viewer, reason "uncomfortable", with no notification — open requests
 * between them withdrawn or declined without an outcome to show, and every
 * notification about their relationships deleted.
 */
export async function blockPerson(input: unknown): Promise<{ endedRelationship: { id: string; viewerWasSeeker: boolean } | null }> {
  const viewer = await requireViewer();
  const { personId } = personIdSchema.parse(input);
  if (personId === viewer.id) throw new ConflictError("You can't block yourself.");
  const pair = pairOf(viewer.id, personId);
  const result = await transaction(async (tx) => {
    const [person] = await tx.select({ id: users.id }).from(users).where(eq(users.id, personId));
    if (!person) throw new NotFoundError(NO_SUCH_PERSON);
    const at = now();
    await tx.insert(blocks).values({ blockerId: viewer.id, blockedId: personId, ...pair, createdAt: at }).onConflictDoNothing();

    // Open requests and proposals between them first: the viewer's own are withdrawn, the other's declined,
    // with outcomeSeenAt set so the other person is never shown a "declined". Doing this before reading
    // the relationships waits out an accept that holds the request's lock, so the relationship it
    // creates is found below and ended.
    await tx
      .update(matchRequests)
      .set({
        status: sql`case when ${matchRequests.fromId} = ${viewer.id} then 'withdrawn' else 'declined' end::match_request_status`,
        respondedAt: at,
        outcomeSeenAt: at,
      })
      .where(and(eq(matchRequests.pairLow, pair.pairLow), eq(matchRequests.pairHigh, pair.pairHigh), eq(matchRequests.status, "open")));

    const pairRelationships = await tx
      .select({ id: relationships.id, status: relationships.status, kind: relationships.kind, seekerId: relationships.seekerId })
      .from(relationships)
      .where(and(eq(relationships.pairLow, pair.pairLow), eq(relationships.pairHigh, pair.pairHigh)))
      .for("update");
    let endedRelationship: { id: string; viewerWasSeeker: boolean } | null = null;
    for (const rel of pairRelationships) {
      if (rel.status === "active") {
        const ended = await closeRelationship(rel.id, { endedById: viewer.id, reason: "uncomfortable", reflection: null, at, endingAfter: null });
        if (ended) endedRelationship = { id: rel.id, viewerWasSeeker: rel.kind === "friendship" || rel.seekerId === viewer.id };
      }
      await forgetRelationshipNotifications(rel.id);
      // The other person's open page closes (delivered on commit, carrying only the id).
      await publishLive({ topic: "closed", relationshipId: rel.id });
    }
    // A save between the two goes: neither is suggested to the other again.
    await forgetSavesBetween(viewer.id, personId);
    return { endedRelationship };
  });
  invalidateMentorPool();
  return result;
}

/** The viewer lifts their own block. Any relationship it ended stays ended; a block the other person made stays. */
export async function unblockPerson(input: unknown) {
  const viewer = await requireViewer();
  const { personId } = personIdSchema.parse(input);
  await db()
    .delete(blocks)
    .where(and(eq(blocks.blockerId, viewer.id), eq(blocks.blockedId, personId)));
  invalidateMentorPool();
}

export interface BlockedPerson {
  id: string;
  name: string;
  blockedAt: Date;
}

/** The people the viewer has blocked (never who has blocked the viewer). */
export async function listMyBlocks(): Promise<BlockedPerson[]> {
  const viewer = await requireViewer();
  return db()
    .select({ id: blocks.blockedId, name: users.name, blockedAt: blocks.createdAt })
    .from(blocks)
    .innerJoin(users, eq(users.id, blocks.blockedId))
    .where(eq(blocks.blockerId, viewer.id))
    .orderBy(asc(users.name));
}
