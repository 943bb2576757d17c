import { authSecret, env } from "@/lib/env";
import { keyring } from "@/lib/privacy/encryption";
import { connection } from "@/db/client";
import { isEmpty, migrateDatabase } from "@/db/migrate-runner";
import { seedDemoData } from "@/db/seed-runner";

/**
 * Runs once when the server starts (instrumentation.ts): checks the
 * configuration, applies migrations, and on a fresh embedded database in
 * development seeds the demo data. Never seeds PostgreSQL by itself.
 */
export async function prepareDatabase() {
  const config = env();
  authSecret(); // refuses to start in production without AUTH_SECRET
  keyring(); // likewise without DATA_KEYS, and names a malformed key
  const conn = connection();
  await migrateDatabase(conn);
  if (conn.kind === "pglite" && config.appEnv === "development" && (await isEmpty(conn))) {
    const { inserted } = await seedDemoData(conn.db);
    console.log(`Alongside: seeded ${inserted} demo accounts into the new embedded database (password: alongside-demo).`);
  }
  // Background work needs the migrated schema, so it starts only now. pg-boss is the engine; if it
  // cannot start (a database that refuses its schema), the old per-instance timer keeps sweeps going.
  if (config.sweepIntervalSeconds > 0) {
    const { startJobs } = await import("@/lib/dal/system/jobs");
    try {
      await startJobs();
    } catch (error) {
      console.error("Alongside: background jobs (pg-boss) did not start; falling back to a timer:", error instanceof Error ? error.message : "unknown");
      const [{ startScheduler }, { runSweeps }] = await Promise.all([import("@/lib/scheduler"), import("@/lib/dal/system/sweeps")]);
      startScheduler(runSweeps);
    }
  }
  if (config.isProduction && !config.smtpUrl) {
    console.warn("Alongside: SMTP_URL is not set, so no email (password resets, confirmations) will be delivered.");
  }
}

/** A clear sentence and a stop beats a server that answers 500 forever. */
export async function prepareDatabaseOrExit() {
  try {
    await prepareDatabase();
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
