import { authSecret, ConfigError, env } from "@/lib/env";
import { keyring } from "@/lib/privacy/encryption";
import { sql } from "drizzle-orm";
import { connection, db } from "@/db/client";
import { isEmpty, migrateAsOwner } from "@/db/migrate-runner";
import path from "node:path";
import { seedDemoData } from "@/db/seed-runner";
import { DEMO_PASSWORD } from "@/db/seed-data";
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
  // `next dev` says "Ready" before this runs, and the first page waits for it: say what is happening.
  const say = config.appEnv === "development" && !config.isProduction ? devProgress() : undefined;
  if (conn.kind === "pglite") say?.(`preparing the embedded database in ${path.relative(process.cwd(), config.databaseUrl.slice("pglite:".length)) || "."} (PGlite)…`);
  await migrateAsOwner();
  let seeded = false;
  if (conn.kind === "pglite" && config.appEnv === "development" && (await isEmpty(conn))) {
    say?.("database ready. First run: adding the demo data…");
    const { inserted } = await seedDemoData(conn.db, (step) => say?.(`  ${step}…`));
    log.info("startup.demo_accounts_seeded", { count: inserted, detail: "demo accounts use the password alongside-demo" });
    seeded = true;
  }
  if (conn.kind === "postgres") await warnIfAuditLogWritable();
  // Words stored before they were encrypted (usually none): sealed now, with the current key.
  const { sealColumnValues, sealOwnerColumns } = await import("@/lib/dal/system/key-rotation");
  const counts = { ...(await sealColumnValues({ onlyPlain: true })), ...(await sealOwnerColumns({ onlyPlain: true })) };
  const sealed = Object.values(counts).reduce((a, b) => a + b, 0);
  if (sealed > 0) log.info("startup.sealed_plain_values", { count: sealed });
  // Background work needs the migrated schema, so it starts only now. pg-boss is the engine; if it
  // cannot start (a database that refuses its schema), the old per-instance timer keeps sweeps going.
  if (config.sweepIntervalSeconds > 0) {
    say?.("starting background jobs…");
    const { startJobs } = await import("@/lib/dal/system/jobs");
    try {
      await startJobs();
    } catch (error) {
      log.error("startup.jobs_fell_back_to_timer", error);
      const [{ startScheduler }, { runSweeps }] = await Promise.all([import("@/lib/scheduler"), import("@/lib/dal/system/sweeps")]);
      startScheduler(runSweeps);
    }
  }
  if (say) {
    const demo = config.demoMode ? ` Demo accounts: seeker@, mentor@, moderator@ or admin@alongside.test, password ${DEMO_PASSWORD}.` : "";
    say(`${seeded ? "demo data added; " : ""}ready at ${config.appUrl}.${demo}`, true);
  }
  if (config.isProduction && !config.smtpUrl) {
    log.warn("startup.smtp_url_missing", { detail: "no email (password resets, confirmations) will be delivered" });
  }
}

/**
 * The serving role should only add to and read the audit log
 * (docs/operations.md, "Database roles"). Said once at start-up when it can
 * do more, e.g. when DATABASE_URL still names the owner or a superuser.
 */
async function warnIfAuditLogWritable() {
  const result = await db().execute<{ writable: boolean }>(sql`
    select (select rolsuper from pg_roles where rolname = current_user)
        or has_table_privilege('public.audit_log', 'UPDATE')
        or has_table_privilege('public.audit_log', 'DELETE')
        or has_table_privilege('public.audit_log', 'TRUNCATE')
        or pg_has_role((select tableowner from pg_tables where schemaname = 'public' and tablename = 'audit_log'), 'MEMBER')
        as writable`);
  const rows = Array.isArray(result) ? result : (result as { rows: { writable: boolean }[] }).rows;
  if (rows[0]?.writable) {
    log.warn("startup.audit_log_writable", {
      detail: "DATABASE_URL can change or remove audit entries; serve with a least-privilege role (npm run db:roles)",
    });
  }
}

/**
 * Plain lines for the person watching `npm run dev` (not JSON: they are
 * read by eye, and hold no one's data), each with the seconds since the
 * start, in the style of Next's own " ○ Compiling …" lines.
 */
function devProgress() {
  const started = performance.now();
  return (step: string, done = false) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(` ${done ? "✓" : "○"} Alongside: ${step} (${seconds}s)`);
  };
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
