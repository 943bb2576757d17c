import { sql } from "drizzle-orm";
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { relationships } from "./matching";
import { users } from "./users";

/**
 * "Something felt off": a rupture named by one person, answered by the other,
 * and repaired when both say "we're good". Separate from reports and blocks on
 * purpose. The notes are private to the two people and encrypted. One open
 * rupture per relationship at a time.
 */
export const ruptureStatusEnum = pgEnum("rupture_status", ["open", "repaired", "closed"]);

export const ruptures = pgTable(
  "ruptures",
  {
    id: uuid().primaryKey().defaultRandom(),
    relationshipId: uuid()
      .notNull()
      .references(() => relationships.id, { onDelete: "cascade" }),
    openedById: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Encrypted JSON {whatHappened, whatINeeded}, with its key id. */
    openerNote: text().notNull(),
    openerKeyId: text().notNull(),
    /** Encrypted JSON {whatIHeard, whatINeed} from the other person, once they answer. */
    responderNote: text(),
    responderKeyId: text(),
    openerGoodAt: timestamp({ withTimezone: true }),
    responderGoodAt: timestamp({ withTimezone: true }),
    /** Either person may ask a moderator to help. */
    helpRequestedAt: timestamp({ withTimezone: true }),
    status: ruptureStatusEnum().notNull().default("open"),
    /** The app's clock when named, so "unrepaired for 7 days" can be tested. */
    openedAt: timestamp({ withTimezone: true }).notNull(),
    resolvedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("ruptures_one_open").on(t.relationshipId).where(sql`${t.status} = 'open'`),
    index("ruptures_open_idx").on(t.status, t.openedAt),
    // A relationship's ruptures, open and closed, read once per page (lib/dal/relationship/reads.ts).
    index("ruptures_relationship_idx").on(t.relationshipId, t.openedAt),
  ],
);

export type Rupture = typeof ruptures.$inferSelect;
