import "server-only";
import { publishLive } from "@/lib/dal/notifications/live";
import { recordFirstLook, startCrisisAlert } from "@/lib/dal/safety/on-call";
import { and, eq, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { type ContentKind, safetyItems } from "@/db/schema";
import { now } from "@/lib/clock";
import { uuid } from "@/lib/validation/fields";
import { type ClaimInfo, claimOn, isTargetRemoved, type ItemSubject, itemSubject } from "@/lib/dal/staff/moderation";
import { requireStaff } from "@/lib/dal/account/viewer";

/**
 * Safety items: raised by the app itself when someone writes crisis or
 * concern language (lib/safety/assess-risk.ts), and put at the top of the
 * moderators' queue. An item points at the words (kind + id) and never copies
 * them; its reasons are the detector's rule labels, not the text.
 *
 * Raising one tells nobody: not the author (who has already been shown help
 * where they wrote), and not the other person in the relationship.
 */

export interface RaiseSafetyItem {
  level: "concern" | "crisis";
  /** Whose words these are. */
  subjectId: string;
  targetKind: ContentKind;
  /** The message or check-in entry id, or the profile owner's user id. */
  targetId: string;
  relationshipId: string | null;
  reasons: readonly string[];
}

/**
 * Raises a safety item once per piece of content (unique target), so a retry
 * or a second instance raises nothing more. Calling it again may only make an
 * open item more urgent (a concern becomes a crisis, with the new reasons).
 * A profile is the one target whose words change: a resolved profile item is
 * opened again when the new words raise a flag, as if it were new.
 *
 * Returns whether this call created (or re-opened) the item. Call it inside
 * the transaction that saves the words, so a rollback leaves no orphan item.
 */
export async function raiseSafetyItem(exec: Executor, item: RaiseSafetyItem): Promise<{ created: boolean; id: string }> {
  const at = now();
  const reasons = [...new Set(item.reasons)].slice(0, 20);
  const resolved = sql`${safetyItems.status} = 'resolved'`;
  const [row] = await exec
    .insert(safetyItems)
    .values({
      level: item.level,
      subjectId: item.subjectId,
      targetKind: item.targetKind,
      targetId: item.targetId,
      relationshipId: item.relationshipId,
      reasons,
      createdAt: at,
    })
    .onConflictDoUpdate({
      target: [safetyItems.targetKind, safetyItems.targetId],
      set: {
        // `excluded` is the row this call tried to insert.
        level: sql`case when ${resolved} then excluded.level else greatest(${safetyItems.level}, excluded.level) end`,
        reasons: sql`case when ${resolved} or excluded.level > ${safetyItems.level} then excluded.reasons else ${safetyItems.reasons} end`,
        createdAt: sql`case when ${resolved} then excluded.created_at else ${safetyItems.createdAt} end`,
        status: "open",
        resolvedAt: null,
        resolvedById: null,
        resolution: null,
        subjectId: sql`excluded.subject_id`,
      },
      setWhere: sql`(${resolved} and excluded.target_kind = 'profile') or (${safetyItems.status} = 'open' and excluded.level > ${safetyItems.level})`,
    })
    .returning({ id: safetyItems.id, createdAt: safetyItems.createdAt });
  // A new or re-opened item carries this call's time; an item made more urgent keeps its own.
  if (row) {
    // Crisis care never waits: the moderators on call are alerted in this same transaction.
    if (item.level === "crisis") await startCrisisAlert(row.id);
    else await publishLive({ topic: "queue" });
    return { created: row.createdAt.getTime() === at.getTime(), id: row.id };
  }
  const [existing] = await exec
    .select({ id: safetyItems.id })
    .from(safetyItems)
    .where(and(eq(safetyItems.targetKind, item.targetKind), eq(safetyItems.targetId, item.targetId)));
  return { created: false, id: existing!.id };
}

/** The open safety item about a piece of content, if any (for the lead's thread and for tests). */
export async function openSafetyItemFor(exec: Executor, targetKind: ContentKind, targetId: string) {
  const [row] = await exec
    .select({ id: safetyItems.id, level: safetyItems.level })
    .from(safetyItems)
    .where(and(eq(safetyItems.targetKind, targetKind), eq(safetyItems.targetId, targetId), eq(safetyItems.status, "open")));
  return row ?? null;
}

export interface SafetyItemForStaff {
  id: string;
  level: "concern" | "crisis";
  reasons: string[];
  targetKind: ContentKind;
  targetId: string;
  relationshipId: string | null;
  status: "open" | "resolved";
  resolution: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
  subject: ItemSubject | null;
  targetRemoved: boolean;
  claim: ClaimInfo | null;
}

/** One safety item, for its page in /admin. Staff only; the words themselves are read separately, audited. */
export async function getSafetyItemForStaff(id: string): Promise<SafetyItemForStaff | null> {
  const viewer = await requireStaff();
  if (!uuid.safeParse(id).success) return null;
  const [row] = await db().select().from(safetyItems).where(eq(safetyItems.id, id));
  if (!row) return null;
  if (row.level === "crisis") await recordFirstLook(row.id, viewer.id);
  const [subject, targetRemoved, claim] = await Promise.all([itemSubject(viewer, row.subjectId), isTargetRemoved(row.targetKind, row.targetId), claimOn(viewer, "safety_item", row.id)]);
  return {
    id: row.id,
    level: row.level,
    reasons: row.reasons,
    targetKind: row.targetKind,
    targetId: row.targetId,
    relationshipId: row.relationshipId,
    status: row.status,
    resolution: row.resolution,
    resolvedAt: row.resolvedAt,
    createdAt: row.createdAt,
    subject,
    targetRemoved,
    claim,
  };
}
