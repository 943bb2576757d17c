/**
 * `npm test`: every check and test suite, in order, then one closing line
 * "N passed, N failed[, N skipped]" summing them all (CI reads that line).
 *
 *  1. type check and lint (each counts as one check)
 *  2. unit + integration tests on PGlite in memory
 *  3. integration tests again on PostgreSQL, when TEST_DATABASE_URL is set
 *  4. a production build, then the browser tests against `next start` on PGlite
 *  5. the browser tests again on a fresh PostgreSQL database, when TEST_DATABASE_URL is set
 *
 * SKIP_E2E=1 leaves out steps 4 and 5 (for a quick run; CI never sets it).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { applyRoles } from "../db/roles";

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];
const results = "test-results";
mkdirSync(results, { recursive: true });

function run(command: string, args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  return result.status === 0;
}

function record(name: string, tally: Tally) {
  total.passed += tally.passed;
  total.failed += tally.failed;
  total.skipped += tally.skipped;
  lines.push(`${name.padEnd(34)} ${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`);
}

function check(name: string, command: string, args: string[]) {
  console.log(`\n▶ ${name}`);
  const ok = run(command, args);
  record(name, { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/** Which tests failed, with the first line of why: printed after the summary, where a truncated CI log still shows it. */
const failures: string[] = [];
const firstLine = (text: string | undefined) => (text ?? "").replace(/\x1b\[[0-9;]*m/g, "").split("\n").find((l) => l.trim())?.trim().slice(0, 200) ?? "";

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: { name: string; message?: string; assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[] }[];
}

function noteVitestFailures(name: string, report: VitestReport) {
  for (const file of report.testResults ?? []) {
    const where = path.relative(process.cwd(), file.name);
    const failed = (file.assertionResults ?? []).filter((a) => a.status === "failed");
    for (const a of failed) failures.push(`${name}: ${where} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    if (failed.length === 0 && file.message) failures.push(`${name}: ${where}: ${firstLine(file.message)}`);
  }
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; file: string; line: number; tests: { status: string; results: { error?: { message?: string } }[] }[] }[];
}

function notePlaywrightFailures(name: string, suites: PlaywrightSuite[] = []) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        if (t.status !== "unexpected" && t.status !== "flaky") continue;
        const why = firstLine(t.results.find((r) => r.error)?.error?.message);
        failures.push(`${name}${t.status === "flaky" ? " (flaky: passed on retry)" : ""}: ${spec.file}:${spec.line} › ${spec.title}: ${why}`);
      }
    }
    notePlaywrightFailures(name, suite.suites);
  }
}

function vitest(name: string, project: string[], outputFile: string, env: Record<string, string | undefined> = {}) {
  console.log(`\n▶ ${name}`);
  rmSync(outputFile, { force: true });
  const projects = project.flatMap((p) => ["--project", p]);
  const ok = run("npx", ["vitest", "run", ...projects, "--reporter=default", "--reporter=json", `--outputFile=${outputFile}`], env);
  const report = readJson<VitestReport>(outputFile);
  if (!report) return record(name, { passed: 0, failed: 1, skipped: 0 });
  noteVitestFailures(name, report);
  // A suite that failed to load counts as a failure even when no test inside it ran.
  const failed = report.numFailedTests + (ok || report.numFailedTests ? 0 : 1);
  record(name, { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests });
}

function playwright(name: string, outputFile: string, env: Record<string, string | undefined> = {}) {
  console.log(`\n▶ ${name}`);
  rmSync(outputFile, { force: true });
  const ok = run("npx", ["playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_FILE: outputFile, ...env });
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number }; suites?: PlaywrightSuite[] }>(outputFile);
  if (!report) return record(name, { passed: 0, failed: 1, skipped: 0 });
  notePlaywrightFailures(name, report.suites);
  const { expected, unexpected, flaky, skipped } = report.stats;
  record(name, { passed: expected + flaky, failed: unexpected + (ok || unexpected ? 0 : 1), skipped });
}

/**
 * A fresh database with the production split: an owner role that migrates and
 * a serving role with no ownership (db/roles.ts), so the browser tests run the
 * app as it is deployed.
 */
async function withFreshDatabase(adminUrl: string, run: (urls: { serving: string; migration: string }) => void) {
  const suffix = randomBytes(5).toString("hex");
  const name = `alongside_e2e_${suffix}`;
  const roles = { owner: { name: `alongside_e2e_owner_${suffix}` }, app: { name: `alongside_e2e_app_${suffix}` } };
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const target = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const as = (role: string) => {
    const u = new URL(url);
    u.username = role;
    u.password = "";
    return u.toString();
  };
  try {
    await applyRoles(target, { database: name, ...roles });
    await target.end();
    run({ serving: as(roles.app.name), migration: as(roles.owner.name) });
  } finally {
    await target.end().catch(() => {});
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    for (const role of [roles.app.name, roles.owner.name]) await admin.unsafe(`drop role if exists ${role}`).catch(() => {});
    await admin.end();
  }
}

async function main() {
  const pgUrl = process.env.TEST_DATABASE_URL;
  check("type check", "npx", ["tsc", "--noEmit"]);
  check("lint", "npm", ["run", "-s", "lint"]); // ESLint and the layering rules (dependency-cruiser)
  vitest("unit + integration (PGlite)", ["unit", "integration"], `${results}/vitest-pglite.json`, { TEST_DB: "pglite" });
  if (pgUrl) vitest("integration (PostgreSQL)", ["integration"], `${results}/vitest-postgres.json`, { TEST_DB: "postgres" });
  else lines.push("integration (PostgreSQL)           not run: TEST_DATABASE_URL is not set");

  if (process.env.SKIP_E2E === "1") {
    lines.push("browser tests                      not run: SKIP_E2E=1");
  } else if (check("production build", "npx", ["next", "build"]) && existsSync(".next")) {
    playwright("browser (PGlite)", `${results}/e2e-pglite.json`, { E2E_DATABASE_URL: "" });
    if (pgUrl) {
      await withFreshDatabase(pgUrl, (urls) =>
        playwright("browser (PostgreSQL)", `${results}/e2e-postgres.json`, { E2E_DATABASE_URL: urls.serving, E2E_MIGRATION_DATABASE_URL: urls.migration }),
      );
    }
    else lines.push("browser (PostgreSQL)               not run: TEST_DATABASE_URL is not set");
  }

  console.log(`\n${lines.join("\n")}\n`);
  if (failures.length) console.log(`Failed or flaky:\n${failures.map((f) => `  - ${f}`).join("\n")}\n`);
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
  process.exitCode = total.failed > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  console.log(`${total.passed} passed, ${total.failed + 1} failed`);
  process.exitCode = 1;
});
