/**
 * `npm run bench:pages`: how fast the pages are, as a ratio to a bare
 * dynamic page of the same build measured in the same run (the machine is
 * shared, so ratios travel and absolute numbers do not).
 *
 * For each size (the demo seed, then a large generated database) it creates
 * a fresh PostgreSQL database, migrates it, fills it (scripts/bench/populate),
 * starts `next start` on it, signs in real sessions (Auth.js tokens minted
 * with the same secret the server gets), and runs autocannon against each
 * page at 10 and 50 connections (the circle and space pages among them).
 * Then it stops the server, drops the
 * database and prints one table per size.
 *
 *   npm run build && npm run bench:pages
 *   npm run bench:pages -- --scale 0.1 --seconds 3     a quick run
 *   npm run bench:pages -- --sizes large --only relationship,bare
 *
 * Needs a build (.next) and PostgreSQL at BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres, a user allowed to create
 * databases).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import os from "node:os";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { benchServerEnv } from "./bench/server-env";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const SCALE = Number(arg("scale") ?? 1);
const SECONDS = Number(arg("seconds") ?? 8);
const SIZES = (arg("sizes") ?? "demo,large").split(",");
const ONLY = arg("only")?.split(",");
const CONNECTIONS = (arg("connections") ?? "10,50").split(",").map(Number);
const PORT = Number(arg("port") ?? 3200 + Math.floor(Math.random() * 500));
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const AUTH_SECRET = randomBytes(32).toString("base64");
// Fixed keyring for the run: the generator seals with it, the server opens with it.
const KEYRING = `bench:${randomBytes(32).toString("base64")}`;
const COOKIE = "authjs.session-token";

async function main() {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("bench:pages measures a production build and builds nothing itself: run `npm run build` first.");
    process.exit(1);
  }
  const results: { size: string; rows: Row[] }[] = [];
  for (const size of SIZES) results.push({ size, rows: await runSize(size) });
  console.log(`\nMachine: ${os.cpus().length} cores (nproc), load average ${loadavg().map((l) => l.toFixed(2)).join(" ")} at the end; ${SECONDS} s per cell; scale ${SCALE}.`);
  for (const { size, rows } of results) printTable(size, rows);
}

interface Cell {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}
interface Row {
  name: string;
  cells: Map<number, Cell>;
}

async function runSize(size: string): Promise<Row[]> {
  const name = `alongside_bench_${randomBytes(5).toString("hex")}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  let server: ChildProcess | undefined;
  try {
    console.log(`\n== ${size}: database ${name}`);
    const t0 = Date.now();
    await runChild(["tsx", "--require", "./scripts/support/allow-server-only.cjs", "scripts/bench/fill.ts", size, String(SCALE)], {
      DATABASE_URL: databaseUrl,
      DATA_KEYS: KEYRING,
    });
    console.log(`   filled in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    const personas = JSON.parse(await readPersonas(databaseUrl)) as {
      seekerId: string;
      adminId: string;
      relationshipId: string;
      circleId: string;
      spaceSlug: string;
      seekerSv: number;
      adminSv: number;
    };

    server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
      env: benchServerEnv(PORT, AUTH_SECRET, { DATABASE_URL: databaseUrl, DATA_KEYS: KEYRING }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let serverLog = "";
    server.stdout?.on("data", (d) => (serverLog += d));
    server.stderr?.on("data", (d) => (serverLog += d));
    const base = `http://127.0.0.1:${PORT}`;
    await waitFor(`${base}/bench/bare`, () => serverLog);

    const seeker = await sessionCookie(personas.seekerId, personas.seekerSv);
    const staff = await sessionCookie(personas.adminId, personas.adminSv);
    const since = new Date(Date.now() - 60_000).toISOString();
    const pages: { name: string; path: string; cookie?: string }[] = [
      { name: "bare", path: "/bench/bare" },
      { name: "landing", path: "/" },
      { name: "shell", path: "/bench/shell", cookie: seeker },
      { name: "dashboard", path: "/dashboard", cookie: seeker },
      { name: "suggestions", path: "/suggestions", cookie: seeker },
      { name: "relationship", path: `/relationships/${personas.relationshipId}`, cookie: seeker },
      { name: "circle", path: `/circles/${personas.circleId}`, cookie: seeker },
      { name: "space", path: `/spaces/${personas.spaceSlug}`, cookie: seeker },
      { name: "thread poll", path: `/api/relationships/${personas.relationshipId}/messages?after=${encodeURIComponent(since)}`, cookie: seeker },
      { name: "admin queue", path: "/admin/queue", cookie: staff },
      { name: "admin health", path: "/admin/health", cookie: staff },
    ].filter((p) => !ONLY || ONLY.includes(p.name) || p.name === "bare");

    // Every page must answer 200 for its persona before it is timed (a redirect would be a fast lie).
    for (const page of pages) {
      const response = await fetch(base + page.path, { headers: page.cookie ? { cookie: page.cookie } : {}, redirect: "manual" });
      if (response.status !== 200) throw new Error(`${page.name} answered ${response.status} (${page.path})\n${serverLog.slice(-2000)}`);
      for (let i = 0; i < 5; i++) await fetch(base + page.path, { headers: page.cookie ? { cookie: page.cookie } : {} }).then((r) => r.arrayBuffer());
    }
    const rows: Row[] = pages.map((p) => ({ name: p.name, cells: new Map() }));
    const quiet = await bareLatency(base);
    for (const connections of CONNECTIONS) {
      for (const [i, page] of pages.entries()) {
        const result = await autocannon({
          url: base + page.path,
          connections,
          duration: SECONDS,
          timeout: 30,
          headers: page.cookie ? { cookie: page.cookie } : {},
        });
        // Requests still in flight when the time is up keep the server busy: wait until it is quiet again before the next cell.
        await drain(base, quiet);
        const done = (result.latency as { totalCount?: number }).totalCount ?? result.requests.total;
        const cell = {
          rps: done / SECONDS,
          p50: done ? result.latency.p50 : NaN,
          p99: done ? result.latency.p99 : NaN,
          errors: result.errors + result.non2xx + result.timeouts,
        };
        rows[i]!.cells.set(connections, cell);
        console.log(`   ${connections} conns  ${page.name.padEnd(14)} ${cell.rps.toFixed(1).padStart(6)} req/s  p50 ${cell.p50} ms  p99 ${cell.p99} ms${cell.errors ? `  ${cell.errors} errors` : ""}`);
      }
    }
    return rows;
  } finally {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server!.once("exit", resolve));
    }
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** The bare page's latency with nothing else running, one request at a time (median of 9). */
async function bareLatency(base: string) {
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t = performance.now();
    await fetch(`${base}/bench/bare`).then((r) => r.arrayBuffer());
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[4]!;
}

/** Waits (up to a minute) until one bare request answers within three times its quiet latency. */
async function drain(base: string, quiet: number) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const t = performance.now();
    await fetch(`${base}/bench/bare`).then((r) => r.arrayBuffer());
    if (performance.now() - t < Math.max(3 * quiet, 20)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function readPersonas(databaseUrl: string): Promise<string> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ value: string }[]>`select value from bench_personas`;
    return row!.value;
  } finally {
    await sql.end();
  }
}

/** A session cookie exactly as the credentials sign-in would set it (same claims, same secret, same salt). */
async function sessionCookie(userId: string, sessionVersion: number) {
  const token = await encode({ token: { sub: userId, sv: sessionVersion, sid: crypto.randomUUID() }, secret: AUTH_SECRET, salt: COOKIE, maxAge: 24 * 60 * 60 });
  return `${COOKIE}=${token}`;
}

function runChild(command: string[], env: Record<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn("npx", command, { env: { ...process.env, ...env }, stdio: "inherit" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command.join(" ")} exited with ${code}`))));
  });
}

async function waitFor(url: string, log: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the server did not answer ${url} within 60 s\n${log().slice(-2000)}`);
}

function printTable(size: string, rows: Row[]) {
  const bare = rows.find((r) => r.name === "bare")!;
  console.log(`\n### ${size}\n`);
  const head = CONNECTIONS.flatMap((c) => [`${c}c req/s`, `${c}c p50`, `${c}c p99`, `${c}c × bare`]);
  console.log(`| page | ${head.join(" | ")} |`);
  console.log(`|---|${head.map(() => "---:").join("|")}|`);
  for (const row of rows) {
    const cells = CONNECTIONS.flatMap((c) => {
      const cell = row.cells.get(c);
      const floor = bare.cells.get(c);
      if (!cell || !floor) return ["", "", "", ""];
      if (cell.rps === 0) return ["0", `none in ${SECONDS} s`, "", "∞"];
      const ratio = floor.rps / cell.rps;
      return [cell.rps.toFixed(1), `${cell.p50} ms`, `${cell.p99} ms`, `${ratio.toFixed(2)}${cell.errors ? ` (${cell.errors} err)` : ""}`];
    });
    console.log(`| ${row.name} | ${cells.join(" | ")} |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
