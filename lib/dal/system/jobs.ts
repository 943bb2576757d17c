import "server-only";
import PgBoss from "pg-boss";
import postgres from "postgres";
import { connection } from "@/db/client";
import { now } from "@/lib/clock";
import { onMailQueued } from "@/lib/dal/notifications/delivery";
import { planSweepBatches, runSweepBatch } from "@/lib/dal/relationship/nudges";
import { runCleanups, runLifecycleWork, runMailWork, runUrgentWork } from "@/lib/dal/system/sweeps";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

/**
 * Background work on pg-boss 10 (the last line that runs on Node 20), in the
 * app's own database, schema `pgboss`. See docs/notifications.md and the ADR
 * in docs/architecture.md.
 *
 * Connection: on PostgreSQL pg-boss gets the DATABASE_URL and opens its own
 * small `pg` pool (its tested driver, and job polling never waits behind the
 * app's queries); on PGlite — one connection, in this process — it runs
 * through a small adapter over the same PGlite instance.
 *
 * Schedules are cron (one minute at the finest) and pg-boss fires each once
 * per minute however many instances run; the work itself is cut into jobs
 * any instance's worker may take:
 *   urgent        crisis escalations, waiting-message emails   every minute
 *   sweep         plans relationship batches → sweep-batch     every minute
 *   sweep-batch   one batch (check-ins, nudges), idempotent    on demand
 *   lifecycle     endings, request expiry, freed saved mentors, circles   every minute
 *   mail          digests, then the outbox                     every minute + when mail is queued
 *   cleanups      throttle rows, signed-out sessions, tokens   hourly
 * Failed jobs are retried by pg-boss (with back-off); failed emails are
 * retried by the outbox itself, and listed for admins when they give up.
 *
 * SWEEP_INTERVAL_SECONDS=0 keeps pg-boss off on an instance (tests; a
 * serving-only instance). Nothing here starts unless startJobs() is called.
 */

const QUEUES = ["urgent", "sweep", "sweep-batch", "lifecycle", "mail", "cleanups"] as const;
/**
 * pg-boss's own queue for cron: its timekeeper makes it at start and ignores a
 * failure, so under split roles the owner must make it, or no schedule would
 * ever fire (the name is pg-boss 10's, src/timekeeper.js; not exported).
 */
const CRON_QUEUE = "__pgboss__send-it";

const globalForJobs = globalThis as unknown as { __alongsideBoss?: PgBoss; __alongsideBossStarting?: Promise<PgBoss | null> };

function pgliteAdapter(): PgBoss.Db {
  const conn = connection();
  if (conn.raw.kind !== "pglite") throw new Error("not PGlite");
  const client = conn.raw.client;
  return {
    async executeSql(text: string, values: unknown[]) {
      if (values && values.length > 0) {
        const result = await client.query(text, values);
        return { rows: result.rows };
      }
      // Multi-statement SQL (pg-boss's schema and maintenance): the last statement's rows.
      const results = await client.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

const SCHEMA = "pgboss";
const COMMON = { schema: SCHEMA, retryLimit: 5, retryDelay: 15, retryBackoff: true, expireInMinutes: 10 } as const;

/** True when migrations run as an owner role and pages as a serving role that owns nothing (db/roles.ts). */
function rolesAreSplit() {
  const { databaseUrl, migrationDatabaseUrl } = env();
  return connection().kind === "postgres" && migrationDatabaseUrl !== databaseUrl;
}

function createBoss(): PgBoss {
  const conn = connection();
  if (conn.kind === "postgres") {
    // Under split roles the serving role may not create or migrate the schema: the owner did (below).
    return new PgBoss({ ...COMMON, connectionString: env().databaseUrl, max: 4, application_name: "alongside-jobs", migrate: !rolesAreSplit() });
  }
  return new PgBoss({ ...COMMON, db: pgliteAdapter() });
}

/**
 * Under split roles, pg-boss's schema and its queues (each queue is a table
 * partition, so creating one is DDL) are installed by the owner role, like any
 * migration; the serving role then gets rows, sequences and functions in that
 * schema, and the same on partitions the owner adds later. Idempotent: every
 * instance runs it at start-up, and pg-boss takes its own advisory lock while
 * installing or migrating.
 */
export async function installJobsAsOwner() {
  if (!rolesAreSplit()) return;
  const { databaseUrl, migrationDatabaseUrl } = env();
  const app = decodeURIComponent(new URL(databaseUrl).username);
  const owner = new PgBoss({ ...COMMON, connectionString: migrationDatabaseUrl, max: 1, supervise: false, schedule: false, application_name: "alongside-jobs-install" });
  owner.on("error", (error) => log.error("jobs.install_error", error));
  try {
    await owner.start();
    for (const q of [...QUEUES, CRON_QUEUE]) await owner.createQueue(q);
  } finally {
    await owner.stop({ graceful: false, close: true, wait: true });
  }
  const sql = postgres(migrationDatabaseUrl, { max: 1, onnotice: () => {} });
  try {
    const role = sql(app);
    const schema = sql(SCHEMA);
    await sql`grant usage on schema ${schema} to ${role}`;
    await sql`grant select, insert, update, delete on all tables in schema ${schema} to ${role}`;
    await sql`grant usage, select on all sequences in schema ${schema} to ${role}`;
    await sql`grant execute on all functions in schema ${schema} to ${role}`;
    await sql`alter default privileges in schema ${schema} grant select, insert, update, delete on tables to ${role}`;
    await sql`alter default privileges in schema ${schema} grant usage, select on sequences to ${role}`;
  } finally {
    await sql.end();
  }
}

async function handle(name: string, work: () => Promise<unknown>) {
  try {
    await work();
  } catch (error) {
    // Names only: jobs touch people's relationships, and their words never go to logs.
    log.error("jobs.failed", error, { job: name });
    throw error; // pg-boss retries it
  }
}

export async function startJobs(): Promise<PgBoss | null> {
  if (env().sweepIntervalSeconds === 0) return null;
  if (globalForJobs.__alongsideBossStarting) return globalForJobs.__alongsideBossStarting;
  globalForJobs.__alongsideBossStarting = (async () => {
    await installJobsAsOwner();
    const boss = createBoss();
    boss.on("error", (error) => log.error("jobs.pg_boss_error", error));
    await boss.start();
    // Already there under split roles (the owner made them); otherwise made now. Idempotent either way.
    if (!rolesAreSplit()) for (const q of QUEUES) await boss.createQueue(q);
    const every = "* * * * *";
    await boss.schedule("urgent", every, {});
    await boss.schedule("sweep", every, {});
    await boss.schedule("lifecycle", every, {});
    await boss.schedule("mail", every, {});
    await boss.schedule("cleanups", "17 * * * *", {});

    await boss.work("urgent", async () => handle("urgent", () => runUrgentWork(now())));
    await boss.work("sweep", async () =>
      handle("sweep", async () => {
        const at = now().toISOString();
        const batches = await planSweepBatches();
        // One job per batch: any instance's worker takes it; the singleton key keeps one per batch and minute.
        for (const ids of batches) await boss.send("sweep-batch", { ids, at }, { singletonKey: `${ids[0]}`, singletonSeconds: 50 });
      }),
    );
    await boss.work<{ ids: string[]; at: string }>("sweep-batch", { batchSize: 1 }, async ([job]) =>
      handle("sweep-batch", async () => {
        if (job) await runSweepBatch(job.data.ids, new Date(job.data.at));
      }),
    );
    await boss.work("lifecycle", async () =>
      handle("lifecycle", async () => {
        await runLifecycleWork(now());
      }),
    );
    await boss.work("mail", { pollingIntervalSeconds: 2 }, async () => handle("mail", () => runMailWork(now())));
    await boss.work("cleanups", async () => handle("cleanups", () => runCleanups()));
    // Mail queued on this instance need not wait for the next minute.
    onMailQueued(() => {
      void boss.send("mail", {}, { singletonKey: "wake", singletonSeconds: 2 }).catch(() => {});
    });
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => {
        void boss.stop({ graceful: true, timeout: 3000, close: true }).catch(() => {});
      });
    }
    globalForJobs.__alongsideBoss = boss;
    return boss;
  })();
  return globalForJobs.__alongsideBossStarting;
}

/** Stops this instance's workers (tests that started them; shutdown). */
export async function stopJobs() {
  const boss = globalForJobs.__alongsideBoss;
  globalForJobs.__alongsideBoss = undefined;
  globalForJobs.__alongsideBossStarting = undefined;
  onMailQueued(() => {});
  await boss?.stop({ graceful: true, timeout: 3000, close: true, wait: true });
}
