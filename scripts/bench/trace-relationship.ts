/**
 * Times each data call the relationship page (and a few others) make, in
 * one process, and counts their statements, against a database that
 * bench:pages' fill left behind (scripts/bench/fill.ts). Not part of the
 * benchmark: a tool for finding where a page's time goes.
 *
 *   createdb … && DATABASE_URL=… DATA_KEYS=… npx tsx --require ./scripts/support/allow-server-only.cjs \
 *     scripts/bench/fill.ts large 0.2
 *   DATABASE_URL=… DATA_KEYS=… npx tsx --require ./scripts/support/allow-server-only.cjs \
 *     --require ./scripts/support/trace-session.cjs scripts/bench/trace-relationship.ts
 *
 * ONLY=a,b limits the calls; SHOW_SQL=<label> prints that call's statements.
 */
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { closeConnection, connection, db } from "@/db/client";
import { listAbsences } from "@/lib/dal/relationship/absences";
import { accessRelationship, timezoneOf } from "@/lib/dal/relationship/access";
import { checkInsSummary, getCheckInsView } from "@/lib/dal/relationship/check-ins";
import { foldSummaries } from "@/lib/dal/relationship/fold-summaries";
import { fitCheckState } from "@/lib/dal/relationship/fit-checks";
import { getEnding } from "@/lib/dal/relationship/lifecycle";
import { myPulseTrend, pulsePrompt } from "@/lib/dal/relationship/pulse";
import { getRhythmView, rhythmSummary } from "@/lib/dal/relationship/rhythm";
import { ruptureState } from "@/lib/dal/relationship/ruptures";
import { openThread, threadSince } from "@/lib/dal/relationship/thread";
import { getTimeline } from "@/lib/dal/relationship/timeline";
import { crisisResourcesFor } from "@/lib/dal/safety/crisis-resources";
import { withRequestScope } from "@/lib/dal/system/request-scope";
import { moderationQueue } from "@/lib/dal/staff/queue";
import { getProgramHealth } from "@/lib/dal/staff/program-health";
import { getSuggestions, suggestionsFor } from "@/lib/dal/matching/suggestions";
import { listMyRelationships } from "@/lib/dal/relationship/lifecycle";

const seen: string[] = [];
function countQueries() {
  const raw = connection().raw;
  if (raw.kind !== "postgres") return;
  const sqlClient = raw.sql as unknown as { unsafe: (q: string, ...rest: unknown[]) => unknown };
  const unsafe = sqlClient.unsafe.bind(sqlClient);
  sqlClient.unsafe = (q: string, ...rest: unknown[]) => {
    seen.push(q);
    return unsafe(q, ...rest);
  };
}

async function time<T>(label: string, fn: () => Promise<T>, n = 20) {
  if (process.env.ONLY && !process.env.ONLY.split(",").includes(label)) return;
  await withRequestScope(fn);
  seen.length = 0;
  await withRequestScope(fn);
  const queries = seen.length;
  if (process.env.SHOW_SQL === label) for (const q of seen) console.log(`   ${q.slice(0, 300)}`);
  const t = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i++) await withRequestScope(fn);
  const used = process.cpuUsage(cpu);
  // CPU of this process only (the database's own work is not in it): what the call costs the web server.
  console.log(`${label.padEnd(22)} ${((performance.now() - t) / n).toFixed(2)} ms  cpu ${((used.user + used.system) / 1000 / n).toFixed(2)} ms  ${queries} queries`);
}

async function main() {
  countQueries();
  const rows = (await db().execute(sql`select value from bench_personas`)) as unknown as { value: string }[];
  const p = JSON.parse(rows[0]!.value) as { seekerId: string; adminId: string; relationshipId: string; seekerSv: number; adminSv: number };
  const g = globalThis as unknown as { __traceSession: unknown };
  g.__traceSession = { userId: p.seekerId, sessionVersion: p.seekerSv };
  const id = p.relationshipId;
  await time("access", () => accessRelationship(id));
  await time("timezoneOf", () => timezoneOf(p.seekerId));
  await time("checkInsView", () => getCheckInsView(id));
  await time("rhythmView", () => getRhythmView(id));
  await time("absences", () => listAbsences(id));
  await time("openThread", () => openThread(id));
  await time("threadSince", () => threadSince(id, new Date(Date.now() - 60_000).toISOString()));
  await time("crisisResources", () => crisisResourcesFor("Europe/London"));
  await time("pulsePrompt", () => pulsePrompt(id));
  await time("fitCheckState", () => fitCheckState(id));
  await time("ruptureState", () => ruptureState(id));
  await time("timeline", () => getTimeline(id));
  await time("ending", () => getEnding(id));
  await time("myRelationships", () => listMyRelationships());
  await time("suggestions", () => getSuggestions(), 5);
  await time("foldSummaries", () => foldSummaries(id));
  // Every fold closed: the header's summaries, the thread, and the folds' summaries (a fold that needs the person adds its full view).
  await time("whole page", async () => {
    const access = await accessRelationship(id);
    await Promise.all([
      checkInsSummary(id), rhythmSummary(id), openThread(id).then((o) => crisisResourcesFor(o.timezone)), timezoneOf(access.viewer.id), foldSummaries(id),
    ]);
  });
  void suggestionsFor; void myPulseTrend;
  g.__traceSession = { userId: p.adminId, sessionVersion: p.adminSv };
  await time("moderationQueue", () => moderationQueue(), 5);
  await time("programHealth", () => getProgramHealth(), 3);
}

main().catch((e) => { console.error(e); process.exitCode = 1; }).finally(closeConnection);
