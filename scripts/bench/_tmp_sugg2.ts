import { sql } from "drizzle-orm";
import { closeConnection, db } from "@/db/client";
import { withRequestScope } from "@/lib/dal/system/request-scope";
import { getSuggestions } from "@/lib/dal/matching/suggestions";
async function main() {
  const rows = (await db().execute(sql`select value from bench_personas`)) as unknown as { value: string }[];
  const p = JSON.parse(rows[0]!.value);
  (globalThis as any).__traceSession = { userId: p.seekerId, sessionVersion: p.seekerSv };
  for (let i = 0; i < 20; i++) await withRequestScope(() => getSuggestions());
  const c = process.cpuUsage();
  for (let i = 0; i < 200; i++) await withRequestScope(() => getSuggestions());
  const u = process.cpuUsage(c); console.log("cpu/call", (u.user + u.system) / 1000 / 200);
}
main().catch((e) => { console.error(e); process.exitCode = 1; }).finally(closeConnection);
