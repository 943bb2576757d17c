import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import { db, inTransaction } from "@/db/client";
import { relationships } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { blockedPair, NOT_FOUND, type RelationshipAccess } from "./access";

export const ARCHIVED = "This relationship has ended, so its thread is now a read-only archive.";

export interface LockedRelationship {
  status: "active" | "ended";
  endedById: string | null;
  endingAfter: Date | null;
}

/**
 * The one relationship lock. Every write inside a relationship takes it first,
 * inside its transaction, and it checks again — in the locking query itself —
 * everything the access check said before the transaction opened: the viewer
 * is one of the two, no block stands between them, and (unless the caller
 * asks to see an ended one) it is still going. A block or an ending that lands
 * between the access check and the write therefore wins, never the write.
 *
 * `ifEnded: "return"` is for the ending itself, which treats "already ended"
 * as an answer rather than an error.
 */
export async function lockRelationship(
  access: RelationshipAccess,
  { ifEnded = "refuse", endedMessage = ARCHIVED }: { ifEnded?: "refuse" | "return"; endedMessage?: string } = {},
): Promise<LockedRelationship> {
  // Outside a transaction FOR UPDATE would be released at once and protect nothing.
  if (!inTransaction()) throw new Error("lockRelationship must run inside transaction()");
  const [row] = await db()
    .select({ status: relationships.status, endedById: relationships.endedById, endingAfter: relationships.endingAfter })
    .from(relationships)
    .where(
      and(
        eq(relationships.id, access.id),
        or(eq(relationships.seekerId, access.viewer.id), eq(relationships.partnerId, access.viewer.id)),
        sql`not ${blockedPair}`,
      ),
    )
    .for("update");
  if (!row) throw new NotFoundError(NOT_FOUND);
  if (row.status !== "active" && ifEnded === "refuse") throw new ConflictError(endedMessage);
  return row;
}
