import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { appeals, type ContentKind, moderationActions, reports, safetyItems, users } from "@/db/schema";
import { uuid } from "@/lib/validation/fields";
import type { ModerationActionValue } from "@/lib/validation/moderation";
import { requireStaff } from "@/lib/dal/account/viewer";

/**
 * A person's moderation history, as the item pages show it beside a
 * decision: what moderators have done about them, the appeals, and how many
 * reports and safety items about them are still open. Staff only.
 */

export interface HistoryEntry {
  id: string;
  action: ModerationActionValue;
  reason: string;
  moderatorName: string | null;
  targetKind: ContentKind | null;
  createdAt: Date;
  appeal: { status: "open" | "upheld" | "overturned"; decision: string | null } | null;
}

/** What moderators have done about one person, newest first, with the appeals. Staff only. */
export async function moderationHistoryFor(subjectId: string): Promise<{ entries: HistoryEntry[]; openReports: number; openSafetyItems: number }> {
  await requireStaff();
  if (!uuid.safeParse(subjectId).success) return { entries: [], openReports: 0, openSafetyItems: 0 };
  const moderator = alias(users, "moderator");
  const [rows, openReports, openSafetyItems] = await Promise.all([
    db()
      .select({
        id: moderationActions.id,
        action: moderationActions.action,
        reason: moderationActions.reason,
        moderatorName: moderator.name,
        targetKind: moderationActions.targetKind,
        createdAt: moderationActions.createdAt,
        appealStatus: appeals.status,
        appealDecision: appeals.decision,
      })
      .from(moderationActions)
      .leftJoin(moderator, eq(moderator.id, moderationActions.moderatorId))
      .leftJoin(appeals, eq(appeals.actionId, moderationActions.id))
      .where(eq(moderationActions.subjectId, subjectId))
      .orderBy(desc(moderationActions.createdAt))
      .limit(30),
    db().$count(reports, and(eq(reports.subjectId, subjectId), eq(reports.status, "open"))),
    db().$count(safetyItems, and(eq(safetyItems.subjectId, subjectId), eq(safetyItems.status, "open"))),
  ]);
  return {
    entries: rows.map(({ appealStatus, appealDecision, ...r }) => ({ ...r, appeal: appealStatus ? { status: appealStatus, decision: appealDecision } : null })),
    openReports,
    openSafetyItems,
  };
}
