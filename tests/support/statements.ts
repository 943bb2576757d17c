import { sql } from "drizzle-orm";
import { connection, db } from "@/db/client";

/**
 * Two ways of seeing what a page asks of the database, for the page-read
 * tests: the text of every statement sent while something runs (PGlite or
 * PostgreSQL), and a fingerprint of every table's rows (any insert, update or
 * delete anywhere changes it).
 */

export async function rowsOf<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await db().execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}

/** Every table's rows, hashed. */
export async function fingerprint(): Promise<Map<string, string>> {
  const tables = (await rowsOf<{ name: string }>(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`)).map(
    (r) => r.name,
  );
  const parts = tables.map((t) => sql`select ${t}::text as t, md5(coalesce(string_agg(x::text, ',' order by x::text), '')) as h from ${sql.identifier(t)} x`);
  return new Map((await rowsOf<{ t: string; h: string }>(sql.join(parts, sql` union all `))).map((r) => [r.t, r.h]));
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...before.keys()].filter((t) => before.get(t) !== after.get(t));
}

/**
 * Records the text of every statement sent to the database while fn runs
 * (either driver), so a test can say how many queries a read costs — and
 * that the number does not grow with the rows it reads.
 */
export async function statementsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const raw = connection().raw;
  const target = (raw.kind === "pglite" ? raw.client : raw.sql) as unknown as Record<string, (...args: unknown[]) => unknown>;
  const method = raw.kind === "pglite" ? "query" : "unsafe";
  const original = target[method]!;
  target[method] = function (this: unknown, text: unknown, ...rest: unknown[]) {
    seen.push(String(text));
    return original.call(this, text, ...rest);
  };
  try {
    await fn();
  } finally {
    target[method] = original;
  }
  return seen;
}
