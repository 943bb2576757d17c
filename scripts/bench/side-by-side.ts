/**
 * Two builds at the same moment on the same database: the way to tell
 * whether a change made a page cheaper on a shared, noisy machine, where two
 * runs of `npm run bench:pages` minutes apart do not compare.
 *
 * It starts `next start` from each build directory (each a checkout with its
 * own `.next` and node_modules) on one filled database, signs in the bench's
 * personas, and alternates: bare page then the page on one server, then on
 * the other, `--passes` times, at `--connections`. Each cell's figure is a
 * ratio to the bare page measured just before it on the same server. It also
 * times single requests one at a time (median of 15) and the HTML size, and
 * the CPU each request costs: `--cpu-requests N` (default 100, 0 = off)
 * requests over one keep-alive connection, the server process tree's and the
 * database's backends' utime+stime read from /proc before and after, bare
 * page (with the same cookie) first, servers alternating. CPU per request is
 * the steadier figure on a shared machine: it does not move with the load.
 *
 *   # a database filled as bench:pages fills it, kept for the comparison:
 *   DATABASE_URL=postgres://…/pages2_bench DATA_KEYS="bench:$(openssl rand -base64 32)" \
 *     npx tsx --require ./scripts/support/allow-server-only.cjs scripts/bench/fill.ts large 0.1
 *   DATABASE_URL=… DATA_KEYS=… npx tsx scripts/bench/side-by-side.ts \
 *     --before /tmp/base --after . --ports 3622,3623 --only relationship,circle --seconds 5 --passes 2
 *
 * AFTER_DATABASE_URL gives the "after" server another address for the same
 * database: with `--before . --after .` that compares one build over two
 * connections (a pooler against a direct connection, say). The Unix-socket
 * run in docs/benchmarks.md also needed a change to db/client.ts, since reverted.
 *
 * The database is left as it is (drop it yourself); both servers are stopped at the end.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { benchServerEnv } from "./server-env";

const args = process.argv.slice(2);
const arg = (name: string, fallback?: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const DATABASE_URL = process.env.DATABASE_URL;
/** The "after" server's address for the same database, when it differs (see the header); CPU is read through DATABASE_URL. */
const AFTER_DATABASE_URL = process.env.AFTER_DATABASE_URL ?? DATABASE_URL;
const DATA_KEYS = process.env.DATA_KEYS;
const BEFORE = path.resolve(arg("before") ?? "");
const AFTER = path.resolve(arg("after", ".")!);
const [PORT_BEFORE, PORT_AFTER] = (arg("ports", "3622,3623")!).split(",").map(Number) as [number, number];
const ONLY = arg("only", "relationship,circle,admin health")!.split(",");
const SECONDS = Number(arg("seconds", "5"));
const PASSES = Number(arg("passes", "2"));
const CONNECTIONS = Number(arg("connections", "10"));
const CPU_REQUESTS = Number(arg("cpu-requests", "100"));
const AUTH_SECRET = randomBytes(32).toString("base64");
const COOKIE = "authjs.session-token";

interface Server {
  name: string;
  base: string;
  process: ChildProcess;
  log: string;
}

async function main() {
  if (!DATABASE_URL || !DATA_KEYS || !arg("before")) {
    console.error("needs DATABASE_URL, DATA_KEYS (the keyring the database was filled with) and --before <build dir>");
    process.exit(1);
  }
  const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
  const personas = JSON.parse((await sql<{ value: string }[]>`select value from bench_personas`)[0]!.value) as Record<string, string> & { seekerSv: number; adminSv: number };
  await sql.end();
  const seeker = await cookie(personas.seekerId!, personas.seekerSv);
  const staff = await cookie(personas.adminId!, personas.adminSv);
  const pages = [
    { name: "shell", path: "/bench/shell", cookie: seeker },
    { name: "dashboard", path: "/dashboard", cookie: seeker },
    { name: "suggestions", path: "/suggestions", cookie: seeker },
    { name: "relationship", path: `/relationships/${personas.relationshipId}`, cookie: seeker },
    { name: "circle", path: `/circles/${personas.circleId}`, cookie: seeker },
    { name: "space", path: `/spaces/${personas.spaceSlug}`, cookie: seeker },
    { name: "admin queue", path: "/admin/queue", cookie: staff },
    { name: "admin health", path: "/admin/health", cookie: staff },
  ].filter((p) => ONLY.includes(p.name));

  const servers = [start("before", BEFORE, PORT_BEFORE, DATABASE_URL), start("after", AFTER, PORT_AFTER, AFTER_DATABASE_URL)];
  try {
    await Promise.all(servers.map(ready));
    console.log(`load average at the start: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    for (const page of pages) {
      const headers = { cookie: page.cookie };
      for (const s of servers) {
        const response = await fetch(s.base + page.path, { headers, redirect: "manual" });
        if (response.status !== 200) throw new Error(`${s.name}: ${page.name} answered ${response.status}\n${s.log.slice(-2000)}`);
      }
      // One request at a time, after a warm-up: the page's own cost without queueing.
      const single: Record<string, string> = {};
      for (const s of servers) {
        for (let i = 0; i < 5; i++) await fetch(s.base + page.path, { headers }).then((r) => r.arrayBuffer());
        const times: number[] = [];
        let bytes = 0;
        for (let i = 0; i < 15; i++) {
          const t = performance.now();
          bytes = (await fetch(s.base + page.path, { headers }).then((r) => r.arrayBuffer())).byteLength;
          times.push(performance.now() - t);
        }
        single[s.name] = `${times.sort((a, b) => a - b)[7]!.toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KB`;
      }
      console.log(`${page.name}: one at a time (median of 15): before ${single.before}; after ${single.after}`);
      if (CPU_REQUESTS > 0) {
        const line: string[] = [];
        for (const s of servers) {
          const bare = await cpuPerRequest(s, `${s.base}/bench/bare`, headers);
          const it = await cpuPerRequest(s, s.base + page.path, headers);
          line.push(`${s.name} node ${it.node.toFixed(1)} + db ${it.db.toFixed(1)} ms (bare ${bare.node.toFixed(1)} + ${bare.db.toFixed(1)})`);
        }
        console.log(`  CPU per request, ${CPU_REQUESTS} in a row on one connection: ${line.join("; ")}; load ${loadavg()[0]!.toFixed(1)}`);
      }
      for (let pass = 1; pass <= PASSES; pass++) {
        const line: string[] = [];
        for (const s of servers) {
          const bare = await cell(`${s.base}/bench/bare`, {});
          const it = await cell(s.base + page.path, headers);
          line.push(`${s.name} ${it.rps.toFixed(1)} req/s ×${(bare.rps / Math.max(it.rps, 0.01)).toFixed(1)} p99 ${it.p99} ms (bare ${bare.rps.toFixed(1)})`);
          await quiet(servers);
        }
        console.log(`  pass ${pass}, ${CONNECTIONS} connections: ${line.join("; ")}; load ${loadavg()[0]!.toFixed(1)}`);
      }
    }
  } finally {
    for (const s of servers) if (s.process.exitCode === null) s.process.kill("SIGTERM");
    await Promise.all(servers.map((s) => (s.process.exitCode === null ? new Promise((r) => s.process.once("exit", r)) : null)));
  }
}

function start(name: string, dir: string, port: number, databaseUrl: string | undefined): Server {
  const child = spawn(path.join(dir, "node_modules/.bin/next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: benchServerEnv(port, AUTH_SECRET, { DATABASE_URL: databaseUrl, DATA_KEYS }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const server: Server = { name, base: `http://127.0.0.1:${port}`, process: child, log: "" };
  child.stdout?.on("data", (d) => (server.log += d));
  child.stderr?.on("data", (d) => (server.log += d));
  return server;
}

async function ready(s: Server) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${s.base}/bench/bare`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${s.name} did not answer within 90 s\n${s.log.slice(-2000)}`);
}

async function cell(url: string, headers: Record<string, string>) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, timeout: 30, headers });
  const done = (result.latency as { totalCount?: number }).totalCount ?? result.requests.total;
  return { rps: done / SECONDS, p99: done ? result.latency.p99 : NaN };
}

/** utime + stime in ms of a process and all its descendants. */
function treeCpuMs(rootPid: number): number {
  const parents = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(entry), Number(fields[1]));
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) * 10); // clock ticks of 10 ms
    } catch {
      // the process ended while being read
    }
  }
  const inTree = (pid: number): boolean => pid === rootPid || (pid > 1 && parents.has(pid) && inTree(parents.get(pid)!));
  let total = 0;
  for (const [pid, ms] of cpu) if (inTree(pid)) total += ms;
  return total;
}

/** utime + stime in ms of every backend connected to the bench database. */
async function databaseCpuMs(sql: postgres.Sql): Promise<number> {
  const rows = await sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
  let total = 0;
  for (const { pid } of rows) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // a backend that closed
    }
  }
  return total;
}

async function cpuPerRequest(s: Server, url: string, headers: Record<string, string>) {
  const sql = postgres(DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    await autocannon({ url, connections: 1, amount: 10, headers });
    const node0 = treeCpuMs(s.process.pid!);
    const db0 = await databaseCpuMs(sql);
    await autocannon({ url, connections: 1, amount: CPU_REQUESTS, headers, timeout: 30 });
    const node = (treeCpuMs(s.process.pid!) - node0) / CPU_REQUESTS;
    const db = (await databaseCpuMs(sql)) - db0;
    return { node, db: db / CPU_REQUESTS };
  } finally {
    await sql.end();
  }
}

/** Until both bare pages answer within 100 ms again, so one cell's backlog is not charged to the next. */
async function quiet(servers: Server[]) {
  const deadline = Date.now() + 60_000;
  for (const s of servers) {
    while (Date.now() < deadline) {
      const t = performance.now();
      await fetch(`${s.base}/bench/bare`).then((r) => r.arrayBuffer());
      if (performance.now() - t < 100) break;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** A session cookie as the credentials sign-in sets it (same claims, secret and salt as bench:pages). */
function cookie(userId: string, sessionVersion: number) {
  return encode({ token: { sub: userId, sv: sessionVersion, sid: crypto.randomUUID() }, secret: AUTH_SECRET, salt: COOKIE, maxAge: 86_400 }).then((t) => `${COOKIE}=${t}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
