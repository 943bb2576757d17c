import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { relationships } from "./matching";
import { cadenceEnum } from "./profile-enums";
import { users } from "./users";

/**
 * A relationship's agreed rhythm, kept as a history of versions: a proposal
 * becomes a version when the other person agrees, and governs the check-in
 * slots from `effectiveFrom` until a later agreed version takes over. Slots are
 * computed from this history by lib/rhythm, so past slots never move when the
 * rhythm changes. At most one open proposal per relationship.
 */
export const rhythmStatusEnum = pgEnum("rhythm_status", ["proposed", "agreed", "declined", "withdrawn"]);

export const rhythms = pgTable(
  "rhythms",
  {
    id: uuid().primaryKey().defaultRandom(),
    relationshipId: uuid()
      .notNull()
      .references(() => relationships.id, { onDelete: "cascade" }),
    cadence: cadenceEnum().notNull(),
    /** "mon" … "sun", in `timezone`. */
    day: text().notNull(),
    /** "morning" | "afternoon" | "evening", in `timezone`. */
    part: text().notNull(),
    /** The IANA zone the window is agreed in (the proposer's). */
    timezone: text().notNull(),
    status: rhythmStatusEnum().notNull().default("proposed"),
    proposedById: uuid().references(() => users.id, { onDelete: "set null" }),
    respondedById: uuid().references(() => users.id, { onDelete: "set null" }),
    respondedAt: timestamp({ withTimezone: true }),
    /** Set when agreed: slots starting from here follow this version. */
    effectiveFrom: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check("rhythms_day", sql`${t.day} in ('mon','tue','wed','thu','fri','sat','sun')`),
    check("rhythms_part", sql`${t.part} in ('morning','afternoon','evening')`),
    check("rhythms_agreed_has_start", sql`${t.status} <> 'agreed' or ${t.effectiveFrom} is not null`),
    uniqueIndex("rhythms_one_open_proposal").on(t.relationshipId).where(sql`${t.status} = 'proposed'`),
    index("rhythms_relationship_idx").on(t.relationshipId, t.status),
  ],
);

export type Rhythm = typeof rhythms.$inferSelect;
