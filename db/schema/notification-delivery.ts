import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { safetyItems } from "./safety";
import { users } from "./users";

/**
 * How notifications reach people beyond the bell (see docs/notifications.md):
 * each person's choice per kind, their quiet hours, the durable outbox of
 * email, the moderators' on-call rota and the crisis alerts it serves.
 */

/** bell = in the app only; email = bell and an email at once; digest = bell now, one email a day. */
export const deliveryEnum = pgEnum("notification_delivery", ["bell", "email", "digest"]);

/** A person's choice for one kind; no row means the kind's default. */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    delivery: deliveryEnum().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** Quiet hours (local hours, in the person's own time zone) and when the daily digest goes out. */
export const notificationSettings = pgTable(
  "notification_settings",
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    timeZone: text().notNull().default("UTC"),
    quietHoursOn: boolean().notNull().default(true),
    quietStartHour: smallint().notNull().default(22),
    quietEndHour: smallint().notNull().default(7),
    digestHour: smallint().notNull().default(8),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    check("notification_settings_hours", sql`${t.quietStartHour} between 0 and 23 and ${t.quietEndHour} between 0 and 23 and ${t.digestHour} between 0 and 23`),
  ],
);

export const outgoingMailStatusEnum = pgEnum("outgoing_mail_status", ["pending", "sent", "failed", "merged"]);

/**
 * The durable outbox: every notification email is written here in the same
 * transaction as the event it tells of, then sent by a job that retries with
 * back-off. After the last attempt a row stays `failed`, listed for admins;
 * nothing is dropped. Digest rows wait for the person's digest hour and are
 * then merged into one email (`merged`).
 */
export const outgoingMail = pgTable(
  "outgoing_mail",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    /** Unique when set: the same key never queues twice (e.g. one "waiting message" mail per thread and unread spell). */
    dedupeKey: text(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    digest: boolean().notNull().default(false),
    status: outgoingMailStatusEnum().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    /** Not before this time: quiet hours, the digest hour, or the next retry. */
    sendAfter: timestamp({ withTimezone: true }).notNull(),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("outgoing_mail_once").on(t.dedupeKey),
    index("outgoing_mail_due_idx").on(t.status, t.sendAfter),
    index("outgoing_mail_user_idx").on(t.userId, t.status),
  ],
);

/** Moderators on call, in order: the first on duty is alerted first; escalation walks down the list. */
export const onCallRota = pgTable(
  "on_call_rota",
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    onDuty: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index("on_call_rota_position_idx").on(t.position)],
);

/**
 * One row per crisis-level safety item: when it was raised, who has been
 * alerted (step 0 = those on duty, then one more on the rota per step, then
 * admins), and the first time a moderator opened it.
 */
export const crisisAlerts = pgTable(
  "crisis_alerts",
  {
    safetyItemId: uuid()
      .primaryKey()
      .references(() => safetyItems.id, { onDelete: "cascade" }),
    raisedAt: timestamp({ withTimezone: true }).notNull(),
    step: integer().notNull().default(0),
    lastAlertAt: timestamp({ withTimezone: true }).notNull(),
    firstLookAt: timestamp({ withTimezone: true }),
    firstLookById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index("crisis_alerts_waiting_idx").on(t.firstLookAt, t.lastAlertAt)],
);

export type OutgoingMail = typeof outgoingMail.$inferSelect;
export type Delivery = (typeof deliveryEnum.enumValues)[number];
