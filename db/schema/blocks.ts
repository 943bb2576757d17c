import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * A block hides two people from each other everywhere, whichever of them
 * blocked. The ordered pair (`pairLow` < `pairHigh`) lets every query ask
 * "is there a block between these two?" with one index lookup.
 */
export const blocks = pgTable(
  "blocks",
  {
    blockerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    blockedId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    pairLow: uuid().notNull(),
    pairHigh: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.blockerId, t.blockedId] }),
    check(
      "blocks_pair",
      sql`${t.pairLow} = least(${t.blockerId}, ${t.blockedId}) and ${t.pairHigh} = greatest(${t.blockerId}, ${t.blockedId}) and ${t.blockerId} <> ${t.blockedId}`,
    ),
    index("blocks_pair_idx").on(t.pairLow, t.pairHigh),
  ],
);

export type Block = typeof blocks.$inferSelect;
