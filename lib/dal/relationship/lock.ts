import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { relationships } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { blockedPair, NOT_FOUND, type RelationshipAccess } from "./access";

/**
 * Locks the relationship's row inside `tx` and checks again, in the query,
 * that the viewer is one of the two, that no block stands between them and
 * that it is still going. Callers pass the access they got *before* opening
 * the transaction: reading the session inside one would wait forever on
 * PGlite, whose single connection the open transaction holds (and React's
 * per-request cache does not exist outside a request, e.g. in tests).
 */
export async function lockRelationshipForWrite(tx: Executor, access: RelationshipAccess) {
  const [row] = await tx
    .select({ status: relationships.status })
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
  if (row.status !== "active") throw new ConflictError("This relationship has ended, so its thread is now a read-only archive.");
}
