/**
 * `npm run bench:spaces`: the page queries of spaces at 100,000 posts.
 * Fills one space with BENCH_POSTS published posts (plus held and removed
 * ones, content notes, blocks and hidden notes for the reader, and replies on
 * the post that is opened), then times, p50 and p95 over many runs:
 *   - a space's first page (keyset, newest first),
 *   - a deep page (a cursor ~90% of the way down),
 *   - a post's page (the post row, then its replies),
 *   - `select 1`, in the same run, as the floor of a round trip.
 * Database: DATABASE_URL if set (a scratch PostgreSQL database), else PGlite in memory.
 */
import { performance } from "node:perf_hooks";
import { eq, sql } from "drizzle-orm";
import { closeConnection, connection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate-runner";
import { blocks, spaceHiddenNotes, spacePosts, spaces, users } from "@/db/schema";
import { loadPost, replyRowsOf } from "@/lib/dal/space/posts";
import { visibleToReader } from "@/lib/dal/space/shared";
import { spacePageRows } from "@/lib/dal/space/spaces";

process.env.DATABASE_URL ??= "memory://";
const POSTS = Number(process.env.BENCH_POSTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function time(label: string, run: () => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} p50 ${quantile(samples, 0.5).toFixed(2)} ms   p95 ${quantile(samples, 0.95).toFixed(2)} ms`);
}

async function main() {
  const conn = connection();
  await migrateDatabase(conn);
  const db = conn.db;
  const [space] = await db.select({ id: spaces.id }).from(spaces).limit(1);
  if (!space) throw new Error("no space: the migrations should have opened one per starter topic");
  let t = performance.now();
  // 500 writers, the reader, and one person the reader blocked.
  await db.execute(sql`insert into users (id, name, email, email_verified)
    select gen_random_uuid(), 'Writer ' || g, 'bench-writer-' || g || '@bench.test', now() from generate_series(1, 500) g`);
  const [reader] = await db.insert(users).values({ name: "Reader", email: "bench-reader@bench.test" }).returning({ id: users.id });
  const writers = (await db.select({ id: users.id }).from(users).where(sql`${users.email} like 'bench-writer-%'`)).map((u) => u.id);
  const blocked = writers[0]!;
  await db.insert(blocks).values({ blockerId: reader!.id, blockedId: blocked, pairLow: reader!.id < blocked ? reader!.id : blocked, pairHigh: reader!.id < blocked ? blocked : reader!.id });
  await db.insert(spaceHiddenNotes).values({ userId: reader!.id, note: "eating", createdAt: new Date() });
  // Posts over the last ~200 days; 3% held, 1% removed, 5% with a content note.
  await db.execute(sql`insert into space_posts (space_id, author_id, sealed, key_id, wish, content_note, status, client_key, created_at, published_at)
    select ${space.id}::uuid,
      (${sql.raw(`array[${writers.map((w) => `'${w}'::uuid`).join(",")}]`)})[1 + (g % 500)],
      'bench', 'k1', 'just_listen',
      case when g % 20 = 0 then (case when g % 40 = 0 then 'eating' else 'loss' end)::content_note else null end,
      case when g % 33 = 0 then 'held_first_posts' when g % 100 = 1 then 'removed' else 'published' end::post_status,
      gen_random_uuid(), now() - (g * interval '3 minutes'),
      case when g % 33 = 0 then null else now() - (g * interval '3 minutes') end
    from generate_series(1, ${POSTS}) g`);
  await db.execute(sql`analyze`);
  const [opened] = await db.select({ id: spacePosts.id }).from(spacePosts).where(eq(spacePosts.status, "published")).limit(1);
  await db.execute(sql`insert into space_replies (post_id, author_id, body, key_id, client_key, created_at)
    select ${opened!.id}::uuid, (${sql.raw(`array[${writers.slice(0, 50).map((w) => `'${w}'::uuid`).join(",")}]`)})[1 + (g % 50)], 'bench', 'k1', gen_random_uuid(), now() - (g * interval '1 minute')
    from generate_series(1, 40) g`);
  console.log(`filled ${POSTS} posts in ${((performance.now() - t) / 1000).toFixed(1)} s (${process.env.DATABASE_URL?.startsWith("postgres") ? "PostgreSQL" : "PGlite"})`);
  const [deep] = await db
    .select({ at: spacePosts.publishedAt, id: spacePosts.id })
    .from(spacePosts)
    .where(eq(spacePosts.status, "published"))
    .orderBy(sql`${spacePosts.publishedAt} desc`)
    .offset(Math.floor(POSTS * 0.9))
    .limit(1);

  if (process.env.BENCH_EXPLAIN) {
    const plan = await db.execute(sql`explain analyze select ${spacePosts.id} from ${spacePosts} where ${spacePosts.spaceId} = ${space.id}::uuid and ${visibleToReader(reader!.id)}
      order by ${spacePosts.publishedAt} desc, ${spacePosts.id} desc limit 21`);
    console.log(((plan as unknown as { rows?: unknown[] }).rows ?? plan) as unknown);
  }
  t = performance.now();
  await time("select 1 (floor)", () => db.execute(sql`select 1`));
  await time("space page 1", () => spacePageRows(reader!.id, space.id, null));
  await time("space page at 90% depth (keyset)", () => spacePageRows(reader!.id, space.id, { at: deep!.at!, id: deep!.id }));
  await time("post page (post + 40 replies)", async () => {
    await loadPost(opened!.id);
    await replyRowsOf(opened!.id, reader!.id);
  });
  await closeConnection();
}

main().catch(async (error) => {
  console.error(error);
  await closeConnection().catch(() => undefined);
  process.exit(1);
});
