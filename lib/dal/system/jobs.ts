import "server-only";
import PgBoss from "pg-boss";
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

function createBoss(): PgBoss {
  const conn = connection();
  const common = { schema: "pgboss", retryLimit: 5, retryDelay: 15, retryBackoff: true, expireInMinutes: 10 } as const;
  if (conn.kind === "postgres") return new PgBoss({ ...common, connectionString: env().databaseUrl, max: 4, application_name: "alongside-jobs" });
  return new PgBoss({ ...common, db: pgliteAdapter() });
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
    const boss = createBoss();
    boss.on("error", (error) => log.error("jobs.pg_boss_error", error));
    await boss.start();
    for (const q of QUEUES) await boss.createQueue(q);
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
