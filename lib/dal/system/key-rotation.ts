import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { checkInEntries, messages, ruptures } from "@/db/schema";
import { sql } from "drizzle-orm";
import { openValue, OWNER_SEALED_COLUMNS, SEALED_COLUMNS, SEALED_PREFIX, sealValue } from "@/db/schema/sealed";
import { asOwner } from "@/db/migrate-runner";
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
  Object.assign(rewritten, await sealColumnValues({ ring, batchSize, onlyPlain: false }));
  Object.assign(rewritten, await sealOwnerColumns({ ring, batchSize, onlyPlain: false }));
  return { currentKeyId: ring.currentId, rewritten };
}

/** The primary key of each table with sealed columns (db/schema/sealed.ts). */
const PRIMARY_KEYS: Record<string, string | readonly string[]> = {
  needs_profiles: "user_id",
  users: "id",
  reports: "id",
  appeals: "id",
  moderation_actions: "id",
  notifications: "id",
  audit_reasons: "audit_id",
  circle_members: "id",
  circle_felt_off: "id",
  circles: "id",
  circle_reflections: ["circle_id", "user_id"],
  match_requests: "id",
  relationships: "id",
};

/** A table's primary key as one text value (columns joined by ":"), for finding a row again. */
function keyText(pk: string | readonly string[]) {
  return sql.join((typeof pk === "string" ? [pk] : pk).map((c) => sql`${sql.identifier(c)}::text`), sql` || ':' || `);
}

/**
 * Seals the values of the sealed columns (profile words and preferences,
 * report notes, appeals, status and moderation reasons, notification bodies)
 * that are still plain — from before they were encrypted — and, unless
 * `onlyPlain`, re-seals those written with an older key. Run at start-up
 * (plain values only, usually none) and by `npm run keys:rotate`. Each row
 * is rewritten only if it still holds the value read (a conditional update),
 * so a concurrent edit is never overwritten.
 */
export async function sealColumnValues(options: { ring?: Keyring; batchSize?: number; onlyPlain?: boolean; columns?: readonly string[] } = {}) {
  const ring = options.ring ?? keyring();
  const batchSize = options.batchSize ?? 500;
  const done: Record<string, number> = {};
  for (const column of options.columns ?? SEALED_COLUMNS) {
    const [table, name] = column.split(".") as [string, string];
    const pk = PRIMARY_KEYS[table];
    if (!pk) throw new Error(`sealColumnValues: no primary key known for ${table}`);
    const current = `${SEALED_PREFIX}${ring.currentId}:%`;
    const stale = options.onlyPlain
      ? sql`${sql.identifier(name)} not like ${`${SEALED_PREFIX}%`}`
      : sql`${sql.identifier(name)} not like ${current}`;
    done[column] = 0;
    const skipped = new Set<string>();
    for (;;) {
      const result = await db().execute<{ id: string; value: string }>(
        sql`select ${keyText(pk)} as id, ${sql.identifier(name)} as value from ${sql.identifier(table)}
            where ${sql.identifier(name)} is not null and ${stale} order by 1 limit ${batchSize + skipped.size}`,
      );
      const rows = (Array.isArray(result) ? result : (result as { rows: { id: string; value: string }[] }).rows).filter((r) => !skipped.has(r.id));
      if (rows.length === 0) break;
      for (const row of rows) {
        const fresh = sealValue(openValue(row.value, column, ring), column, ring);
        const updated = await db().execute(
          sql`update ${sql.identifier(table)} set ${sql.identifier(name)} = ${fresh}
              where ${keyText(pk)} = ${row.id} and ${sql.identifier(name)} = ${row.value}`,
        );
        const count = Array.isArray(updated) ? (updated as { count?: number }).count : (updated as { affectedRows?: number }).affectedRows;
        if (count === 0) skipped.add(row.id); // changed meanwhile: its new value was sealed by the app
        else done[column] += 1;
      }
    }
  }
  return done;
}

/** sealColumnValues for the append-only sealed columns (audit reasons), as the owner role: the serving role may not rewrite them. */
export async function sealOwnerColumns(options: { ring?: Keyring; batchSize?: number; onlyPlain?: boolean } = {}) {
  return asOwner(() => sealColumnValues({ ...options, columns: OWNER_SEALED_COLUMNS }));
}
