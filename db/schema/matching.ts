import { sql } from "drizzle-orm";
import { check, index, jsonb, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sealedText } from "./sealed";
import { timestamps } from "./columns";
import { users } from "./users";

export const relationshipKindEnum = pgEnum("relationship_kind", ["mentorship", "friendship"]);

/**
 * A pair is stored twice over: who asked (`fromId`) and who was asked
 * (`toId`), and as the ordered pair (`pairLow` < `pairHigh`) that the
 * uniqueness rules need — one open request and one active relationship per
 * pair, whichever way round. A CHECK keeps the two in agreement.
 */
const pairColumns = {
  pairLow: uuid().notNull(),
  pairHigh: uuid().notNull(),
};

/** A matching round run by a moderator: a preview until committed, when its pairs become proposals. */
export const roundStatusEnum = pgEnum("matching_round_status", ["preview", "committed", "discarded"]);

export const matchingRounds = pgTable("matching_rounds", {
  id: uuid().primaryKey().defaultRandom(),
  kind: relationshipKindEnum().notNull(),
  status: roundStatusEnum().notNull().default("preview"),
  /** Mode, load spreading, aging, seed and cohort filter, as chosen. */
  options: jsonb().$type<Record<string, unknown>>().notNull(),
  /** Totals for the solver and the baselines, as shown in the preview. */
  totals: jsonb().$type<Record<string, unknown>>().notNull(),
  /** The proposed pairs with scores and reasons, frozen at preview time. */
  pairs: jsonb().$type<{ fromId: string; toId: string; score: number; reasons: string[]; recipientReasons: string[] }[]>().notNull(),
  createdById: uuid().references(() => users.id, { onDelete: "set null" }),
  committedById: uuid().references(() => users.id, { onDelete: "set null" }),
  committedAt: timestamp({ withTimezone: true }),
  ...timestamps,
});

/**
 * open → accepted | declined | expired | withdrawn. An on-demand request is
 * agreed by its sender when sent; a round's proposal needs both people's yes
 * (`fromAgreedAt`, `toAgreedAt`). It expires after 7 days.
 */
export const requestStatusEnum = pgEnum("match_request_status", ["open", "accepted", "declined", "expired", "withdrawn"]);

export const matchRequests = pgTable(
  "match_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: relationshipKindEnum().notNull(),
    fromId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    toId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ...pairColumns,
    status: requestStatusEnum().notNull().default("open"),
    /** The seeker's words to the mentor with the request (sealed). */
    note: sealedText("match_requests.note"),
    /** The score, and the reasons in words for each side, computed when asking (the same numbers). */
    score: smallint(),
    reasons: jsonb().$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    recipientReasons: jsonb().$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    roundId: uuid().references(() => matchingRounds.id, { onDelete: "set null" }),
    fromAgreedAt: timestamp({ withTimezone: true }),
    toAgreedAt: timestamp({ withTimezone: true }),
    responseTemplate: text(),
    responseNote: sealedText("match_requests.response_note"),
    respondedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** When the sender was shown that the request was declined or expired. */
    outcomeSeenAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check("match_requests_pair", sql`${t.pairLow} = least(${t.fromId}, ${t.toId}) and ${t.pairHigh} = greatest(${t.fromId}, ${t.toId}) and ${t.fromId} <> ${t.toId}`),
    uniqueIndex("match_requests_one_open_per_pair").on(t.pairLow, t.pairHigh).where(sql`${t.status} = 'open'`),
    index("match_requests_from_idx").on(t.fromId, t.status),
    index("match_requests_to_idx").on(t.toId, t.status),
    // expireRequests() runs on every suggestions page: it finds the open requests past their time without a scan.
    index("match_requests_open_expiry_idx").on(t.expiresAt).where(sql`${t.status} = 'open'`),
  ],
);

export const relationshipStatusEnum = pgEnum("relationship_status", ["active", "ended"]);

/**
 * An accepted match. For a mentorship, `seekerId` is the seeker and
 * `partnerId` the mentor; for a friendship, the one who asked and the one who
 * said yes. At most one active relationship per pair (partial unique index);
 * a mentor's active mentorships never exceed their capacity (checked under a
 * row lock on the mentor's profile when accepting).
 */
export const relationships = pgTable(
  "relationships",
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: relationshipKindEnum().notNull(),
    seekerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    partnerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ...pairColumns,
    status: relationshipStatusEnum().notNull().default("active"),
    requestId: uuid().references(() => matchRequests.id, { onDelete: "set null" }),
    score: smallint(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
    endedById: uuid().references(() => users.id, { onDelete: "set null" }),
    endReason: text(),
    /** Optional closing words from the person who ended it, for the other person. */
    endReflection: sealedText("relationships.end_reflection"),
    /**
     * "One final check-in first": the ending is planned (reason and reflection
     * already written above) and takes effect once this moment passes — the
     * close of the next check-in. Null when no ending is planned.
     */
    endingAfter: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check(
      "relationships_pair",
      sql`${t.pairLow} = least(${t.seekerId}, ${t.partnerId}) and ${t.pairHigh} = greatest(${t.seekerId}, ${t.partnerId}) and ${t.seekerId} <> ${t.partnerId}`,
    ),
    uniqueIndex("relationships_one_active_per_pair").on(t.pairLow, t.pairHigh).where(sql`${t.status} = 'active'`),
    index("relationships_partner_idx").on(t.partnerId, t.status),
    index("relationships_seeker_idx").on(t.seekerId, t.status),
  ],
);

/**
 * A mentor a seeker saved for later from their suggestions: real interest,
 * which — unlike merely being shown — counts toward the mentor's congestion
 * price (docs/matching.md, "Exposure"). Private to the seeker: the mentor is
 * never told. `heldSince` is set while the mentor's free places are all spoken
 * for by other people's requests; when a place frees up again the seeker is
 * told once and it is cleared.
 */
export const savedMentors = pgTable(
  "saved_mentors",
  {
    seekerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    mentorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    savedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    heldSince: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("saved_mentors_pair").on(t.seekerId, t.mentorId),
    index("saved_mentors_mentor_idx").on(t.mentorId),
    check("saved_mentors_not_self", sql`${t.seekerId} <> ${t.mentorId}`),
  ],
);

export type MatchRequest = typeof matchRequests.$inferSelect;
export type Relationship = typeof relationships.$inferSelect;
export type RelationshipKind = (typeof relationshipKindEnum.enumValues)[number];
