/**
 * Runs before every test file: gives the file a database of its own.
 * - default: PGlite in memory;
 * - TEST_DB=postgres with TEST_DATABASE_URL: a fresh PostgreSQL database,
 *   created from that URL and dropped when the file is done.
 * Integration tests run unchanged on both (scripts/test.ts runs them twice).
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll } from "vitest";
import { closeConnection, connection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate-runner";
import { resetEnvCache } from "@/lib/env";

let dropDatabase: (() => Promise<void>) | undefined;

async function prepare() {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (process.env.TEST_DB === "postgres") {
    if (!adminUrl) throw new Error("TEST_DB=postgres needs TEST_DATABASE_URL (a PostgreSQL URL allowed to create databases)");
    const name = `alongside_test_${randomBytes(6).toString("hex")}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      const again = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    };
  } else {
    process.env.DATABASE_URL = "memory://";
  }
  resetEnvCache();
  await migrateDatabase(connection());
}

await prepare();

afterAll(async () => {
  await closeConnection();
  await dropDatabase?.();
});
