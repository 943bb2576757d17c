import "server-only";
import { and, eq, gt, inArray, lt, or } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { appeals, moderationClaims, relationships, reports, safetyItems, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { describeWait } from "@/lib/moderation/words";
import { type ClaimKind, claimSchema } from "@/lib/validation/moderation";
import { recordAudit } from "@/lib/dal/system/audit";
import { requireStaff, type Viewer } from "@/lib/dal/account/viewer";

/**
 * Claims on queue items: a moderator says "I have this one" so two people do
 * not work the same item. One row per item in moderation_claims; a claim
 * times out after CLAIM_TTL_MS, and ends with the item (dropClaims). The
 * queue (queue.ts), the item pages and the bulk actions (queue-bulk.ts) read
 * claims from here. claimItem and releaseClaim are staff only (requireStaff).
 */

/** A claim older than this counts as released: someone went home, the item must not sit. */
export const CLAIM_TTL_MS = 2 * 60 * 60 * 1000;

/** Claims made before this have timed out (the queue's filter uses it too). */
export const claimCutoff = () => new Date(now().getTime() - CLAIM_TTL_MS);

export interface ClaimInfo {
  moderatorName: string;
  claimedAt: Date;
  mine: boolean;
}

/** The live claim on one item, for its page. */
export async function claimOn(viewer: Viewer, kind: ClaimKind, id: string): Promise<ClaimInfo | null> {
  const [row] = await db()
    .select({ moderatorId: moderationClaims.moderatorId, name: users.name, claimedAt: moderationClaims.claimedAt })
    .from(moderationClaims)
    .innerJoin(users, eq(users.id, moderationClaims.moderatorId))
    .where(and(eq(moderationClaims.itemKind, kind), eq(moderationClaims.itemId, id), gt(moderationClaims.claimedAt, claimCutoff())));
  return row ? { moderatorName: row.name, claimedAt: row.claimedAt, mine: row.moderatorId === viewer.id } : null;
}

/** Whether a queue item is still waiting (open, or for a relationship, active). */
export async function itemIsOpen(kind: ClaimKind, id: string) {
  const table = { safety_item: safetyItems, report: reports, appeal: appeals, relationship: relationships }[kind];
  const open = kind === "relationship" ? eq(relationships.status, "active") : eq(table.status, "open");
  const [row] = await db().select({ id: table.id }).from(table).where(and(eq(table.id, id), open));
  return Boolean(row);
}

/**
 * Claims a queue item for the viewer. One insert decides it: when two
 * moderators claim at once exactly one wins (the primary key), and the other
 * is told who has it. A timed-out claim is taken over; claiming your own
 * again refreshes it.
 */
export async function claimItem(input: unknown): Promise<{ claimedAt: Date }> {
  const viewer = await requireStaff();
  const { itemKind, itemId } = claimSchema.parse(input);
  return transaction(async (tx) => {
    if (!(await itemIsOpen(itemKind, itemId))) throw new NotFoundError("That item is no longer waiting in the queue.");
    const at = now();
    const [won] = await tx
      .insert(moderationClaims)
      .values({ itemKind, itemId, moderatorId: viewer.id, claimedAt: at })
      .onConflictDoUpdate({
        target: [moderationClaims.itemKind, moderationClaims.itemId],
        set: { moderatorId: viewer.id, claimedAt: at },
        setWhere: or(lt(moderationClaims.claimedAt, claimCutoff()), eq(moderationClaims.moderatorId, viewer.id)),
      })
      .returning({ claimedAt: moderationClaims.claimedAt });
    if (!won) {
      const [holder] = await tx
        .select({ name: users.name, claimedAt: moderationClaims.claimedAt })
        .from(moderationClaims)
        .innerJoin(users, eq(users.id, moderationClaims.moderatorId))
        .where(and(eq(moderationClaims.itemKind, itemKind), eq(moderationClaims.itemId, itemId)));
      throw new ConflictError(holder ? `${holder.name} claimed this ${describeWait(holder.claimedAt, at)} ago.` : "Someone else has just claimed this.");
    }
    await recordAudit({ actorId: viewer.id, action: "queue.claim", details: { itemKind, itemId } });
    return { claimedAt: won.claimedAt };
  });
}

/** Releases the viewer's claim (an admin may release anyone's). A timed-out claim is already released. */
export async function releaseClaim(input: unknown): Promise<void> {
  const viewer = await requireStaff();
  const { itemKind, itemId } = claimSchema.parse(input);
  const isAdmin = viewer.roles.includes("admin");
  await transaction(async (tx) => {
    const [released] = await tx
      .delete(moderationClaims)
      .where(
        and(
          eq(moderationClaims.itemKind, itemKind),
          eq(moderationClaims.itemId, itemId),
          isAdmin ? undefined : or(eq(moderationClaims.moderatorId, viewer.id), lt(moderationClaims.claimedAt, claimCutoff())),
        ),
      )
      .returning({ moderatorId: moderationClaims.moderatorId });
    if (!released) {
      const holder = await claimOn(viewer, itemKind, itemId);
      if (holder && !holder.mine) throw new ForbiddenError(`${holder.moderatorName} holds this claim; only they (or an admin) can release it.`);
      return;
    }
    await recordAudit({ actorId: viewer.id, action: "queue.release", details: { itemKind, itemId, heldBy: released.moderatorId } });
  });
}

/** Claims end with the item: called in the transaction that resolves it. */
export async function dropClaims(kind: ClaimKind, ids: string[]) {
  if (ids.length) await db().delete(moderationClaims).where(and(eq(moderationClaims.itemKind, kind), inArray(moderationClaims.itemId, ids)));
}
