import "server-only";
import { and, asc, eq, gt, lt, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { checkInEntries, circleMessages, messages, needsProfiles, spacePosts, spaceReplies } from "@/db/schema";
import { contexts, unseal, unsealJson } from "@/lib/privacy/encryption";
import { RISK_DETECTOR_VERSION } from "@/lib/safety/assess-risk";
import { assessForStorage } from "@/lib/dal/safety/risk-record";

/**
 * Re-assessing stored words when the risk detector changes
 * (`npm run risk:reassess`). Rows whose stored `risk_version` is older than
 * RISK_DETECTOR_VERSION are opened (decrypted in memory only), assessed and
 * updated, in batches ordered by id.
 *
 * - Idempotent: each update is conditional on the row still carrying an
 *   older version, so a second run (or two at once) changes nothing twice.
 * - Resumable: a stopped run leaves done rows at the new version; the next
 *   run picks up only the rest.
 * - Quiet: it raises no safety items. Old words are history; what a person
 *   writes from now on is assessed and acted on when written.
 * A row that cannot be opened (a missing key during rotation) is skipped and
 * counted, never logged with content.
 */

export interface ReassessReport {
  version: number;
  updated: Record<"messages" | "circle_messages" | "check_in_entries" | "needs_profiles" | "space_posts" | "space_replies", number>;
  skipped: number;
}

type Batch = { id: string; text: () => string | (string | null)[] }[];

async function run(
  name: keyof ReassessReport["updated"],
  batchSize: number,
  fetch: (afterId: string | null) => Promise<Batch>,
  write: (id: string, stored: Stored) => Promise<number>,
  report: ReassessReport,
) {
  let after: string | null = null;
  for (;;) {
    const batch = await fetch(after);
    if (batch.length === 0) return;
    for (const row of batch) {
      let text: string | (string | null)[];
      try {
        text = row.text();
      } catch {
        report.skipped++;
        continue;
      }
      const { stored } = assessForStorage(text);
      report.updated[name] += await write(row.id, stored);
    }
    after = batch[batch.length - 1]!.id;
    if (batch.length < batchSize) return;
  }
}

/** A thread's table (one-to-one or circle): the same columns but for whose thread it is, and its own encryption context. */
interface ThreadTable {
  table: typeof messages | typeof circleMessages;
  owner: PgColumn;
  context: (ownerId: string) => string;
}

/** Reading and writing one thread table's batches: messages and circle messages differ only in their ThreadTable. */
function threadPass({ table, owner, context }: ThreadTable, version: number, batchSize: number) {
  const fetch = async (after: string | null): Promise<Batch> =>
    (
      await db()
        .select({ id: table.id, owner, body: table.body, keyId: table.keyId })
        .from(table as PgTable)
        .where(and(lt(table.riskVersion, version), after ? gt(table.id, after) : undefined))
        .orderBy(asc(table.id))
        .limit(batchSize)
    ).map((r) => ({ id: r.id, text: () => unseal({ ciphertext: r.body, keyId: r.keyId }, context(r.owner as string)) }));
  const write = async (id: string, stored: ReturnType<typeof assessForStorage>["stored"]) =>
    (
      await db()
        .update(table as typeof messages)
        .set({ ...stored, riskVersion: version })
        .where(and(eq(table.id, id), lt(table.riskVersion, version)))
        .returning({ id: table.id })
    ).length;
  return [fetch, write] as const;
}

type Stored = ReturnType<typeof assessForStorage>["stored"];

/**
 * The write every pass but the threads' shares: only a row still on an older
 * version (so two runs at once never write twice), with its `updatedAt` left
 * as it was: re-assessing is not the person writing again, and escalation
 * over time counts by it.
 */
function keepingUpdatedAt(table: typeof checkInEntries | typeof needsProfiles | typeof spacePosts | typeof spaceReplies, key: PgColumn, version: number) {
  return async (id: string, stored: Stored) =>
    (
      await db()
        .update(table as typeof spacePosts)
        .set({ riskLevel: stored.riskLevel, riskCategory: stored.riskCategory, riskVersion: version, updatedAt: sql`${table.updatedAt}` })
        .where(and(eq(key, id), lt(table.riskVersion, version)))
        .returning({ id: key })
    ).length;
}

export async function reassessStoredRisk(options: { batchSize?: number; version?: number } = {}): Promise<ReassessReport> {
  const batchSize = options.batchSize ?? 200;
  const version = options.version ?? RISK_DETECTOR_VERSION;
  const report: ReassessReport = { version, updated: { messages: 0, circle_messages: 0, check_in_entries: 0, needs_profiles: 0, space_posts: 0, space_replies: 0 }, skipped: 0 };

  await run("messages", batchSize, ...threadPass({ table: messages, owner: messages.relationshipId, context: contexts.message }, version, batchSize), report);
  await run(
    "circle_messages",
    batchSize,
    ...threadPass({ table: circleMessages, owner: circleMessages.circleId, context: contexts.circleMessage }, version, batchSize),
    report,
  );

  await run(
    "check_in_entries",
    batchSize,
    async (after) =>
      (
        await db()
          .select({ id: checkInEntries.id, relationshipId: checkInEntries.relationshipId, content: checkInEntries.content, keyId: checkInEntries.keyId })
          .from(checkInEntries)
          .where(and(lt(checkInEntries.riskVersion, version), after ? gt(checkInEntries.id, after) : undefined))
          .orderBy(asc(checkInEntries.id))
          .limit(batchSize)
      ).map((r) => ({
        id: r.id,
        text: () => {
          const a = unsealJson<{ arriving: string | null; onMind: string | null; wouldHelp: string | null }>({ ciphertext: r.content, keyId: r.keyId }, contexts.checkInEntry(r.relationshipId));
          return [a.arriving, a.onMind, a.wouldHelp].filter(Boolean).join("\n");
        },
      })),
    keepingUpdatedAt(checkInEntries, checkInEntries.id, version),
    report,
  );

  await run(
    "needs_profiles",
    batchSize,
    async (after) =>
      (
        await db()
          .select({ id: needsProfiles.userId, ownWords: needsProfiles.ownWords, hopes: needsProfiles.hopes, updatedAt: needsProfiles.updatedAt })
          .from(needsProfiles)
          .where(and(lt(needsProfiles.riskVersion, version), after ? gt(needsProfiles.userId, after) : undefined))
          .orderBy(asc(needsProfiles.userId))
          .limit(batchSize)
      ).map((r) => ({ id: r.id, text: () => [r.ownWords, r.hopes] })),
    keepingUpdatedAt(needsProfiles, needsProfiles.userId, version),
    report,
  );

  // Space posts and replies: the level decides nothing after the write (a held post stays with its moderator), but
  // the queue's order and escalation over time read it. Posts are read as they were assessed: title, then body.
  await run(
    "space_posts",
    batchSize,
    async (after) =>
      (
        await db()
          .select({ id: spacePosts.id, sealed: spacePosts.sealed, keyId: spacePosts.keyId })
          .from(spacePosts)
          .where(and(lt(spacePosts.riskVersion, version), after ? gt(spacePosts.id, after) : undefined))
          .orderBy(asc(spacePosts.id))
          .limit(batchSize)
      ).map((r) => ({
        id: r.id,
        text: () => {
          const words = unsealJson<{ title: string; body: string }>({ ciphertext: r.sealed, keyId: r.keyId }, contexts.spacePost(r.id));
          return `${words.title}\n${words.body}`;
        },
      })),
    keepingUpdatedAt(spacePosts, spacePosts.id, version),
    report,
  );

  await run(
    "space_replies",
    batchSize,
    async (after) =>
      (
        await db()
          .select({ id: spaceReplies.id, postId: spaceReplies.postId, body: spaceReplies.body, keyId: spaceReplies.keyId })
          .from(spaceReplies)
          .where(and(lt(spaceReplies.riskVersion, version), after ? gt(spaceReplies.id, after) : undefined))
          .orderBy(asc(spaceReplies.id))
          .limit(batchSize)
      ).map((r) => ({ id: r.id, text: () => unseal({ ciphertext: r.body, keyId: r.keyId }, contexts.spaceReply(r.postId)) })),
    keepingUpdatedAt(spaceReplies, spaceReplies.id, version),
    report,
  );
  return report;
}
