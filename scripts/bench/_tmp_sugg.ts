import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { closeConnection, db } from "@/db/client";
import { withRequestScope } from "@/lib/dal/system/request-scope";
import { getSuggestions } from "@/lib/dal/matching/suggestions";
import { loadFriends, loadSeekers, loadPairs, topicLabels } from "@/lib/dal/matching/pool";
import { mentorPool } from "@/lib/dal/matching/mentor-pool";
import { congestion } from "@/lib/dal/matching/congestion";
import { takeUnseenOutcomes } from "@/lib/dal/matching/requests";
import { rankSuggestionsDetailed, whatNarrowsSuggestions } from "@/lib/matching/suggestions";
import { rankFriends } from "@/lib/matching/friend-suggestions";
import { createContext } from "@/lib/matching/context";

async function time(label: string, fn: () => Promise<unknown>, n = 20) {
  await withRequestScope(fn);
  const c = process.cpuUsage();
  const t = performance.now();
  for (let i = 0; i < n; i++) await withRequestScope(fn);
  const u = process.cpuUsage(c);
  console.log(`${label.padEnd(22)} wall ${((performance.now() - t) / n).toFixed(2)} ms  cpu ${((u.user + u.system) / 1000 / n).toFixed(2)} ms`);
}
async function main() {
  const rows = (await db().execute(sql`select value from bench_personas`)) as unknown as { value: string }[];
  const p = JSON.parse(rows[0]!.value);
  (globalThis as any).__traceSession = { userId: p.seekerId, sessionVersion: p.seekerSv };
  await time("getSuggestions", () => getSuggestions());
  await time("takeUnseenOutcomes", () => takeUnseenOutcomes());
  await time("loadSeekers(me)", () => loadSeekers({ userIds: [p.seekerId] }));
  await time("loadFriends(all)", () => loadFriends());
  await time("loadPairs(me)", () => loadPairs(p.seekerId));
  const [seeker] = await loadSeekers({ userIds: [p.seekerId] });
  const { pool } = await mentorPool();
  const prices = await congestion();
  await time("rank", async () => rankSuggestionsDetailed(seeker!, pool, { pending: new Map(), prices, unpriced: new Set(), limit: 5 }));
  await time("narrowing", async () => whatNarrowsSuggestions(seeker!, pool));
  const friends = await loadFriends(); const me = friends.find((f) => f.id === p.seekerId);
  console.log("in friend pool:", Boolean(me), friends.length);
  if (me) { const labels = await topicLabels(); const ctx = createContext({ referenceDate: "2026-12-06", topics: labels }); await time("rankFriends", async () => rankFriends(me, friends, ctx, 3)); }
  const r = await withRequestScope(() => getSuggestions());
  if (r.kind === "ready") console.log("suggestions", r.suggestions.length, "saved", r.saved.length, "friends", r.friends.length, "narrowing", r.narrowing.length, "held", r.held);
}
main().catch((e) => { console.error(e); process.exitCode = 1; }).finally(closeConnection);
