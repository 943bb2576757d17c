import { authSecret, ConfigError, env } from "@/lib/env";
import { keyring } from "@/lib/privacy/encryption";
import { connection } from "@/db/client";
import { isEmpty, migrateDatabase } from "@/db/migrate-runner";
import { seedDemoData } from "@/db/seed-runner";
import { log } from "@/lib/log";

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
    log.info("startup.demo_accounts_seeded", { count: inserted, detail: "demo accounts use the password alongside-demo" });
  }
  // The sweeps need the migrated schema, so they start only now.
  const [{ startScheduler }, { runSweeps }] = await Promise.all([import("@/lib/scheduler"), import("@/lib/dal/system/sweeps")]);
  startScheduler(runSweeps);
  if (config.isProduction && !config.smtpUrl) {
    log.warn("startup.smtp_url_missing", { detail: "no email (password resets, confirmations) will be delivered" });
  }
}

/** A clear sentence and a stop beats a server that answers 500 forever. */
export async function prepareDatabaseOrExit() {
  try {
    await prepareDatabase();
  } catch (error) {
    // A configuration problem is our own sentence, naming the variable, never a value: show it whole.
    if (error instanceof ConfigError) log.error("startup.refused", error, { detail: error.message });
    else log.error("startup.failed", error);
    process.exit(1);
  }
}
