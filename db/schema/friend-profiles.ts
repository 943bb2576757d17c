import { sql } from "drizzle-orm";
import { boolean, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { cadenceEnum } from "./profile-enums";
import { users } from "./users";

/**
 * The symmetric part a seeker fills to be matched with peer friends. Switching
 * friendship off keeps the answers (active = false) so switching it back on
 * asks nothing again.
 */
export const friendProfiles = pgTable("friend_profiles", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  active: boolean().notNull().default(true),
  share: text(),
  cadence: cadenceEnum(),
  windows: text().array().notNull().default(sql`'{}'::text[]`),
  timezone: text(),
  ...timestamps,
});

export type FriendProfile = typeof friendProfiles.$inferSelect;
