import "server-only";
import { sql } from "drizzle-orm";
import { safetyItems } from "@/db/schema";
import { RISK_CATEGORY_LABELS, RISK_CATEGORY_SEVERITY, type RiskCategory } from "@/lib/safety/categories";

/**
 * How the moderators' queue orders safety items: crisis level first, then
 * the category's severity (lib/safety/categories.ts: an attempt, danger now,
 * preparation, a plan or a method above thoughts; thoughts above concerns),
 * then the longest waiting. Built from the pure table, so the order lives in
 * one place; the categories are fixed identifiers, never user input.
 */
const severity = sql.raw(
  `(case "safety_items"."category" ${Object.entries(RISK_CATEGORY_SEVERITY)
    .map(([category, rank]) => `when '${category.replace(/'/g, "")}' then ${Number(rank)}`)
    .join(" ")} else 0 end)`,
);

// Migration 0026's partial index holds this order for open items (tests/integration/queue-order-index.test.ts).
export const safetyQueueOrder = [sql`${safetyItems.level} = 'crisis' desc`, sql`${severity} desc`, sql`${safetyItems.createdAt} asc`, sql`${safetyItems.id} asc`] as const;

/** A stored category in words; an unknown or empty one reads as "not recorded". */
export function categoryInWords(category: string | null | undefined): string {
  if (category && category !== "none" && category in RISK_CATEGORY_LABELS) return RISK_CATEGORY_LABELS[category as RiskCategory];
  return "Category not recorded";
}
