/**
 * What it costs to build things per request that can be built once, each
 * beside its built-once form in the same run (docs/benchmarks.md, "Built
 * once"): a date formatter, the session token's decryption, and a drizzle
 * query's SQL. CPU per call of this process (process.cpuUsage), so the
 * database's own work is not counted.
 *
 *   npx tsx --require ./scripts/support/allow-server-only.cjs scripts/bench/building-costs.ts
 *   DATABASE_URL=postgres://… (a filled bench database) adds the query rows
 */
import { encode, decode } from "next-auth/jwt";

async function cpuPerCall(label: string, fn: () => unknown, n: number) {
  for (let i = 0; i < Math.min(200, n); i++) await fn();
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await fn();
  const used = process.cpuUsage(start);
  const us = (used.user + used.system) / n;
  console.log(`${label.padEnd(58)} ${us.toFixed(1).padStart(7)} µs`);
  return us;
}

async function main() {
  const at = new Date("2026-03-04T18:05:00Z");
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" };
  const { dateFormat } = await import("@/lib/time/format");
  console.log("Date formatting");
  const fresh = await cpuPerCall("  new Intl.DateTimeFormat(...).format(d)", () => new Intl.DateTimeFormat("en-GB", options).format(at), 3000);
  await cpuPerCall("  d.toLocaleString(...)", () => at.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }), 3000);
  const shared = await cpuPerCall("  dateFormat(...).format(d) (lib/time/format.ts)", () => dateFormat(options).format(at), 3000);
  console.log(`  built per call ÷ shared: ×${(fresh / shared).toFixed(0)}`);

  console.log("Session token");
  const secret = "a-bench-secret-that-is-long-enough-for-auth-js";
  const salt = "authjs.session-token";
  const token = await encode({ token: { sub: "5a3f1ad0-caf5-4824-8035-7c64212bc7e7", sv: 1, sid: "s" }, secret, salt });
  const decodeUs = await cpuPerCall("  Auth.js decode (key derivation + decryption)", () => decode({ token, secret, salt }), 1000);
  const remembered = new Map([[token, { sub: "x" }]]);
  const hitUs = await cpuPerCall("  a token already opened (a Map lookup)", () => remembered.get(token), 1000);
  console.log(`  decode ÷ lookup: ×${(decodeUs / Math.max(hitUs, 0.01)).toFixed(0)}`);

  if (!process.env.DATABASE_URL?.startsWith("postgres")) {
    console.log("Queries: set DATABASE_URL to a filled PostgreSQL bench database to measure them.");
    return;
  }
  const { eq, sql } = await import("drizzle-orm");
  const { closeConnection, connection, db, prepared } = await import("@/db/client");
  const { users } = await import("@/db/schema");
  const raw = (connection().raw as { sql: import("postgres").Sql }).sql;
  const [row] = await raw<{ id: string }[]>`select id from users limit 1`;
  const id = row!.id;
  const columns = { id: users.id, name: users.name, email: users.email, roles: users.roles, status: users.status, sessionVersion: users.sessionVersion };
  console.log("A one-table select by primary key (the viewer check's shape), whole round trip");
  const built = await cpuPerCall("  drizzle, built on every call", () => db().select(columns).from(users).where(eq(users.id, id)).limit(1), 2000);
  const once = prepared("bench_user_by_id", (executor) => executor.select(columns).from(users).where(eq(users.id, sql.placeholder("id"))).limit(1));
  const preparedUs = await cpuPerCall("  drizzle, built once (db/client.ts#prepared)", () => once({ id }), 2000);
  const driver = await cpuPerCall("  postgres.js alone, same text", () => raw.unsafe("select id, name, email, roles, status, session_version from users where id = $1 limit 1", [id], { prepare: true }), 2000);
  console.log(`  built every call ÷ built once: ×${(built / preparedUs).toFixed(1)}; building alone ≈ ${(built - preparedUs).toFixed(0)} µs; built once vs the driver alone: +${(preparedUs - driver).toFixed(0)} µs`);
  await closeConnection();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
