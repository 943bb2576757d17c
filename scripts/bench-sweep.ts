/**
 * `npm run bench:sweep`: the background sweep over 1k / 10k / 100k active
 * relationships (BENCH_SIZES), each with an agreed weekly rhythm and an
 * unread message, on PostgreSQL (BENCH_DATABASE_URL; a scratch database is
 * created and dropped). Times the first pass (check-ins written, reminders
 * and waiting-message notifications queued) and a second pass (nothing new:
 * the idempotent path), batch by batch as the pg-boss jobs run them.
 * BENCH_MAX_SECONDS bounds each pass (default 600): a pass that would take
 * longer stops and reports how far it got.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import postgres from "postgres";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const MAX_SECONDS = Number(process.env.BENCH_MAX_SECONDS ?? 600);

async function main() {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  const lines: string[] = [];
  for (const size of SIZES) {
    const name = `alongside_sweep_${randomBytes(4).toString("hex")}`;
    await admin.unsafe(`create database ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    process.env.SWEEP_INTERVAL_SECONDS = "0";
    const { resetEnvCache } = await import("@/lib/env");
    resetEnvCache();
    const { closeConnection, connection } = await import("@/db/client");
    const { migrateDatabase } = await import("@/db/migrate-runner");
    const { planSweepBatches, runSweepBatch } = await import("@/lib/dal/relationship/nudges");
    const { mailWaitingMessages } = await import("@/lib/dal/notifications/message-grace");
    try {
      const conn = connection();
      await migrateDatabase(conn);
      if (conn.raw.kind !== "postgres") throw new Error("needs PostgreSQL");
      const sql = conn.raw.sql;
      const agreedAt = new Date("2026-01-05T09:00:00Z"); // a Monday
      const at = new Date("2026-01-12T20:00:00Z"); // the evening before the second Tuesday
      const loadStart = performance.now();
      for (let i = 0; i < size; i += 1000) {
        const n = Math.min(1000, size - i);
        const users = Array.from({ length: n * 2 }, (_, k) => ({ id: randomUUID(), name: `P${i}-${k}`, email: `p-${i}-${k}-${name}@example.test`, roles: "{seeker}" }));
        await sql`insert into users ${sql(users)}`;
        const rels = Array.from({ length: n }, (_, k) => {
          const [a, b] = [users[2 * k]!.id, users[2 * k + 1]!.id];
          return { id: randomUUID(), kind: "friendship", seeker_id: a, partner_id: b, pair_low: a < b ? a : b, pair_high: a < b ? b : a };
        });
        await sql`insert into relationships ${sql(rels)}`;
        await sql`insert into rhythms ${sql(rels.map((r) => ({ relationship_id: r.id, cadence: "weekly", day: "tue", part: "evening", timezone: "Europe/London", status: "agreed", effective_from: agreedAt.toISOString() })))}`;
        await sql`insert into messages ${sql(rels.map((r) => ({ relationship_id: r.id, author_id: r.seeker_id, body: "opaque", key_id: "bench", client_key: randomUUID(), created_at: new Date(at.getTime() - 3600_000).toISOString() })))}`;
      }
      // As a live database would be: the planner knows the tables' sizes.
      await sql`analyze`;
      const loadSeconds = (performance.now() - loadStart) / 1000;
      for (const pass of ["first", "second"] as const) {
        const start = performance.now();
        const batches = await planSweepBatches();
        let done = 0;
        let notified = 0;
        for (const ids of batches) {
          const r = await runSweepBatch(ids, at);
          done += r.relationships;
          notified += r.notified;
          if ((performance.now() - start) / 1000 > MAX_SECONDS) break;
        }
        const sweepSeconds = (performance.now() - start) / 1000;
        console.log(`  ${size.toLocaleString("en")}, ${pass} pass: sweep done in ${sweepSeconds.toFixed(1)} s; the waiting-message pass starts`);
        const graceStart = performance.now();
        const grace = await mailWaitingMessages({ now: at });
        const graceSeconds = (performance.now() - graceStart) / 1000;
        const line = `${size.toLocaleString("en")} relationships, ${pass} pass: sweep ${sweepSeconds.toFixed(1)} s over ${batches.length} batches (${done.toLocaleString("en")} swept, ${notified.toLocaleString("en")} reminders) · waiting-message pass ${graceSeconds.toFixed(1)} s (${grace.notified.toLocaleString("en")} notified)${done < size ? " · STOPPED at the time bound" : ""}`;
        console.log(line);
        lines.push(line);
        if (done < size) break;
      }
      console.log(`  (loading the data took ${loadSeconds.toFixed(1)} s)`);
    } finally {
      await closeConnection();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
    }
  }
  await admin.end();
  console.log(`\n${lines.join("\n")}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
