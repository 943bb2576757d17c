/**
 * The moderators' queue reads the first page of open safety items and of open
 * reports in the order to work them. Migration 0026 holds each order in a
 * partial index whose expressions restate the severity tables; if a table
 * changes and the migration does not, PostgreSQL stops using the index (the
 * queue stays right, but sorts every open item on every load). This fails
 * first: with sorting and sequential scans priced out, each page must be an
 * index scan of its own index and no sort.
 */
import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, fixed, fixedLimit, rowsOf, transaction } from "@/db/client";
import { reports, safetyItems } from "@/db/schema";
import { safetyQueueOrder } from "@/lib/dal/safety/triage";
import { reportQueueOrder } from "@/lib/dal/staff/queue";

async function plan(query: { toSQL(): { sql: string; params: unknown[] } }): Promise<string> {
  const { sql: text, params } = query.toSQL();
  expect(params).toEqual([]);
  return transaction(async () => {
    await db().execute(sql.raw("set local enable_seqscan = off"));
    await db().execute(sql.raw("set local enable_sort = off"));
    const rows = await rowsOf<{ "QUERY PLAN": string }>(sql.raw(`explain ${text}`));
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
}

describe("the queue's first pages are read in index order", () => {
  it("open safety items: crisis first, then the category's severity, then the longest waiting", async () => {
    const query = db().select({ id: safetyItems.id }).from(safetyItems).where(eq(safetyItems.status, fixed("open"))).orderBy(...safetyQueueOrder).limit(fixedLimit(25));
    const text = await plan(query);
    expect(text).toContain("safety_items_queue_order_idx");
    expect(text).not.toMatch(/\bSort\b/);
  });

  it("open reports: by how much harm, then the longest waiting", async () => {
    const query = db().select({ id: reports.id }).from(reports).where(eq(reports.status, fixed("open"))).orderBy(reportQueueOrder, asc(reports.createdAt), asc(reports.id)).limit(fixedLimit(25));
    const text = await plan(query);
    expect(text).toContain("reports_queue_order_idx");
    expect(text).not.toMatch(/\bSort\b/);
  });
});
