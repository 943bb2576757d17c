import path from "node:path";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { env } from "@/lib/env";
import { type Connection, connection, openConnection, runInTransaction } from "./client";
import { users } from "./schema";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
// Any constant works; it only has to be the same for every instance.
const MIGRATION_LOCK = 727_274_001;

/**
 * Applies committed migrations. On PostgreSQL several app instances may start
 * at once, so the work runs under an advisory lock held on a reserved
 * connection: the second instance waits, then finds nothing left to do.
 */
export async function migrateDatabase(conn: Connection) {
  if (conn.raw.kind === "pglite") {
    await migratePglite(drizzlePglite(conn.raw.client), { migrationsFolder });
    return;
  }
  const lock = await conn.raw.sql.reserve();
  try {
    await lock`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres(conn.raw.sql), { migrationsFolder });
  } finally {
    await lock`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    lock.release();
  }
}

/**
 * Migrates with the owner role: MIGRATION_DATABASE_URL when it differs from
 * DATABASE_URL (a short-lived connection of its own), else the app's own.
 */
export async function migrateAsOwner() {
  const { databaseUrl, migrationDatabaseUrl } = env();
  if (migrationDatabaseUrl === databaseUrl) return migrateDatabase(connection());
  const owner = openConnection(migrationDatabaseUrl);
  try {
    await migrateDatabase(owner);
  } finally {
    await owner.close();
  }
}

/**
 * Runs fn as the owner role, in one transaction every db() call inside joins:
 * on MIGRATION_DATABASE_URL when it differs from DATABASE_URL, else on the
 * app's own connection. For the little the serving role may not do (re-sealing
 * audit reasons).
 */
export async function asOwner<T>(fn: () => Promise<T>): Promise<T> {
  const { databaseUrl, migrationDatabaseUrl } = env();
  if (migrationDatabaseUrl === databaseUrl) return connection().db.transaction((tx) => runInTransaction(tx, fn));
  const owner = openConnection(migrationDatabaseUrl);
  try {
    return await owner.db.transaction((tx) => runInTransaction(tx, fn));
  } finally {
    await owner.close();
  }
}

export async function isEmpty(conn: Connection) {
  return (await conn.db.$count(users)) === 0;
}
