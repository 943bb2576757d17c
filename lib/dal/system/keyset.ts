import "server-only";
import { type AnyColumn, sql, type SQL } from "drizzle-orm";
import { encodeCursor, type ThreadCursor } from "@/lib/validation/messages";

/**
 * Keyset paging on (time, id), newest first: the one-to-one thread, a
 * circle's thread and a space's pages read "the rows before this place" this
 * way, so page 500 costs what page 1 does on the (…, time, id) index.
 */

/** SQL: the row comes before (`at`, `id`) in newest-first order. */
export function olderThan(time: AnyColumn, id: AnyColumn, at: Date, placeId: string): SQL {
  return sql`(${time}, ${id}) < (${at.toISOString()}::timestamptz, ${placeId}::uuid)`;
}

/**
 * A thread page from `size + 1` rows read newest first: the `size` newest,
 * oldest first as a thread shows them, and the place to ask for the page
 * before them (null when the extra row says there is none).
 */
export function threadPage<T extends ThreadCursor>(newestFirst: readonly T[], size: number): { rows: T[]; earlier: string | null } {
  const rows = newestFirst.slice(0, size).reverse();
  const oldest = rows[0];
  return { rows, earlier: newestFirst.length > size && oldest ? encodeCursor(oldest) : null };
}
