import "server-only";
import { sql } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { messages, relationships, threadReads, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { notifyMany } from "@/lib/dal/notifications/bell";

/**
 * "A message is waiting for you": after a grace of MESSAGE_GRACE_MS unread,
 * one notification (and, by default, one email) per thread and unread
 * spell — never one per message. The dedupe key carries the person's read
 * mark, so a second message in the same spell adds nothing, and reading the
 * thread ends the spell: no more mail until something new waits again.
 * Messages older than the look-back are left alone (a sweep after a long
 * pause does not write about last month).
 */

export const MESSAGE_GRACE_MS = 10 * 60_000;
const LOOKBACK_MS = 3 * 24 * 3_600_000;

interface Waiting {
  relationshipId: string;
  recipientId: string;
  authorName: string;
  readMark: string | null;
}

export async function mailWaitingMessages(options: { now?: Date; batchSize?: number } = {}) {
  const at = options.now ?? now();
  const cutoff = new Date(at.getTime() - MESSAGE_GRACE_MS).toISOString();
  const lookback = new Date(at.getTime() - LOOKBACK_MS).toISOString();
  const batchSize = options.batchSize ?? 500;
  // Every (thread, recipient) whose oldest unread message from the other person is past the grace.
  const result = await db().execute<{ relationship_id: string; recipient_id: string; author_name: string; read_mark: string | null }>(sql`
    select r.id as relationship_id, p.recipient_id, u.name as author_name, tr.last_read_at::text as read_mark
    from ${relationships} r
    cross join lateral (values (r.seeker_id, r.partner_id), (r.partner_id, r.seeker_id)) as p(recipient_id, author_id)
    join ${users} u on u.id = p.author_id
    left join ${threadReads} tr on tr.relationship_id = r.id and tr.user_id = p.recipient_id
    where r.status = 'active'
      and exists (
        select 1 from ${messages} m
        where m.relationship_id = r.id and m.author_id = p.author_id and m.removed_at is null
          and m.created_at <= ${cutoff}::timestamptz and m.created_at > ${lookback}::timestamptz
          and (tr.last_read_at is null or m.created_at > tr.last_read_at)
      )
  `);
  const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as { relationship_id: string; recipient_id: string; author_name: string; read_mark: string | null }[];
  const waiting: Waiting[] = rows.map((r) => ({ relationshipId: r.relationship_id, recipientId: r.recipient_id, authorName: r.author_name, readMark: r.read_mark }));
  let notified = 0;
  // Each batch in its own short transaction; the dedupe keys make a repeat (or another instance) add nothing.
  for (let i = 0; i < waiting.length; i += batchSize) {
    notified += await transaction(() =>
      notifyMany(
        waiting.slice(i, i + batchSize).map((w) => ({
          userId: w.recipientId,
          relationshipId: w.relationshipId,
          kind: "message-waiting" as const,
          dedupeKey: `message-waiting:${w.relationshipId}:${w.readMark ?? "never"}`,
          title: `${w.authorName} wrote to you`,
          body: `There is a message from ${w.authorName} waiting in your conversation.`,
          href: `/relationships/${w.relationshipId}`,
        })),
      ),
    );
  }
  return { notified };
}
