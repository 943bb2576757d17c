import "server-only";
import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { db, prepared } from "@/db/client";
import { notifications } from "@/db/schema";
import { now } from "@/lib/clock";
import { queueNotificationMails } from "@/lib/dal/notifications/delivery";
import { publishLiveMany } from "@/lib/dal/notifications/live";
import type { NotificationKind } from "@/lib/notifications/kinds";
import { uuid } from "@/lib/validation/fields";
import { requireViewer } from "@/lib/dal/account/viewer";

/**
 * Notifications: the bell, and optionally an email. `notify` is called by
 * other DAL modules (nudges, ruptures, fit checks…), never by pages. It is
 * idempotent through the unique (person, dedupeKey): a second call — a retry,
 * a second instance running the same sweep — inserts nothing and sends
 * nothing. Texts never quote private content.
 */

export interface NewNotification {
  userId: string;
  relationshipId?: string | null;
  /** What happened: one of the kinds in lib/notifications/kinds.ts (which decides email, quiet hours, template). */
  kind: NotificationKind;
  /** Unique per person: the same key never notifies twice. */
  dedupeKey: string;
  title: string;
  body: string;
  /** Where the bell takes the person (a path inside the app). */
  href: string;
  /** @deprecated The kind's registry entry and the person's preference decide about email now; ignored. */
  email?: boolean;
}

/**
 * Puts a notification in the person's bell and, as the kind and their
 * preference say, an email in the durable outbox — both through db(), so
 * inside transaction() they commit or roll back with the event itself.
 * Returns whether this call created it (false: the dedupe key existed).
 */
export async function notify(n: NewNotification): Promise<boolean> {
  return (await notifyMany([n])) > 0;
}

/**
 * notify() for many at once, in a fixed number of statements whatever the
 * count (the sweeps send hundreds per batch): one insert of the bell rows
 * (500 a statement), one pass of the mail outbox, one update of the rows
 * that were emailed, one wake-up per person. Returns how many were created.
 */
export async function notifyMany(list: readonly NewNotification[]): Promise<number> {
  if (list.length === 0) return 0;
  const at = now();
  const created: { id: string; userId: string; dedupeKey: string }[] = [];
  for (let i = 0; i < list.length; i += 500) {
    const rows = await db()
      .insert(notifications)
      .values(
        list.slice(i, i + 500).map((n) => ({
          userId: n.userId,
          relationshipId: n.relationshipId ?? null,
          kind: n.kind,
          dedupeKey: n.dedupeKey,
          title: n.title,
          body: n.body,
          href: n.href,
          createdAt: at,
        })),
      )
      .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
      .returning({ id: notifications.id, userId: notifications.userId, dedupeKey: notifications.dedupeKey });
    created.push(...rows);
  }
  if (created.length === 0) return 0;
  const byKey = new Map(list.map((n) => [`${n.userId}\u0000${n.dedupeKey}`, n]));
  const mails = created.map((row) => {
    const n = byKey.get(`${row.userId}\u0000${row.dedupeKey}`)!;
    return { userId: n.userId, kind: n.kind, dedupeKey: `notification:${row.id}`, title: n.title, body: n.body, href: n.href };
  });
  const queued = await queueNotificationMails(mails);
  const emailed = created.filter((row) => queued.has(`notification:${row.id}`)).map((row) => row.id);
  if (emailed.length > 0) await db().update(notifications).set({ emailedAt: at }).where(inArray(notifications.id, emailed));
  await publishLiveMany([...new Set(created.map((row) => row.userId))].map((userId) => ({ topic: "bell", userId })));
  return created.length;
}

export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  href: string;
  createdAt: Date;
  read: boolean;
}

/** The viewer's latest notifications, newest first. */
export async function listMyNotifications(limit = 30): Promise<NotificationItem[]> {
  const viewer = await requireViewer();
  const rows = await db()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      href: notifications.href,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, viewer.id))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
  return rows.map(({ readAt, ...r }) => ({ ...r, read: readAt !== null }));
}

export async function myUnreadNotificationCount(): Promise<number> {
  const viewer = await requireViewer();
  const [row] = await unreadCount({ userId: viewer.id });
  return row?.n ?? 0;
}

/** Built once (db/client.ts#prepared): the header's bell asks on every signed-in page. */
const unreadCount = prepared("bell_unread_count", (executor) =>
  executor
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, sql.placeholder("userId")), isNull(notifications.readAt))),
);

/** Marks the viewer's notifications read (all, or one). Only ever the viewer's own. */
export async function markNotificationsRead(id?: string) {
  const viewer = await requireViewer();
  await db()
    .update(notifications)
    .set({ readAt: now() })
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt), id ? eq(notifications.id, id) : sql`true`));
}

/** Removes notifications between two people about their relationship (after a block nothing may point at the other). */
export async function forgetRelationshipNotifications(relationshipId: string) {
  await db().delete(notifications).where(eq(notifications.relationshipId, relationshipId));
}

/** Marks one of the viewer's notifications read and returns where it points; null when it is not theirs. */
export async function openNotification(id: string): Promise<string | null> {
  const viewer = await requireViewer();
  if (!uuid.safeParse(id).success) return null;
  const [row] = await db()
    .update(notifications)
    // postgres.js takes no Date inside a raw sql`` template: pass ISO text and cast.
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${now().toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, viewer.id)))
    .returning({ href: notifications.href });
  // Only paths inside the app: a notification can never send someone elsewhere.
  return row && row.href.startsWith("/") && !row.href.startsWith("//") ? row.href : null;
}
