/**
 * Where a page's server time goes: starts `next start` from this checkout's
 * build with V8's CPU profiler on, signs in the bench persona, requests one
 * page N times over one connection, stops the server and prints the heaviest
 * functions by self time (and by package), from the .cpuprofile written on
 * exit. A tool for finding costs, not a benchmark.
 *
 *   DATABASE_URL=… DATA_KEYS=… npx tsx scripts/bench/profile-page.ts --page relationship --requests 300
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { benchServerEnv } from "./server-env";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const PAGE = arg("page", "relationship");
const REQUESTS = Number(arg("requests", "300"));
const PORT = Number(arg("port", "3631"));
const TOP = Number(arg("top", "40"));
const AUTH_SECRET = randomBytes(32).toString("base64");
const COOKIE = "authjs.session-token";

/** "next", "@scope/name", ".next/server/chunks", or "(node/native)" for a frame's file. */
function packageOf(file: string): string {
  const parts = file.split("/");
  const at = parts.lastIndexOf("node_modules");
  if (at >= 0 && parts[at + 1]) return parts[at + 1]!.startsWith("@") ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1]!;
  if (file.includes(".next/")) return `.next/${file.split(".next/")[1]?.split("/").slice(0, 2).join("/")}`;
  return file.startsWith("node:") || !file ? "(node/native)" : file;
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function main() {
  const { DATABASE_URL, DATA_KEYS } = process.env;
  if (!DATABASE_URL || !DATA_KEYS) throw new Error("needs DATABASE_URL and DATA_KEYS (a database bench fill.ts filled)");
  const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
  const personas = JSON.parse((await sql<{ value: string }[]>`select value from bench_personas`)[0]!.value) as Record<string, string> & { seekerSv: number; adminSv: number };
  await sql.end();
  const staff = PAGE.startsWith("admin");
  const token = await encode({
    token: { sub: staff ? personas.adminId : personas.seekerId, sv: staff ? personas.adminSv : personas.seekerSv, sid: crypto.randomUUID() },
    secret: AUTH_SECRET,
    salt: COOKIE,
    maxAge: 86_400,
  });
  const paths: Record<string, string> = {
    bare: "/bench/bare",
    dashboard: "/dashboard",
    suggestions: "/suggestions",
    relationship: `/relationships/${personas.relationshipId}`,
    circle: `/circles/${personas.circleId}`,
    space: `/spaces/${personas.spaceSlug}`,
    "admin-queue": "/admin/queue",
    "admin-health": "/admin/health",
  };
  const url = `http://127.0.0.1:${PORT}${paths[PAGE] ?? PAGE}`;
  const dir = mkdtempSync(path.join(tmpdir(), "page-prof-"));
  const child = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: benchServerEnv(PORT, AUTH_SECRET),
    stdio: ["ignore", "ignore", "inherit"],
  });
  const headers = { cookie: `${COOKIE}=${token}` };
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url, { headers, redirect: "manual" })).status === 200) break;
    } catch {
      // not listening yet
    }
    if (i > 300) throw new Error("the server did not answer 200");
    await new Promise((r) => setTimeout(r, 300));
  }
  for (let i = 0; i < 30; i++) await fetch(url, { headers }).then((r) => r.arrayBuffer());
  const started = performance.now();
  // V8's profile times and process.hrtime both read the system's monotonic clock, so the measured loop's samples can be told from start-up's.
  const from = Number(process.hrtime.bigint() / 1000n);
  for (let i = 0; i < REQUESTS; i++) await fetch(url, { headers }).then((r) => r.arrayBuffer());
  const to = Number(process.hrtime.bigint() / 1000n);
  console.log(`${REQUESTS} requests to ${PAGE} in ${((performance.now() - started) / REQUESTS).toFixed(1)} ms each (one at a time, profiler on)`);
  child.kill("SIGINT");
  // Samples are kept only between these two instants (see above).
  await new Promise((r) => child.once("exit", r));
  await new Promise((r) => setTimeout(r, 500));
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  // The biggest profile is the server's (next start may fork).
  const profiles = files.map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number });
  const profile = profiles.sort((a, b) => b.samples.length - a.samples.length)[0]!;
  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at >= from && at <= to) self.set(id, (self.get(id) ?? 0) + delta);
  });
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (node.callFrame.functionName === "(idle)") continue;
    total += us;
    const file = node.callFrame.url.replace(/^file:\/\//, "").replace(process.cwd(), ".");
    const key = `${node.callFrame.functionName || "(anonymous)"} ${file.split("/").slice(-2).join("/")}:${node.callFrame.lineNumber}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    const pkg = packageOf(file);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  const per = (us: number) => `${(us / 1000 / REQUESTS).toFixed(2)} ms/req`;
  console.log(`busy time ${per(total)} of the server's main thread, measured loop only`);
  console.log("\nby package:");
  for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${per(v).padStart(14)}  ${k}`);
  console.log("\nby function (self):");
  for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${per(v).padStart(14)}  ${k}`);
  console.log(`\nprofiles in ${dir}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
