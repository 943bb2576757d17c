import "server-only";
import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import { createTransport, type Transporter } from "nodemailer";
import { db, transaction } from "@/db/client";
import { mailOutbox, notificationPreferences, notificationSettings, outgoingMail, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { requireAdmin } from "@/lib/dal/account/viewer";
import { authSecret, env } from "@/lib/env";
import type { Mail } from "@/lib/mail";
import { effectiveDelivery, kindDefinition, type NotificationKind } from "@/lib/notifications/kinds";
import { DEFAULT_DIGEST_HOUR, DEFAULT_QUIET_HOURS, digestText, nextDigestAt, type QuietHours, sendAfter } from "@/lib/notifications/schedule";
import { settingsToken } from "@/lib/notifications/settings-token";
import { log } from "@/lib/log";

/**
 * The durable outbox of notification email (docs/notifications.md).
 *
 * queueNotificationMail writes a row through db(): inside transaction() it
 * commits with the event, or not at all. deliverDueMail sends due rows; a
 * failed send is retried with back-off (1, 2, 4 … minutes) and after
 * MAX_ATTEMPTS stays `failed`, listed for admins at /admin/outbox. Rows are
 * taken with FOR UPDATE SKIP LOCKED, so several instances (or pg-boss
 * workers) share the work and no row is sent twice.
 *
 * Transports: SMTP when SMTP_URL is set; otherwise, outside production, the
 * development outbox (/dev/outbox) — a database write, done at once in the
 * same transaction so tests and local use see mail immediately. In production
 * without SMTP nothing can be sent: rows fail visibly instead of vanishing.
 */

export const MAX_ATTEMPTS = 8;

/** Minutes to wait after the n-th failed attempt (1, 2, 4 … capped at 2 hours). */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 120) * 60_000;
}

export function notificationSettingsUrl(userId: string, kind: string): string {
  return `${env().appUrl}/email-settings?token=${settingsToken({ userId, kind }, authSecret())}`;
}

export async function quietHoursFor(userId: string): Promise<QuietHours & { digestHour: number }> {
  const [row] = await db().select().from(notificationSettings).where(eq(notificationSettings.userId, userId));
  return row ? quietHoursOf(row) : { ...DEFAULT_QUIET_HOURS, digestHour: DEFAULT_DIGEST_HOUR };
}

interface QueueInput {
  userId: string;
  kind: NotificationKind;
  /** Unique: the same key never queues twice. */
  dedupeKey: string;
  title: string;
  body: string;
  href: string;
}

/**
 * Queues the email for a notification as the person's preference for its
 * kind says (none for bell only). Returns whether a row was queued.
 */
export async function queueNotificationMail(input: QueueInput): Promise<boolean> {
  return (await queueNotificationMails([input])).has(input.dedupeKey);
}

/**
 * queueNotificationMail for many notifications at once (the sweeps): the
 * people, their preferences and quiet hours are read in three queries and
 * the rows written in one, so a batch costs the same few round trips
 * whatever its size. Returns the dedupe keys that were queued.
 */
export async function queueNotificationMails(inputs: readonly QueueInput[]): Promise<Set<string>> {
  const queuedKeys = new Set<string>();
  if (inputs.length === 0) return queuedKeys;
  const userIds = [...new Set(inputs.map((i) => i.userId))];
  const [people, prefs, settings] = await Promise.all([
    db().select({ id: users.id, email: users.email, name: users.name, status: users.status }).from(users).where(inArray(users.id, userIds)),
    db()
      .select({ userId: notificationPreferences.userId, kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
      .from(notificationPreferences)
      .where(inArray(notificationPreferences.userId, userIds)),
    db().select().from(notificationSettings).where(inArray(notificationSettings.userId, userIds)),
  ]);
  const personOf = new Map(people.map((p) => [p.id, p]));
  const prefOf = new Map(prefs.map((p) => [`${p.userId}:${p.kind}`, p.delivery]));
  const quietOf = new Map(settings.map((row) => [row.userId, quietHoursOf(row)]));
  const at = now();
  const rows: (RawQueued & { digest?: boolean })[] = [];
  for (const input of inputs) {
    const person = personOf.get(input.userId);
    if (!person || person.status !== "active") continue;
    const delivery = effectiveDelivery(input.kind, prefOf.get(`${input.userId}:${input.kind}`));
    if (delivery === "bell") continue;
    const quiet = quietOf.get(input.userId) ?? { ...DEFAULT_QUIET_HOURS, digestHour: DEFAULT_DIGEST_HOUR };
    if (delivery === "digest") {
      // A digest row keeps the bell's words; the digest job renders one email from many.
      rows.push({ userId: input.userId, kind: input.kind, dedupeKey: input.dedupeKey, to: person.email, subject: input.title, text: input.body, digest: true, sendAfter: nextDigestAt(at, quiet, quiet.digestHour) });
      continue;
    }
    const def = kindDefinition(input.kind);
    const mail = def.template({
      name: person.name,
      title: input.title,
      body: input.body,
      url: `${env().appUrl}${input.href}`,
      settingsUrl: notificationSettingsUrl(input.userId, input.kind),
    });
    rows.push({ userId: input.userId, kind: input.kind, dedupeKey: input.dedupeKey, to: person.email, ...mail, sendAfter: sendAfter(at, quiet, def.waitsForQuietHours) });
  }
  for (const key of await queueMails(rows)) queuedKeys.add(key);
  return queuedKeys;
}

function quietHoursOf(row: typeof notificationSettings.$inferSelect): QuietHours & { digestHour: number } {
  return { timeZone: row.timeZone, on: row.quietHoursOn, startHour: row.quietStartHour, endHour: row.quietEndHour, digestHour: row.digestHour };
}

interface RawQueued {
  userId: string | null;
  kind: string;
  dedupeKey: string | null;
  to: string;
  subject: string;
  text: string;
  sendAfter: Date;
}

/** Writes one email to the outbox; with the development transport and nothing to wait for, delivers it at once (a database write too). */
export async function queueMail(m: RawQueued): Promise<boolean> {
  return (await queueMails([m])).length > 0;
}

/**
 * Writes emails to the outbox in one statement per 500 (a dedupe key already
 * there adds nothing); with the development transport, the ones due now are
 * delivered at once. Returns the dedupe keys written (rows without a key are
 * returned as "").
 */
export async function queueMails(list: readonly (RawQueued & { digest?: boolean })[]): Promise<string[]> {
  if (list.length === 0) return [];
  const at = now();
  const written: (typeof outgoingMail.$inferSelect)[] = [];
  for (let i = 0; i < list.length; i += 500) {
    const chunk = list.slice(i, i + 500).map((m) => ({ ...m, createdAt: at }));
    written.push(...(await db().insert(outgoingMail).values(chunk).onConflictDoNothing({ target: outgoingMail.dedupeKey }).returning()));
  }
  if (written.length === 0) return [];
  const dueNow = transportKind() === "dev-outbox" ? written.filter((row) => !row.digest && row.sendAfter.getTime() <= at.getTime()) : [];
  if (dueNow.length > 0) {
    await db().insert(mailOutbox).values(dueNow.map((row) => ({ to: row.to, subject: row.subject, text: row.text, createdAt: at })));
    await db().update(outgoingMail).set({ status: "sent", attempts: 1, sentAt: at }).where(inArray(outgoingMail.id, dueNow.map((row) => row.id)));
  }
  if (dueNow.length < written.length) wakeMailJob();
  return written.map((row) => row.dedupeKey ?? "");
}

function transportKind(): "smtp" | "dev-outbox" | "none" {
  const { smtpUrl, isProduction } = env();
  if (smtpUrl) return "smtp";
  return isProduction ? "none" : "dev-outbox";
}

const globalForMail = globalThis as unknown as { __alongsideTransports?: Map<string, Transporter>; __alongsideMailWake?: () => void };

/** Sends one email through the configured transport; throws when it cannot. */
export async function transmit(mail: Mail): Promise<void> {
  const { smtpUrl, mailFrom } = env();
  const kind = transportKind();
  if (kind === "smtp") {
    const transports = (globalForMail.__alongsideTransports ??= new Map());
    let transport = transports.get(smtpUrl!);
    if (!transport) {
      transport = createTransport(smtpUrl!);
      transports.set(smtpUrl!, transport);
    }
    await transport.sendMail({ from: mailFrom, ...mail });
    return;
  }
  if (kind === "dev-outbox") {
    await db().insert(mailOutbox).values({ ...mail, createdAt: now() });
    return;
  }
  throw new Error("SMTP_URL is not set");
}

/** Lets the job runner ask to be woken when mail is queued (so it need not wait for the next minute). */
export function onMailQueued(wake: () => void) {
  globalForMail.__alongsideMailWake = wake;
}

function wakeMailJob() {
  globalForMail.__alongsideMailWake?.();
}

/**
 * Sends the due rows, at most `limit`, each in its own short transaction that
 * holds the row's lock while sending (another instance skips it). Returns
 * counts for the job's log.
 */
export async function deliverDueMail(options: { now?: Date; limit?: number } = {}) {
  const at = options.now ?? now();
  const limit = options.limit ?? 50;
  let sent = 0;
  let retried = 0;
  let failed = 0;
  for (let i = 0; i < limit; i++) {
    const outcome = await transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(outgoingMail)
        .where(and(eq(outgoingMail.status, "pending"), eq(outgoingMail.digest, false), lte(outgoingMail.sendAfter, at)))
        .orderBy(asc(outgoingMail.sendAfter))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!row) return "none" as const;
      try {
        await transmit({ to: row.to, subject: row.subject, text: row.text });
        await tx.update(outgoingMail).set({ status: "sent", attempts: row.attempts + 1, sentAt: at, lastError: null }).where(eq(outgoingMail.id, row.id));
        return "sent" as const;
      } catch (error) {
        const attempts = row.attempts + 1;
        // The error's class and code only: an SMTP reply may echo the address, never the text.
        const reason = describeError(error);
        const gaveUp = attempts >= MAX_ATTEMPTS;
        await tx
          .update(outgoingMail)
          .set({ status: gaveUp ? "failed" : "pending", attempts, lastError: reason, sendAfter: gaveUp ? row.sendAfter : new Date(at.getTime() + retryDelayMs(attempts)) })
          .where(eq(outgoingMail.id, row.id));
        log.error("mail.send_failed", error, { mailId: row.id, attempts, gaveUp });
        return gaveUp ? ("failed" as const) : ("retried" as const);
      }
    });
    if (outcome === "none") break;
    if (outcome === "sent") sent++;
    else if (outcome === "retried") retried++;
    else failed++;
  }
  return { sent, retried, failed };
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const code = (error as { code?: unknown; responseCode?: unknown }).code;
  const response = (error as { responseCode?: unknown }).responseCode;
  return [error.name, typeof code === "string" ? code : null, typeof response === "number" ? `SMTP ${response}` : null].filter(Boolean).join(" ");
}

/** Turns each person's due digest rows into one email (idempotent: rows are merged under lock). */
export async function sendDigests(options: { now?: Date } = {}) {
  const at = options.now ?? now();
  const due = await db()
    .selectDistinct({ userId: outgoingMail.userId })
    .from(outgoingMail)
    .where(and(eq(outgoingMail.status, "pending"), eq(outgoingMail.digest, true), lte(outgoingMail.sendAfter, at)));
  let digests = 0;
  for (const { userId } of due) {
    if (!userId) continue;
    await transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(outgoingMail)
        .where(and(eq(outgoingMail.userId, userId), eq(outgoingMail.status, "pending"), eq(outgoingMail.digest, true), lte(outgoingMail.sendAfter, at)))
        .orderBy(asc(outgoingMail.createdAt))
        .for("update", { skipLocked: true });
      if (rows.length === 0) return;
      const [person] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId));
      await tx.update(outgoingMail).set({ status: "merged" }).where(inArray(outgoingMail.id, rows.map((r) => r.id)));
      if (!person) return;
      const mail = digestText(person.name, rows.map((r) => ({ title: r.subject, body: r.text })), env().appUrl, `${env().appUrl}/account/notifications`);
      await queueMail({ userId, kind: "digest", dedupeKey: `digest:${rows[0]!.id}`, to: person.email, ...mail, sendAfter: at });
      digests++;
    });
  }
  return { digests };
}

export interface UndeliveredMail {
  id: string;
  kind: string;
  to: string;
  subject: string;
  status: "pending" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  nextTry: Date | null;
}

/** What has not gone out: failed rows, and pending ones that have failed at least once. Admins only. */
export async function listUndeliveredMail(limit = 100): Promise<UndeliveredMail[]> {
  await requireAdmin();
  const rows = await db()
    .select()
    .from(outgoingMail)
    .where(sql`${outgoingMail.status} = 'failed' or (${outgoingMail.status} = 'pending' and ${outgoingMail.attempts} > 0)`)
    .orderBy(desc(outgoingMail.createdAt))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    to: r.to,
    subject: r.subject,
    status: r.status === "failed" ? "failed" : "pending",
    attempts: r.attempts,
    lastError: r.lastError,
    createdAt: r.createdAt,
    nextTry: r.status === "pending" ? r.sendAfter : null,
  }));
}

/** Puts a failed email back in line (after the SMTP server is fixed). Admins only. */
export async function retryFailedMail(id: string) {
  await requireAdmin();
  await db().update(outgoingMail).set({ status: "pending", attempts: 0, sendAfter: now() }).where(and(eq(outgoingMail.id, id), eq(outgoingMail.status, "failed")));
  wakeMailJob();
}
