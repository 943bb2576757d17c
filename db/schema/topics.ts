import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

/**
 * What people can ask for support with (grief, a move, …). Admins add and
 * rename topics; retiring one hides it from new choices while every profile
 * that already names it keeps it.
 */
export const topics = pgTable("topics", {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  retiredAt: timestamp({ withTimezone: true }),
  ...timestamps,
});

export type Topic = typeof topics.$inferSelect;
