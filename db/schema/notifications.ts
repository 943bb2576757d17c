import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { relationships } from "./matching";
import { users } from "./users";
import { sealedText } from "./sealed";

/**
 * In-app notifications (the bell). `dedupeKey` is unique per person, so the
 * nudge sweep can run on any number of instances, or twice, and still tell
 * someone once: only the instance whose insert wins sends the email. Texts
 * never quote private content (messages, entries, notes).
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    relationshipId: uuid().references(() => relationships.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    dedupeKey: text().notNull(),
    title: text().notNull(),
    body: sealedText("notifications.body").notNull(),
    href: text().notNull(),
    readAt: timestamp({ withTimezone: true }),
    emailedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("notifications_once").on(t.userId, t.dedupeKey), index("notifications_user_idx").on(t.userId, t.readAt, t.createdAt)],
);

export type Notification = typeof notifications.$inferSelect;
