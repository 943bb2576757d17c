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
  // Every (thread, recipient) with an unread message from the other person past the grace: driven from
  // the messages of the look-back window (messages_created_idx), so its cost follows recent traffic,
  // not the number of relationships. "Unread" = the author's latest such message is after the read mark.
  const result = await db().execute<{ relationship_id: string; recipient_id: string; author_name: string; read_mark: string | null }>(sql`
    with recent as (
      select m.relationship_id, m.author_id, max(m.created_at) as latest
      from ${messages} m
      where m.removed_at is null and m.created_at <= ${cutoff}::timestamptz and m.created_at > ${lookback}::timestamptz
      group by m.relationship_id, m.author_id
    ), pairs as (
      select r.id, recent.author_id, recent.latest,
        case when recent.author_id = r.seeker_id then r.partner_id else r.seeker_id end as recipient_id
      from recent join ${relationships} r on r.id = recent.relationship_id
      where r.status = 'active' and recent.author_id in (r.seeker_id, r.partner_id)
    )
    select p.id as relationship_id, p.recipient_id, u.name as author_name, tr.last_read_at::text as read_mark
    from pairs p
    join ${users} u on u.id = p.author_id
    left join ${threadReads} tr on tr.relationship_id = p.id and tr.user_id = p.recipient_id
    where tr.last_read_at is null or p.latest > tr.last_read_at
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
