/**
 * `npm run bench:live`: live delivery through Server-Sent Events against the
 * polling design it replaces, on one `next start` over PostgreSQL.
 *
 * For each N (BENCH_STREAMS, default "100,1000"): N people, in N/2 threads,
 * each with their thread open. A sender (this process, like another app
 * instance) writes messages one at a time and NOTIFYs as the app does; the
 * time from the commit to the other person's page having the message is
 * measured: for SSE, the event plus the fetch it triggers; for polling, the
 * first poll (every 2.5 s, like the old page) that returns it. Server CPU
 * (user+system seconds per wall second) and resident memory are read from
 * /proc for the server's process tree. Only localhost; bounded loops.
 *
 * Needs `npm run build` first and PostgreSQL (BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres: a scratch database is created
 * and dropped).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { openConnection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate-runner";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SIZES = (process.env.BENCH_STREAMS ?? "100,1000").split(",").map(Number);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 40);
const PORT = Number(process.env.BENCH_PORT ?? 3210);
const SECRET = "bench-only-auth-secret-never-use-it-elsewhere";
const BASE = `http://127.0.0.1:${PORT}`;
const POLL_MS = 2500;

const q = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : NaN);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function treeStats(root: number) {
  const pids = [root];
  for (let i = 0; i < pids.length; i++) {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        if (ppid === pids[i] && !pids.includes(Number(entry))) pids.push(Number(entry));
      } catch {}
    }
  }
  let ticks = 0;
  let rssKb = 0;
  for (const pid of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").slice(readFileSync(`/proc/${pid}/stat`, "utf8").lastIndexOf(")") + 2).split(" ");
      ticks += Number(f[11]) + Number(f[12]);
      rssKb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {}
  }
  return { cpuSeconds: ticks / 100, rssMb: rssKb / 1024 };
}

async function main() {
  const name = `alongside_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const dbUrl = url.toString();
  const conn = openConnection(dbUrl);
  let server: ChildProcess | undefined;
  try {
    await migrateDatabase(conn);
    const sql = conn.raw.kind === "postgres" ? conn.raw.sql : null;
    if (!sql) throw new Error("the benchmark needs PostgreSQL");
    const maxN = Math.max(...SIZES);
    // People and threads, written directly (no sign-up: argon2 for 1,000 people would be the benchmark).
    const people = Array.from({ length: maxN }, (_, i) => ({ id: randomUUID(), name: `Bench ${i}`, email: `bench-${i}-${name}@example.test` }));
    for (let i = 0; i < people.length; i += 500) {
      const chunk = people.slice(i, i + 500);
      await sql`insert into users ${sql(chunk.map((p) => ({ id: p.id, name: p.name, email: p.email, roles: "{seeker}" })))}`;
    }
    const threads: { id: string; a: (typeof people)[number]; b: (typeof people)[number] }[] = [];
    for (let i = 0; i + 1 < people.length; i += 2) {
      const [a, b] = [people[i]!, people[i + 1]!];
      const [low, high] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
      threads.push({ id: randomUUID(), a, b });
      await sql`insert into relationships (id, kind, seeker_id, partner_id, pair_low, pair_high) values (${threads.at(-1)!.id}, 'friendship', ${a.id}, ${b.id}, ${low}, ${high})`;
    }
    const cookies = new Map<string, string>();
    for (const p of people) {
      const token = await encode({ token: { sub: p.id, sv: 1, sid: randomUUID() }, secret: SECRET, salt: "authjs.session-token", maxAge: 3600 });
      cookies.set(p.id, `authjs.session-token=${token}`);
    }

    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
      env: { ...process.env, DATABASE_URL: dbUrl, AUTH_SECRET: SECRET, APP_ENV: "test", APP_URL: BASE, SWEEP_INTERVAL_SECONDS: "0", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    for (let i = 0; i < 120; i++) {
      if ((await fetch(`${BASE}/api/health`).catch(() => null))?.ok) break;
      await sleep(500);
    }
    console.log(`server up (pid ${server.pid}); load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);

    /** Writes one message as the app does (insert + NOTIFY on commit) and returns the commit time. */
    async function send(thread: (typeof threads)[number]) {
      const at = new Date();
      await sql!.begin(async (tx) => {
        await tx`insert into messages (relationship_id, author_id, body, key_id, client_key, created_at) values (${thread.id}, ${thread.a.id}, 'x', 'bench', ${randomUUID()}, ${at.toISOString()})`;
        await tx`select pg_notify('alongside_live', ${JSON.stringify({ topic: "thread", relationshipId: thread.id })})`;
      });
      return { at, t0: performance.now() };
    }

    const results: string[] = [];
    for (const n of SIZES) {
      const open = threads.slice(0, n / 2);
      for (const mode of ["sse", "poll"] as const) {
        const controller = new AbortController();
        const waiting = new Map<string, { resolve: (ms: number) => void; t0: number; after: string }>();
        let ready = 0;
        const clients: Promise<unknown>[] = [];
        for (const t of open) {
          for (const person of [t.a, t.b]) {
            const cookie = cookies.get(person.id)!;
            const receiver = person.id === t.b.id; // the b side receives
            if (mode === "sse") {
              clients.push(
                (async () => {
                  const res = await fetch(`${BASE}/api/live?thread=${t.id}`, { headers: { cookie }, signal: controller.signal });
                  const reader = res.body!.getReader();
                  const decoder = new TextDecoder();
                  let buf = "";
                  for (;;) {
                    const { value, done } = await reader.read();
                    if (done) return;
                    buf += decoder.decode(value, { stream: true });
                    let i: number;
                    while ((i = buf.indexOf("\n\n")) >= 0) {
                      const block = buf.slice(0, i);
                      buf = buf.slice(i + 2);
                      if (block.includes("event: ready")) ready++;
                      if (receiver && block.includes("event: thread")) {
                        const w = waiting.get(t.id);
                        if (w) {
                          // The page then fetches what is new, as the browser does.
                          const r = await fetch(`${BASE}/api/relationships/${t.id}/messages?after=${encodeURIComponent(w.after)}`, { headers: { cookie } });
                          const body = (await r.json()) as { messages?: unknown[] };
                          if (body.messages?.length) w.resolve(performance.now() - w.t0);
                        }
                      }
                    }
                  }
                })().catch(() => {}),
              );
            } else if (receiver) {
              ready++;
              clients.push(
                (async () => {
                  await sleep(Math.random() * POLL_MS); // pages opened at different moments
                  while (!controller.signal.aborted) {
                    const w = waiting.get(t.id);
                    const after = w?.after ?? new Date().toISOString();
                    const r = await fetch(`${BASE}/api/relationships/${t.id}/messages?after=${encodeURIComponent(after)}`, { headers: { cookie }, signal: controller.signal });
                    const body = (await r.json()) as { messages?: unknown[] };
                    if (w && body.messages?.length) w.resolve(performance.now() - w.t0);
                    await sleep(POLL_MS);
                  }
                })().catch(() => {}),
              );
            } else ready++;
          }
        }
        const deadline = Date.now() + 60_000;
        while (ready < n && Date.now() < deadline) await sleep(100);
        await sleep(1000);
        const before = treeStats(server.pid!);
        const wallStart = performance.now();
        const latencies: number[] = [];
        let lost = 0;
        let peakRss = before.rssMb;
        for (let m = 0; m < MESSAGES; m++) {
          const t = open[Math.floor(Math.random() * open.length)]!;
          const after = new Date(Date.now() - 1).toISOString();
          const got = new Promise<number>((resolve) => waiting.set(t.id, { resolve, t0: 0, after }));
          const { t0 } = await send(t);
          waiting.get(t.id)!.t0 = t0;
          const ms = await Promise.race([got, sleep(10_000).then(() => -1)]);
          waiting.delete(t.id);
          if (ms < 0) lost++;
          else latencies.push(ms);
          peakRss = Math.max(peakRss, treeStats(server.pid!).rssMb);
          await sleep(100);
        }
        const after = treeStats(server.pid!);
        const wall = (performance.now() - wallStart) / 1000;
        controller.abort();
        await Promise.allSettled(clients);
        latencies.sort((a, b) => a - b);
        const line = `${mode === "sse" ? "SSE + LISTEN/NOTIFY" : "polling every 2.5 s"} | ${n} pages | p50 ${q(latencies, 0.5).toFixed(0)} ms | p95 ${q(latencies, 0.95).toFixed(0)} ms | ${latencies.length}/${MESSAGES} delivered${lost ? ` (${lost} over 10 s)` : ""} | server CPU ${((after.cpuSeconds - before.cpuSeconds) / wall).toFixed(2)} cores | RSS ${before.rssMb.toFixed(0)}→${peakRss.toFixed(0)} MB`;
        console.log(line);
        results.push(line);
        await sleep(2000);
      }
    }
    console.log(`\n${results.join("\n")}`);
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {}
    }
    await sleep(1500);
    await conn.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
