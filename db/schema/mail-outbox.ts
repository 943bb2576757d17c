import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Where email goes when no SMTP_URL is configured outside production, so a
 * developer (or a browser test) can read it at /dev/outbox. Written once,
 * never edited, hence no updatedAt.
 */
export const mailOutbox = pgTable("mail_outbox", {
  id: uuid().primaryKey().defaultRandom(),
  to: text().notNull(),
  subject: text().notNull(),
  text: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type OutboxMail = typeof mailOutbox.$inferSelect;
