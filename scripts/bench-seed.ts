/**
 * `npm run bench:seed`: the first run of a new embedded database, in its
 * parts — opening a new PGlite directory (initdb and the WebAssembly
 * start), applying the migrations, adding the demo data — and a second
 * run of the seed (which must add nothing). Wall-clock and this process's
 * own CPU time are both given, since the machine may be shared.
 * Each run uses a fresh temporary directory (BENCH_RUNS, default 3).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { closeConnection, connection } from "@/db/client";
import { migrateAsOwner } from "@/db/migrate-runner";
import { seedDemoData } from "@/db/seed-runner";
import { resetEnvCache } from "@/lib/env";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
type Lap = { wall: number; cpu: number };

async function timed<T>(run: () => Promise<T>): Promise<[T, Lap]> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return [value, { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 }];
}

const show = (lap: Lap) => `${(lap.wall / 1000).toFixed(2)} s wall, ${(lap.cpu / 1000).toFixed(2)} s CPU`;

async function once(run: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "alongside-bench-seed-"));
  process.env.DATABASE_URL = `pglite:${path.join(dir, "pglite")}`;
  delete process.env.MIGRATION_DATABASE_URL;
  resetEnvCache();
  try {
    const [, open] = await timed(() => connection().db.execute(sql`select 1`));
    const [, migrate] = await timed(() => migrateAsOwner());
    const [first, seed] = await timed(() => seedDemoData(connection().db));
    const [again, reseed] = await timed(() => seedDemoData(connection().db));
    console.log(`run ${run}: open ${show(open)} · migrate ${show(migrate)} · seed ${show(seed)} (${JSON.stringify(first)}) · again ${show(reseed)} (${JSON.stringify(again)})`);
    return { open, migrate, seed, reseed };
  } finally {
    await closeConnection();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const laps: Awaited<ReturnType<typeof once>>[] = [];
  for (let i = 1; i <= RUNS; i++) laps.push(await once(i));
  const median = (pick: (l: (typeof laps)[number]) => Lap) => {
    const sorted = laps.map(pick).sort((a, b) => a.wall - b.wall);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  console.log(`median of ${RUNS}: open ${show(median((l) => l.open))} · migrate ${show(median((l) => l.migrate))} · seed ${show(median((l) => l.seed))} · again ${show(median((l) => l.reseed))}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
