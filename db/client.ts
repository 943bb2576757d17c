import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { type Placeholder, type SQL, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { databaseKind, env } from "@/lib/env";
import { lockDataDir } from "./lock";
import * as schema from "./schema";

/**
 * The one module that chooses the database driver:
 *   DATABASE_URL=postgres://…  → PostgreSQL through postgres.js
 *   unset                      → PGlite persisted under .data/pglite
 *   DATABASE_URL=pglite:<dir>  → PGlite in <dir>
 *   DATABASE_URL=memory://     → PGlite in memory (tests)
 * Both drivers give the same drizzle type. The connection opens lazily on first
 * use and is cached on globalThis, because Next evaluates this module several
 * times in one process (instrumentation, each route bundle, every HMR).
 */

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the database or an open transaction: DAL helpers accept both. */
export type Executor = Database | Transaction;

export interface Connection {
  db: Database;
  kind: "postgres" | "pglite";
  close: () => Promise<void>;
  /** For migrations, which need the driver-specific drizzle instance. */
  raw: { kind: "postgres"; sql: postgres.Sql } | { kind: "pglite"; client: PGlite };
}

export function openConnection(url: string, options: { prepare?: boolean; max?: number } = {}): Connection {
  if (databaseKind(url) === "postgres") {
    const prepare = options.prepare ?? env().databasePrepare;
    const sql = postgres(url, { max: options.max ?? env().databasePoolMax, onnotice: () => {}, prepare });
    const db = drizzlePostgres(prepare ? preparing(sql) : sql, { schema, casing: "snake_case" }) as unknown as Database;
    return { db, kind: "postgres", close: () => sql.end({ timeout: 5 }), raw: { kind: "postgres", sql } };
  }
  let client: PGlite;
  let release = () => {};
  if (url.startsWith("memory://")) {
    client = new PGlite();
  } else {
    const dir = url.slice("pglite:".length);
    mkdirSync(dir, { recursive: true });
    release = lockDataDir(dir);
    process.once("exit", release);
    client = new PGlite(dir);
  }
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
    raw: { kind: "pglite", client },
  };
}

type SqlClient = postgres.Sql | postgres.TransactionSql;

/**
 * drizzle asks postgres.js for an unnamed statement on every query (it
 * prepares only queries given a name), so each query with parameters costs
 * two round trips (describe, then execute) and PostgreSQL parses and
 * analyses it anew every time. This hands drizzle a client that turns those
 * into named statements, which postgres.js keeps per connection by their
 * text: after a connection's first use of a query, one round trip and no
 * parse (queries without parameters too, see `extended`). Only drizzle's calls pass a `prepare` option, so pg-boss, LISTEN
 * and the migrator (which use the raw client) are untouched. When a
 * migration changes what a kept statement returns, postgres.js prepares it
 * again, except inside a transaction, which the error has already aborted;
 * drizzle names every column it selects, so adding columns never does that.
 * Measured in docs/benchmarks.md ("Prepared statements").
 */
function preparing<T extends SqlClient>(client: T): T {
  return new Proxy(client, {
    get(target, key, receiver) {
      if (key === "unsafe") {
        return (query: string, params?: unknown[], opts?: { prepare?: boolean }) =>
          target.unsafe(query, params as never, opts && "prepare" in opts ? { ...opts, prepare: true, ...extended(query, params) } : opts);
      }
      // A transaction or savepoint hands its callback a client of its own: that one prepares too.
      if (key === "begin" || key === "savepoint") {
        return (...args: unknown[]) => {
          const fn = args.pop() as (tx: postgres.TransactionSql) => unknown;
          const open = (target as unknown as Record<string, (...a: unknown[]) => unknown>)[key]!;
          return open.call(target, ...args, (tx: postgres.TransactionSql) => fn(preparing(tx)));
        };
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

/**
 * postgres.js sends a query without parameters as a simple query, which is
 * never prepared: PostgreSQL parsed and planned the queue's counts and the
 * program settings on every request. One statement (no ';' in its text, so
 * never a script) goes through the extended protocol instead, and is kept
 * like the rest.
 */
function extended(query: string, params?: unknown[]): { simple?: false } {
  return (!params || params.length === 0) && !query.includes(";") ? { simple: false } : {};
}

const globalForDb = globalThis as unknown as { __alongsideConnection?: Connection };

export function connection(): Connection {
  if (!globalForDb.__alongsideConnection) {
    const conn = openConnection(env().databaseUrl);
    globalForDb.__alongsideConnection = conn;
    if (conn.kind === "pglite") closeOnSignals(conn);
  }
  return globalForDb.__alongsideConnection;
}

/*
 * Transaction propagation. transaction(fn) opens a transaction and runs fn
 * with it as the *current* executor: every db() call made inside fn — in any
 * data-layer module, however deep — joins it instead of taking another
 * connection. Nobody threads a transaction through parameters, and the class
 * of deadlock where a helper called inside a transaction waits for a second
 * connection (PGlite has exactly one) cannot happen.
 */
const globalForTx = globalThis as unknown as { __alongsideTx?: AsyncLocalStorage<Transaction> };
const currentTx = (globalForTx.__alongsideTx ??= new AsyncLocalStorage<Transaction>());

/** The database, or the open transaction this code runs inside (see transaction()). */
export function db(): Database {
  return (currentTx.getStore() as unknown as Database | undefined) ?? connection().db;
}

type TransactionConfig = Parameters<Database["transaction"]>[1];

/**
 * Runs fn in one transaction that every db() call inside it joins. Inside an
 * outer transaction it becomes a savepoint of that one: a failure inside
 * rolls back only its own work (and can be caught), while the outer one still
 * commits or rolls back the whole. So a data-layer function can be used on its
 * own or as a step of a larger one without knowing which.
 */
export async function transaction<T>(fn: (tx: Transaction) => Promise<T>, config?: TransactionConfig): Promise<T> {
  const outer = currentTx.getStore();
  if (outer) return outer.transaction((savepoint) => currentTx.run(savepoint, () => fn(savepoint)));
  return connection().db.transaction((tx) => currentTx.run(tx, () => fn(tx)), config);
}

/**
 * Runs raw SQL and returns its rows, whichever driver answers: postgres.js
 * gives the rows as an array, PGlite an object that holds them.
 */
export async function rowsOf<T>(query: SQL): Promise<T[]> {
  const result = await db().execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}

/** Runs fn with `tx` as the current transaction (a transaction on another connection, e.g. the owner's: db/migrate-runner.ts#asOwner). */
export function runInTransaction<T>(tx: Transaction, fn: () => Promise<T>): Promise<T> {
  return currentTx.run(tx, fn);
}

/**
 * Runs fn outside any open transaction, on the connection itself: for work
 * that outlives the request that started it (a shared value refreshed in the
 * background), which must not use a transaction that may have ended by then.
 * Never await it inside a transaction on PGlite: one connection, so it waits
 * for that transaction to end.
 */
export function outsideTransaction<T>(fn: () => Promise<T>): Promise<T> {
  return currentTx.exit(fn);
}

/** What a drizzle query offers once `.prepare(name)` is called on it. */
interface Preparable<R> {
  prepare(name: string): { execute(values?: Record<string, unknown>): Promise<R> };
}

/**
 * A read whose SQL is built once per connection rather than on every call.
 * drizzle turns its query builder into SQL text each time a query runs:
 * about 0.28 ms of CPU for a one-table select by primary key on this
 * machine, against 0.09 ms for the whole round trip of the same query built
 * once (docs/benchmarks.md, "Built once"; scripts/bench/building-costs.ts),
 * and more for a wide join. The reads every signed-in request makes (the
 * viewer check, the bell) and those of the busiest pages are made this way;
 * values go in through `sql.placeholder(...)`. Inside transaction() the query
 * is built afresh on the transaction, so it reads through it (and its locks).
 */
export function prepared<V extends Record<string, unknown>, R>(name: string, build: (executor: Executor) => Preparable<R>): (values: V) => Promise<R> {
  const built = new WeakMap<object, { execute(values?: Record<string, unknown>): Promise<R> }>();
  return (values: V) => {
    const executor = db();
    if (inTransaction()) return build(executor).prepare(name).execute(values);
    let query = built.get(executor);
    if (!query) {
      query = build(executor).prepare(name);
      built.set(executor, query);
    }
    return query.execute(values);
  };
}

/**
 * A fixed value from the code (a status, a kind: never user input) written
 * into a built-once statement's text instead of being sent as a parameter.
 * PostgreSQL plans a named statement anew at every run while a parameter
 * could change the best plan (a status column is skewed: most reports are
 * closed, most posts published), but a statement whose only parameters are
 * ids gets one plan it keeps. The moderators' queue spent about 3 ms of
 * database CPU per load planning its lists (docs/benchmarks.md, "Planned once").
 */
export function fixed(value: string): SQL {
  if (!/^[a-z][a-z0-9_-]*$/.test(value)) throw new Error(`fixed() takes a code's identifier, not ${JSON.stringify(value)}`);
  return sql.raw(`'${value}'`);
}

/**
 * A fixed row limit in the text: drizzle sends `.limit(25)` as a parameter,
 * which PostgreSQL plans for at every run like any other. Given an SQL
 * fragment, drizzle writes `limit <fragment>` (pg-core's dialect), so this is
 * typed as what limit() accepts.
 */
export function fixedLimit(rows: number): Placeholder {
  if (!Number.isInteger(rows) || rows < 0) throw new Error(`fixedLimit() takes a whole number, not ${rows}`);
  return sql.raw(String(rows)) as unknown as Placeholder;
}

/** Several fixed values, for `column in (…)`. */
export function fixedList(values: readonly string[]): SQL {
  return sql.join(values.map(fixed), sql`, `);
}

/** Whether this code runs inside transaction(): row locks taken now are held until it ends. */
export function inTransaction(): boolean {
  return currentTx.getStore() !== undefined;
}

export async function closeConnection() {
  const conn = globalForDb.__alongsideConnection;
  globalForDb.__alongsideConnection = undefined;
  await conn?.close();
}

// PGlite must be closed cleanly so its files are flushed before the process ends.
function closeOnSignals(conn: Connection) {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      conn.close().finally(() => process.exit(0));
    });
  }
}
