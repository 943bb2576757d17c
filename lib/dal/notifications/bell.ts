import "server-only";
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { sendMail } from "@/lib/dal/notifications/send-mail";
import { env } from "@/lib/env";
import { uuid } from "@/lib/validation/fields";
import { requireViewer } from "@/lib/dal/account/viewer";
import { log } from "@/lib/log";

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
  /** A short name of what happened, e.g. "check-in-due", "rupture-named". */
  kind: string;
  /** Unique per person: the same key never notifies twice. */
  dedupeKey: string;
  title: string;
  body: string;
  /** Where the bell takes the person (a path inside the app). */
  href: string;
  /** Also send an email. Sent only by the call that inserted the row. */
  email?: boolean;
}

/** Inserts the notification unless it exists; returns whether this call created it. */
export async function notify(n: NewNotification): Promise<boolean> {
  const [row] = await db()
    .insert(notifications)
    .values({
      userId: n.userId,
      relationshipId: n.relationshipId ?? null,
      kind: n.kind,
      dedupeKey: n.dedupeKey,
      title: n.title,
      body: n.body,
      href: n.href,
      createdAt: now(),
    })
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id });
  if (!row) return false;
  if (n.email) await emailNotification(row.id, n);
  return true;
}

async function emailNotification(id: string, n: NewNotification) {
  const [person] = await db().select({ email: users.email, name: users.name, status: users.status }).from(users).where(eq(users.id, n.userId));
  if (!person || person.status !== "active") return;
  try {
    await sendMail({
      to: person.email,
      subject: n.title,
      text: `Hi ${person.name},\n\n${n.body}\n\n${env().appUrl}${n.href}\n\nAlongside is peer support, not therapy and not a crisis service. If you are in danger right now, call your local emergency number.`,
    });
    await db().update(notifications).set({ emailedAt: now() }).where(eq(notifications.id, id));
  } catch (error) {
    // The bell still has it; a failed email must not undo the write it belongs to.
    log.error("notify.mail_not_sent", error);
  }
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
  const [row] = await db()
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

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
