import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { blocks, matchRequests } from "@/db/schema";

/**
 * The SQL pieces every query uses to leave out a blocked pair, whichever of
 * the two made the block (blocks store the ordered pair, so one index lookup
 * answers). Kept apart from lib/dal/safety/blocks.ts so matching and requests can
 * use them without importing the blocking writes. The relationships version
 * is `blockedPair` in relationship-access.ts.
 */

/** What anyone is told about a person a block stands between: nothing. */
export const NO_SUCH_PERSON = "We couldn't find that person.";

/** SQL: true when a block stands between the two people of a `match_requests` row. */
export const blockedRequestPair = sql`exists (select 1 from ${blocks} where ${blocks.pairLow} = ${matchRequests.pairLow} and ${blocks.pairHigh} = ${matchRequests.pairHigh})`;

export async function isBlockedBetween(a: string, b: string): Promise<boolean> {
  const [row] = await db()
    .select({ one: sql`1` })
    .from(blocks)
    .where(sql`${blocks.pairLow} = least(${a}::uuid, ${b}::uuid) and ${blocks.pairHigh} = greatest(${a}::uuid, ${b}::uuid)`)
    .limit(1);
  return row !== undefined;
}

/** The people a viewer shares a block with, among the given ids (either direction). */
export async function blockedAmong(viewerId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db()
    .select({ blockerId: blocks.blockerId, blockedId: blocks.blockedId })
    .from(blocks)
    .where(or(and(eq(blocks.blockerId, viewerId), inArray(blocks.blockedId, ids)), and(eq(blocks.blockedId, viewerId), inArray(blocks.blockerId, ids))));
  return new Set(rows.map((r) => (r.blockerId === viewerId ? r.blockedId : r.blockerId)));
}
