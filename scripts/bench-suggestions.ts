/**
 * `npm run bench:suggestions`: on-demand suggestions against a database that
 * holds 25,000 approved mentors. Times the DAL's whole ranking path for one
 * seeker (their pairs, open requests and saves, the congestion prices
 * (cached), the ranking over the cached mentor pool, the cards), p50 and p95 over many seekers,
 * after one warm-up that loads the pool. Database: DATABASE_URL if set
 * (a PostgreSQL URL whose database is scratch), else PGlite in memory.
 */
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { closeConnection, connection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate-runner";
import { mentorProfiles, mentorTopics, needsProfiles, needsProfileTopics, topics, users } from "@/db/schema";
import { mentorPool } from "@/lib/dal/matching/mentor-pool";
import { suggestionsFor } from "@/lib/dal/matching/suggestions";
import { generateCohort } from "@/lib/matching/generate";

process.env.DATABASE_URL ??= "memory://";
const MENTORS = Number(process.env.BENCH_MENTORS ?? 25_000);
const SEEKERS = Number(process.env.BENCH_SEEKERS ?? 300);

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function main() {
  const conn = connection();
  await migrateDatabase(conn);
  const db = conn.db;
  const today = new Date().toISOString().slice(0, 10);
  const cohort = generateCohort({ seekers: SEEKERS, mentors: MENTORS, seed: 42, referenceDate: today });

  let t = performance.now();
  await db.insert(topics).values(cohort.topics.map((topic) => ({ id: topic.id, slug: `bench-${topic.id.slice(0, 8)}`, name: topic.label }))).onConflictDoNothing();
  const at = new Date();
  const chunk = <T>(list: T[], size: number) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
  // Generated ids are UUIDs, so they become the accounts' ids directly.
  for (const part of chunk(cohort.mentors, 1000)) {
    await db.insert(users).values(part.map((m) => ({ id: m.id, name: m.name ?? "Mentor", email: `bench-${m.id}@bench.test`, roles: ["mentor" as const], emailVerified: at })));
    await db.insert(mentorProfiles).values(
      part.map((m) => ({
        userId: m.id,
        status: "approved" as const,
        capacity: m.capacity,
        cadences: m.cadences,
        windows: m.windows,
        timezone: m.timezone,
        languages: m.languages,
        listenStyle: m.listenStyle,
        tone: m.tone,
        messageLength: m.messageLength,
        ageBand: m.ageBand,
        gender: m.gender,
        avoidTopicIds: m.avoidTopicIds,
        intro: "Bench mentor.",
        pledgedAt: at,
        trainingPassedAt: at,
        submittedAt: at,
      })),
    );
    await db.insert(mentorTopics).values(part.flatMap((m) => m.topicIds.map((topicId) => ({ userId: m.id, topicId }))));
  }
  for (const part of chunk(cohort.seekers, 1000)) {
    await db.insert(users).values(part.map((s) => ({ id: s.id, name: s.name ?? "Seeker", email: `bench-${s.id}@bench.test`, roles: ["seeker" as const], emailVerified: at })));
    await db.insert(needsProfiles).values(
      part.map((s) => ({
        userId: s.id,
        lookingFor: "mentor" as const,
        cadence: s.cadence,
        windows: s.windows,
        timezone: s.timezone,
        listenStyle: s.listenStyle,
        tone: s.tone,
        messageLength: s.messageLength,
        consistencyImportance: s.consistencyImportance,
        nonJudgmentImportance: s.nonJudgmentImportance,
        languages: s.languages,
        ageBand: s.ageBand,
        gender: s.gender,
        preferredAgeBands: s.preferredAgeBands,
        preferredGenders: s.preferredGenders,
        avoidTopicIds: s.avoidTopicIds,
        dealbreakers: s.dealbreakers,
        completedAt: at,
      })),
    );
    await db.insert(needsProfileTopics).values(part.flatMap((s) => s.topics.map((topic) => ({ userId: s.id, topicId: topic.topicId, livedExperienceMatters: topic.livedExperienceMatters }))));
  }
  const loadMs = performance.now() - t;
  const [{ n } = { n: 0 }] = (await db.select({ n: sql<number>`count(*)::int` }).from(mentorProfiles)) as { n: number }[];

  t = performance.now();
  await mentorPool();
  const poolMs = performance.now() - t;

  const timings: number[] = [];
  let shown = 0;
  for (const seeker of cohort.seekers) {
    const start = performance.now();
    const result = await suggestionsFor(seeker);
    timings.push(performance.now() - start);
    shown += result.suggestions.length;
  }
  timings.sort((a, b) => a - b);
  console.log(
    JSON.stringify(
      {
        database: conn.kind,
        mentorsInDatabase: n,
        seekersTimed: timings.length,
        loadDataMs: Math.round(loadMs),
        mentorPoolColdLoadMs: Math.round(poolMs),
        suggestionsPerRequest: +(shown / timings.length).toFixed(2),
        p50Ms: +quantile(timings, 0.5).toFixed(2),
        p95Ms: +quantile(timings, 0.95).toFixed(2),
        maxMs: +timings.at(-1)!.toFixed(2),
      },
      null,
      2,
    ),
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(closeConnection);
