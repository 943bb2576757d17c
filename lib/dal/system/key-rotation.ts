import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { checkInEntries, messages, ruptures } from "@/db/schema";
import { contexts, type Keyring, keyring, seal, unseal } from "@/lib/privacy/encryption";

/**
 * Key rotation: re-encrypts every sealed value written with an older key so
 * that the old key can then be removed from DATA_KEYS. Run by an operator
 * (`npm run keys:rotate`), not by a request, so there is no viewer here.
 * Safe to run while the app serves traffic and safe to run again: each row is
 * rewritten only if it still carries the old key id (a conditional update),
 * in batches, so nothing is decrypted twice or lost to a concurrent write.
 */

interface SealedColumn {
  name: string;
  table: PgTable;
  id: PgColumn;
  relationshipId: PgColumn;
  value: PgColumn;
  keyId: PgColumn;
  /** The TypeScript keys of `value` and `keyId` in the table, for .set(). */
  set: (ciphertext: string, keyId: string) => Record<string, string>;
  context: (relationshipId: string) => string;
}

const sealedColumns: SealedColumn[] = [
  { name: "messages.body", table: messages, id: messages.id, relationshipId: messages.relationshipId, value: messages.body, keyId: messages.keyId, set: (body, keyId) => ({ body, keyId }), context: contexts.message },
  {
    name: "check_in_entries.content",
    table: checkInEntries,
    id: checkInEntries.id,
    relationshipId: checkInEntries.relationshipId,
    value: checkInEntries.content,
    keyId: checkInEntries.keyId,
    set: (content, keyId) => ({ content, keyId }),
    context: contexts.checkInEntry,
  },
  {
    name: "ruptures.opener_note",
    table: ruptures,
    id: ruptures.id,
    relationshipId: ruptures.relationshipId,
    value: ruptures.openerNote,
    keyId: ruptures.openerKeyId,
    set: (openerNote, openerKeyId) => ({ openerNote, openerKeyId }),
    context: contexts.ruptureNote,
  },
  {
    name: "ruptures.responder_note",
    table: ruptures,
    id: ruptures.id,
    relationshipId: ruptures.relationshipId,
    value: ruptures.responderNote,
    keyId: ruptures.responderKeyId,
    set: (responderNote, responderKeyId) => ({ responderNote, responderKeyId }),
    context: contexts.ruptureNote,
  },
];

export interface RotationReport {
  currentKeyId: string;
  rewritten: Record<string, number>;
}

export async function rotateDataKeys(options: { ring?: Keyring; batchSize?: number } = {}): Promise<RotationReport> {
  const ring = options.ring ?? keyring();
  const batchSize = options.batchSize ?? 500;
  const rewritten: Record<string, number> = {};
  for (const column of sealedColumns) {
    rewritten[column.name] = 0;
    // NULL key ids (a rupture not answered yet) are not "<> current" in SQL, so they are skipped.
    const stale = ne(column.keyId, ring.currentId);
    for (;;) {
      const rows = (await db()
        .select({ id: column.id, relationshipId: column.relationshipId, value: column.value, keyId: column.keyId })
        .from(column.table)
        .where(stale)
        .limit(batchSize)) as { id: string; relationshipId: string; value: string | null; keyId: string | null }[];
      if (rows.length === 0) break;
      for (const row of rows) {
        if (row.value === null || row.keyId === null) continue;
        const context = column.context(row.relationshipId);
        const fresh = seal(unseal({ ciphertext: row.value, keyId: row.keyId }, context, ring), context, ring);
        const [done] = await db()
          .update(column.table)
          .set(column.set(fresh.ciphertext, fresh.keyId))
          .where(and(eq(column.id, row.id), eq(column.keyId, row.keyId)))
          .returning({ id: column.id });
        if (done) rewritten[column.name] = (rewritten[column.name] ?? 0) + 1;
      }
    }
  }
  return { currentKeyId: ring.currentId, rewritten };
}
