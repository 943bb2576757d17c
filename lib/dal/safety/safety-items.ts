import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { publishLive } from "@/lib/dal/notifications/live";
import { recordFirstLook, startCrisisAlert } from "@/lib/dal/safety/on-call";
import { type ContentKind, safetyItems } from "@/db/schema";
import { now } from "@/lib/clock";
import { type RiskCategory, RISK_CATEGORY_LABELS, RISK_CATEGORY_SEVERITY } from "@/lib/safety/categories";
import { uuid } from "@/lib/validation/fields";
import { type ClaimInfo, claimOn } from "@/lib/dal/staff/claims";
import { isTargetRemoved, type ItemSubject, itemSubject } from "@/lib/dal/staff/item-pages";
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
  /** What kind of risk (lib/safety/categories.ts); the queue orders by its severity. */
  category?: RiskCategory;
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
export async function raiseSafetyItem(item: RaiseSafetyItem): Promise<{ created: boolean; id: string }> {
  const at = now();
  const reasons = [...new Set(item.reasons)].slice(0, 20);
  const resolved = sql`${safetyItems.status} = 'resolved'`;
  const [row] = await db()
    .insert(safetyItems)
    .values({
      level: item.level,
      subjectId: item.subjectId,
      targetKind: item.targetKind,
      targetId: item.targetId,
      relationshipId: item.relationshipId,
      reasons,
      category: item.category ?? "none",
      createdAt: at,
    })
    .onConflictDoUpdate({
      target: [safetyItems.targetKind, safetyItems.targetId],
      set: {
        // `excluded` is the row this call tried to insert.
        level: sql`case when ${resolved} then excluded.level else greatest(${safetyItems.level}, excluded.level) end`,
        reasons: sql`case when ${resolved} or excluded.level > ${safetyItems.level} then excluded.reasons else ${safetyItems.reasons} end`,
        category: sql`case when ${resolved} or excluded.level > ${safetyItems.level} then excluded.category else ${safetyItems.category} end`,
        firstLookAt: sql`case when ${resolved} then null else ${safetyItems.firstLookAt} end`,
        firstLookById: sql`case when ${resolved} then null else ${safetyItems.firstLookById} end`,
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
  const [existing] = await db()
    .select({ id: safetyItems.id })
    .from(safetyItems)
    .where(and(eq(safetyItems.targetKind, item.targetKind), eq(safetyItems.targetId, item.targetId)));
  return { created: false, id: existing!.id };
}

/**
 * Escalation over time (lib/safety/escalation.ts): ONE crisis-priority item
 * per person (target kind "person", target id = the person), raised the first
 * time their recent concern-level words add up, and updated — never
 * duplicated — as more arrive while it is open: its reasons become the
 * sequence's categories in words (never the words themselves), its category
 * the most severe of them, and it keeps its place in the queue (its waiting
 * time runs from the first raise). Once a moderator has closed it, the next
 * sequence opens it again as new.
 */
export async function raiseEscalationItem(input: { subjectId: string; categories: readonly RiskCategory[] }): Promise<{ id: string }> {
  const at = now();
  const severest = [...input.categories].sort((a, b) => RISK_CATEGORY_SEVERITY[b] - RISK_CATEGORY_SEVERITY[a])[0] ?? "distress";
  const reasons = [`${input.categories.length} concern signs within 24 hours`, ...input.categories.map((c) => RISK_CATEGORY_LABELS[c])].slice(0, 20);
  const resolved = sql`${safetyItems.status} = 'resolved'`;
  const [row] = await db()
    .insert(safetyItems)
    .values({ level: "crisis", subjectId: input.subjectId, targetKind: "person", targetId: input.subjectId, relationshipId: null, reasons, category: severest, createdAt: at })
    .onConflictDoUpdate({
      target: [safetyItems.targetKind, safetyItems.targetId],
      set: {
        level: "crisis",
        reasons: sql`excluded.reasons`,
        category: sql`excluded.category`,
        createdAt: sql`case when ${resolved} then excluded.created_at else ${safetyItems.createdAt} end`,
        firstLookAt: sql`case when ${resolved} then null else ${safetyItems.firstLookAt} end`,
        firstLookById: sql`case when ${resolved} then null else ${safetyItems.firstLookById} end`,
        status: "open",
        resolvedAt: null,
        resolvedById: null,
        resolution: null,
      },
    })
    .returning({ id: safetyItems.id });
  return { id: row!.id };
}

/** The person's escalation item, if any: its status and when it was last closed (escalation counts only what came after). */
export async function escalationItemOf(subjectId: string) {
  const [row] = await db()
    .select({ id: safetyItems.id, status: safetyItems.status, resolvedAt: safetyItems.resolvedAt })
    .from(safetyItems)
    .where(and(eq(safetyItems.targetKind, "person"), eq(safetyItems.targetId, subjectId)));
  return row ?? null;
}

export interface SafetyItemForStaff {
  id: string;
  level: "concern" | "crisis";
  reasons: string[];
  category: RiskCategory;
  /** The category in words, for moderators. */
  categoryLabel: string;
  firstLookAt: Date | null;
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

/**
 * One safety item, for its page in /admin. Staff only; the words themselves
 * are read separately, audited. Opening it records the first look (once:
 * the first moderator to open it, and when), for program health.
 */
export async function getSafetyItemForStaff(id: string): Promise<SafetyItemForStaff | null> {
  const viewer = await requireStaff();
  if (!uuid.safeParse(id).success) return null;
  await db()
    .update(safetyItems)
    .set({ firstLookAt: now(), firstLookById: viewer.id })
    .where(and(eq(safetyItems.id, id), isNull(safetyItems.firstLookAt), eq(safetyItems.status, "open")));
  const [row] = await db().select().from(safetyItems).where(eq(safetyItems.id, id));
  if (!row) return null;
  const category = (row.category in RISK_CATEGORY_LABELS ? row.category : "none") as RiskCategory;
  if (row.level === "crisis") await recordFirstLook(row.id, viewer.id);
  const [subject, targetRemoved, claim] = await Promise.all([itemSubject(viewer, row.subjectId), isTargetRemoved(row.targetKind, row.targetId), claimOn(viewer, "safety_item", row.id)]);
  return {
    id: row.id,
    level: row.level,
    reasons: row.reasons,
    category,
    categoryLabel: RISK_CATEGORY_LABELS[category],
    firstLookAt: row.firstLookAt,
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
