import { sql } from "drizzle-orm";
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { relationships } from "./matching";
import { riskColumns } from "./columns";
import { users } from "./users";

/**
 * A message in a relationship's thread. The body is encrypted in the
 * application (AES-256-GCM, lib/privacy/encryption) with the key named by
 * `keyId`; the database never holds the plain text. `clientKey` is chosen by
 * the sender's browser once per draft, so a double click or a retry stores one
 * message. Messages are never edited.
 */
export const messages = pgTable(
  "messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    relationshipId: uuid()
      .notNull()
      .references(() => relationships.id, { onDelete: "cascade" }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: text().notNull(),
    keyId: text().notNull(),
    clientKey: uuid().notNull(),
    /** The app's clock (not the database's), so tests can move time. */
    createdAt: timestamp({ withTimezone: true }).notNull(),
    /** A moderator removed it: hidden from the thread, kept (still encrypted) for the audit. */
    removedAt: timestamp({ withTimezone: true }),
    removedById: uuid().references(() => users.id, { onDelete: "set null" }),
    /** The risk detector's answer when written (see riskColumns). */
    ...riskColumns(),
  },
  (t) => [
    uniqueIndex("messages_once_per_client_key").on(t.relationshipId, t.authorId, t.clientKey),
    index("messages_thread_idx").on(t.relationshipId, t.createdAt, t.id),
    // The waiting-message sweep reads the last few days of messages across all threads.
    index("messages_created_idx").on(t.createdAt),
    // A person's recent flagged words, for escalation over time.
    index("messages_author_risk_idx").on(t.authorId, t.createdAt).where(sql`${t.riskLevel} <> 'none'`),
    index("messages_risk_version_idx").on(t.riskVersion, t.id),
  ],
);

/** How far each person has read a thread: unread counts come from it. */
export const threadReads = pgTable(
  "thread_reads",
  {
    relationshipId: uuid()
      .notNull()
      .references(() => relationships.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastReadAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.relationshipId, t.userId] })],
);

export type Message = typeof messages.$inferSelect;
