import "server-only";
import { publishLive } from "@/lib/dal/notifications/live";
import { and, asc, count, desc, eq, gt, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { db, prepared, transaction } from "@/db/client";
import { olderThan, threadPage } from "@/lib/dal/system/keyset";
import { messages, relationships, threadReads } from "@/db/schema";
import { now } from "@/lib/clock";
import { contexts, seal, unseal } from "@/lib/privacy/encryption";
import type { MessageDto, OpenedThread, ThreadPage, ThreadUpdate } from "@/lib/thread/types";
import { uuid } from "@/lib/validation/fields";
import {
  afterSchema,
  cursorSchema,
  POLL_MAX,
  POLL_OVERLAP_MS,
  sendMessageSchema,
  THREAD_FIRST_PAGE_SIZE,
  THREAD_PAGE_SIZE,
} from "@/lib/validation/messages";
import { accessActiveRelationship, accessRelationship, blockedPair, type RelationshipAccess, timezoneOf } from "./access";
import { actOnRisk, assessForStorage, storedLevel } from "@/lib/dal/safety/risk-record";
import { lockRelationship } from "./lock";
import { requireViewer } from "@/lib/dal/account/viewer";
import { log } from "@/lib/log";

/**
 * The thread: messages between the two people of a relationship.
 *
 * Every function goes through the relationship's one door
 * (relationship-access.ts), so anyone else — and a blocked pair — is told the
 * thread does not exist. Bodies are sealed with the relationship's message
 * context before they reach the database and opened only here, for one of
 * the two people. Writes need the relationship to be active; the archive of
 * an ended one can still be read.
 */

export type { MessageDto, OpenedThread, ThreadPage, ThreadUpdate };

const columns = {
  id: messages.id,
  authorId: messages.authorId,
  body: messages.body,
  keyId: messages.keyId,
  createdAt: messages.createdAt,
  removedAt: messages.removedAt,
  riskLevel: messages.riskLevel,
  riskVersion: messages.riskVersion,
};

type Row = { id: string; authorId: string; body: string; keyId: string; createdAt: Date; removedAt: Date | null; riskLevel: string; riskVersion: number };

function toDto(row: Row, access: RelationshipAccess): MessageDto {
  const mine = row.authorId === access.viewer.id;
  const base = { id: row.id, mine, authorName: mine ? "You" : access.otherName, createdAt: row.createdAt.toISOString() };
  // Removed by a moderator: kept encrypted for the audit, never opened for the thread again.
  if (row.removedAt) return { ...base, body: "", risk: "none", removed: true };
  let body: string;
  try {
    body = unseal({ ciphertext: row.body, keyId: row.keyId }, contexts.message(access.id));
  } catch (error) {
    // Only the id and the reason: never anything of the content.
    log.error("thread.message_unreadable", error, { messageId: row.id });
    return { ...base, body: "", risk: "none", unreadable: true };
  }
  // The detector's answer was stored when the message was written; it is not run again on every render and poll.
  return { ...base, body, risk: storedLevel(row, () => body) };
}

/** Moves the viewer's read mark forward to `upTo` (never back). */
async function markRead(relationshipId: string, userId: string, upTo: Date) {
  await db()
    .insert(threadReads)
    .values({ relationshipId, userId, lastReadAt: upTo })
    .onConflictDoUpdate({
      target: [threadReads.relationshipId, threadReads.userId],
      set: { lastReadAt: sql`greatest(${threadReads.lastReadAt}, excluded.last_read_at)` },
    });
}

/**
 * Moves the viewer's read mark to the newest of the other person's messages
 * at or before `upTo`, in one statement, and only when that moves it
 * forward: a poll that finds nothing new writes nothing.
 */
async function markReadUpTo(relationshipId: string, userId: string, upTo: Date) {
  await db().execute(sql`
    insert into ${threadReads} (relationship_id, user_id, last_read_at)
    select ${relationshipId}::uuid, ${userId}::uuid, max(${messages.createdAt}) from ${messages}
    where ${messages.relationshipId} = ${relationshipId} and ${messages.authorId} <> ${userId} and ${messages.createdAt} <= ${upTo.toISOString()}::timestamptz
    having max(${messages.createdAt}) is not null
    on conflict (relationship_id, user_id) do update set last_read_at = excluded.last_read_at
    where ${threadReads.lastReadAt} < excluded.last_read_at`);
}

/** The newest time among the other person's messages in a list, if any: how far the viewer has now seen. */
function newestFromOther(rows: readonly Row[], viewerId: string): Date | undefined {
  let newest: Date | undefined;
  for (const row of rows) if (row.authorId !== viewerId && (!newest || row.createdAt > newest)) newest = row.createdAt;
  return newest;
}

async function pageOf(access: RelationshipAccess, before: { createdAt: Date; id: string } | null, size = THREAD_PAGE_SIZE) {
  // One more than a page tells whether there is anything earlier.
  const rows = before
    ? await db()
        .select(columns)
        .from(messages)
        .where(
          and(eq(messages.relationshipId, access.id), olderThan(messages.createdAt, messages.id, before.createdAt, before.id)),
        )
        .orderBy(desc(messages.createdAt), desc(messages.id))
        .limit(size + 1)
    : await newestMessages({ relationshipId: access.id, limit: size + 1 });
  return threadPage(rows, size);
}

/*
 * The two reads every open thread repeats (the page's newest messages, and the
 * poll every few seconds), built once per connection (db/client.ts#prepared).
 */
const newestMessages = prepared("thread_newest", (executor) =>
  executor
    .select(columns)
    .from(messages)
    .where(eq(messages.relationshipId, sql.placeholder("relationshipId")))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(sql.placeholder("limit")),
);

const messagesSince = prepared("thread_since", (executor) =>
  executor
    .select(columns)
    .from(messages)
    .where(and(eq(messages.relationshipId, sql.placeholder("relationshipId")), gt(messages.createdAt, sql`${sql.placeholder("since")}::timestamptz`)))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(sql.placeholder("limit")),
);

/**
 * Opening the thread: the latest messages (a shorter first page). It writes nothing (a page
 * render never does): the read mark moves once the page has been sent
 * (rememberThreadSeen) and with each poll in view (threadSince, read=1).
 */
export async function openThread(relationshipId: unknown): Promise<OpenedThread> {
  const access = await accessRelationship(relationshipId);
  const [{ rows, earlier }, timezone] = await Promise.all([pageOf(access, null, THREAD_FIRST_PAGE_SIZE), timezoneOf(access.viewer.id)]);
  return {
    messages: rows.map((row) => toDto(row, access)),
    earlier,
    active: access.status === "active",
    timezone,
    serverTime: now().toISOString(),
  };
}

/**
 * After the relationship page has been sent (next/server `after`), its
 * viewer has seen the thread up to the moment it rendered: moves the read
 * mark there, writing only if it moves. Takes the access this same request
 * already read (request APIs such as the session cookie are gone by then).
 * With `shown`, the first page the thread rendered (read after `renderedAt`),
 * a view with nothing new sends no statement at all (see nothingNewShown).
 */
export async function rememberThreadSeen(access: RelationshipAccess, renderedAt: Date, shown?: Pick<OpenedThread, "messages" | "earlier">) {
  if (shown && nothingNewShown(access.viewerReadAt, renderedAt, shown)) return;
  await markReadUpTo(access.id, access.viewer.id, renderedAt);
}

/**
 * True when the page shown proves that none of the other person's messages
 * lies between the viewer's read mark and `renderedAt`, so markReadUpTo would
 * write nothing: the page reaches back to the read mark (or holds the whole
 * thread) and none of the other's messages in it is newer than the mark. When
 * the page cannot tell (no mark yet, or older messages than it shows may be
 * newer than the mark), false: the statement decides, as before.
 */
function nothingNewShown(readAt: Date | null, renderedAt: Date, shown: Pick<OpenedThread, "messages" | "earlier">): boolean {
  if (!readAt) return false;
  const times = shown.messages.map((m) => Date.parse(m.createdAt));
  const oldestShown = Math.min(...times);
  if (shown.earlier !== null && !(oldestShown <= readAt.getTime())) return false;
  return !shown.messages.some((m, i) => !m.mine && times[i]! > readAt.getTime() && times[i]! <= renderedAt.getTime());
}

/** "Show earlier messages": the page before a cursor, oldest first. */
export async function earlierMessages(relationshipId: unknown, before: unknown): Promise<ThreadPage> {
  const access = await accessRelationship(relationshipId);
  const cursor = cursorSchema.parse(before);
  const { rows, earlier } = await pageOf(access, cursor);
  return { messages: rows.map((row) => toDto(row, access)), earlier };
}

/**
 * What is new since `after` (for the browser's poll). It looks back a little
 * further than asked (POLL_OVERLAP_MS): a message can become visible with a
 * time just before the newest one the browser already has. The browser drops
 * repeats by id. With `markRead`, the viewer's read mark moves up to what was
 * returned: the browser asks for that only while the page is in view.
 */
export async function threadSince(relationshipId: unknown, after: unknown, options: { markRead?: boolean } = {}): Promise<ThreadUpdate> {
  const access = await accessRelationship(relationshipId);
  const since = new Date(afterSchema.parse(after).getTime() - POLL_OVERLAP_MS);
  const rows = await messagesSince({ relationshipId: access.id, since: since.toISOString(), limit: POLL_MAX });
  if (options.markRead) {
    // The browser has everything up to `after` (it asked from there) and now what is returned.
    const returned = newestFromOther(rows, access.viewer.id);
    const upTo = new Date(Math.min(now().getTime(), Math.max(since.getTime() + POLL_OVERLAP_MS, returned?.getTime() ?? 0)));
    await markReadUpTo(access.id, access.viewer.id, upTo);
  }
  return { messages: rows.map((row) => toDto(row, access)), active: access.status === "active" };
}

/**
 * Sends a message. The relationship row is locked for the length of the
 * transaction, so an ending (or a block) that happens at the same moment
 * either comes first and the message is refused, or waits for the message;
 * and two sends in one thread take their times in the order they commit.
 *
 * The browser's clientKey makes a retry or a double click store one message:
 * the unique index turns the second insert into nothing, and the message
 * already stored is returned instead.
 */
export async function sendMessage(input: unknown): Promise<MessageDto> {
  const { relationshipId, body, clientKey } = sendMessageSchema.parse(input);
  const access = await accessActiveRelationship(relationshipId);
  return transaction(async (tx) => {
    await lockRelationship(access);
    const createdAt = now();
    const sealed = seal(body, contexts.message(access.id));
    const { assessment, stored } = assessForStorage(body);
    const [inserted] = await tx
      .insert(messages)
      .values({ relationshipId: access.id, authorId: access.viewer.id, body: sealed.ciphertext, keyId: sealed.keyId, clientKey, createdAt, ...stored })
      .onConflictDoNothing({ target: [messages.relationshipId, messages.authorId, messages.clientKey] })
      .returning(columns);
    const row =
      inserted ??
      (
        await tx
          .select(columns)
          .from(messages)
          .where(and(eq(messages.relationshipId, access.id), eq(messages.authorId, access.viewer.id), eq(messages.clientKey, clientKey)))
      )[0];
    // Not expected: the conflict means the row exists. Say so plainly rather than pretend it was sent.
    if (!row) throw new Error("message neither inserted nor found");
    if (inserted) {
      // Crisis or concern language reaches moderators at once, in the same transaction (and a run of concern
      // messages escalates to one crisis-priority item); the message is delivered as written.
      await actOnRisk({ assessment, subjectId: access.viewer.id, targetKind: "message", targetId: row.id, relationshipId: access.id });
    }
    // Whoever writes has seen the thread up to here.
    await markRead(access.id, access.viewer.id, row.createdAt);
    // Wakes the other person's open page on whichever instance holds it (delivered on commit).
    if (inserted) await publishLive({ topic: "thread", relationshipId: access.id });
    return toDto(row, access);
  });
}

/**
 * New messages per relationship for the viewer: the other person's messages
 * after the viewer's read mark. Only relationships the viewer is part of,
 * and none with a block between the two, are counted; any other id is
 * simply absent from the answer.
 */
export async function unreadCounts(relationshipIds: readonly string[]): Promise<Record<string, number>> {
  const viewer = await requireViewer();
  const ids = [...new Set(relationshipIds)].filter((id) => uuid.safeParse(id).success);
  if (ids.length === 0) return {};
  const rows = await db()
    .select({ relationshipId: messages.relationshipId, n: count() })
    .from(messages)
    .innerJoin(relationships, eq(relationships.id, messages.relationshipId))
    .leftJoin(threadReads, and(eq(threadReads.relationshipId, messages.relationshipId), eq(threadReads.userId, viewer.id)))
    .where(
      and(
        inArray(messages.relationshipId, ids),
        or(eq(relationships.seekerId, viewer.id), eq(relationships.partnerId, viewer.id)),
        sql`not ${blockedPair}`,
        ne(messages.authorId, viewer.id),
        or(isNull(threadReads.lastReadAt), gt(messages.createdAt, threadReads.lastReadAt)),
      ),
    )
    .groupBy(messages.relationshipId);
  return Object.fromEntries(rows.map((r) => [r.relationshipId, Number(r.n)]));
}
