import { sql } from "drizzle-orm";
import { boolean, check, index, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { riskColumns, timestamps } from "./columns";
import { relationships } from "./matching";
import { users } from "./users";

/**
 * One slot of a relationship's rhythm, written down once it is due (see
 * lib/rhythm for how slots are computed and settled). `scheduled` until it is
 * kept, missed or excused; the unique (relationship, start) makes writing a
 * slot idempotent across requests and instances.
 */
export const checkInStatusEnum = pgEnum("check_in_status", ["scheduled", "kept", "missed", "excused"]);

export const checkIns = pgTable(
  "check_ins",
  {
    id: uuid().primaryKey().defaultRandom(),
    relationshipId: uuid()
      .notNull()
      .references(() => relationships.id, { onDelete: "cascade" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    closesAt: timestamp({ withTimezone: true }).notNull(),
    status: checkInStatusEnum().notNull().default("scheduled"),
    settledAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check("check_ins_order", sql`${t.startsAt} < ${t.endsAt} and ${t.endsAt} <= ${t.closesAt}`),
    uniqueIndex("check_ins_slot").on(t.relationshipId, t.startsAt),
    index("check_ins_due_idx").on(t.status, t.closesAt),
  ],
);

/**
 * A person's short, structured entry for a check-in. The three answers are
 * stored together, encrypted (lib/privacy/encryption), with the key id.
 */
export const checkInEntries = pgTable(
  "check_in_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    checkInId: uuid()
      .notNull()
      .references(() => checkIns.id, { onDelete: "cascade" }),
    relationshipId: uuid()
      .notNull()
      .references(() => relationships.id, { onDelete: "cascade" }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** AES-256-GCM ciphertext of the JSON {arriving, onMind, wouldHelp}. */
    content: text().notNull(),
    keyId: text().notNull(),
    /** A moderator removed it: hidden, kept (still encrypted) for the audit. */
    removedAt: timestamp({ withTimezone: true }),
    /** The risk detector's answer about the three answers together, when written (see riskColumns). */
    ...riskColumns(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("check_in_entries_once").on(t.checkInId, t.authorId),
    index("check_in_entries_relationship_idx").on(t.relationshipId),
    index("check_in_entries_author_risk_idx").on(t.authorId, t.updatedAt).where(sql`${t.riskLevel} <> 'none'`),
  ],
);

/** A planned absence, announced ahead: it excuses the slots that start while it lasts. */
export const absences = pgTable(
  "absences",
  {
    id: uuid().primaryKey().defaultRandom(),
    relationshipId: uuid()
      .notNull()
      .references(() => relationships.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    returnsAt: timestamp({ withTimezone: true }).notNull(),
    /** When it was announced (the app's clock, so tests can move time). */
    announcedAt: timestamp({ withTimezone: true }).notNull(),
    cancelledAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [check("absences_order", sql`${t.startsAt} < ${t.returnsAt}`), index("absences_relationship_idx").on(t.relationshipId)],
);

/**
 * The private pulse a seeker may give after a check-in. Never shown one by
 * one to the mentor; a trend appears after enough answers.
 */
export const understoodEnum = pgEnum("pulse_understood", ["yes", "partly", "no"]);

export const pulses = pgTable(
  "pulses",
  {
    id: uuid().primaryKey().defaultRandom(),
    checkInId: uuid()
      .notNull()
      .references(() => checkIns.id, { onDelete: "cascade" }),
    relationshipId: uuid()
      .notNull()
      .references(() => relationships.id, { onDelete: "cascade" }),
    seekerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The mentor the answer is about: the learned non-judgment signal is counted per mentor. */
    mentorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    feltUnderstood: understoodEnum().notNull(),
    feltJudged: boolean().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("pulses_once").on(t.checkInId, t.seekerId), index("pulses_mentor_idx").on(t.mentorId)],
);

/** "Good fit / still deciding / not a fit", asked privately after the first and the third check-ins. */
export const fitAnswerEnum = pgEnum("fit_answer", ["good_fit", "still_deciding", "not_a_fit"]);

export const fitChecks = pgTable(
  "fit_checks",
  {
    id: uuid().primaryKey().defaultRandom(),
    relationshipId: uuid()
      .notNull()
      .references(() => relationships.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** After which check-in: 1 or 3. */
    stage: smallint().notNull(),
    answer: fitAnswerEnum().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("fit_checks_stage", sql`${t.stage} in (1, 3)`), uniqueIndex("fit_checks_once").on(t.relationshipId, t.userId, t.stage)],
);

export type CheckIn = typeof checkIns.$inferSelect;
export type CheckInStatus = (typeof checkInStatusEnum.enumValues)[number];
export type FitAnswer = (typeof fitAnswerEnum.enumValues)[number];
