import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, primaryKey, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { riskColumns, timestamps } from "./columns";
import { ageBandEnum, cadenceEnum, genderEnum, listenStyleEnum, lookingForEnum, messageLengthEnum, toneEnum } from "./profile-enums";
import { topics } from "./topics";
import { users } from "./users";
import { sealedList, sealedText } from "./sealed";

/**
 * A seeker's needs profile, in their own terms. Every answer is nullable
 * because the profile is filled step by step and saved at each step, so a
 * person can leave and come back. `completedAt` marks a finished profile.
 *
 * Privacy (enforced in lib/profiles/visibility.ts and the DAL): preferred age
 * bands and genders, avoided topics and dealbreakers are never shown to
 * anyone but the owner — matching alone reads them.
 */
export const needsProfiles = pgTable(
  "needs_profiles",
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The step to resume at. */
    step: smallint().notNull().default(1),
    lookingFor: lookingForEnum(),
    ownWords: sealedText("needs_profiles.own_words"),
    cadence: cadenceEnum(),
    windows: text().array().notNull().default(sql`'{}'::text[]`),
    timezone: text(),
    listenStyle: listenStyleEnum(),
    tone: toneEnum(),
    messageLength: messageLengthEnum(),
    consistencyImportance: smallint(),
    nonJudgmentImportance: smallint(),
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    ageBand: ageBandEnum(),
    gender: genderEnum(),
    preferredAgeBands: sealedList("needs_profiles.preferred_age_bands").notNull().default(sql`'[]'`),
    preferredGenders: sealedList("needs_profiles.preferred_genders").notNull().default(sql`'[]'`),
    avoidTopicIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    dealbreakers: sealedList("needs_profiles.dealbreakers").notNull().default(sql`'[]'`),
    dealbreakersNote: sealedText("needs_profiles.dealbreakers_note"),
    hopes: sealedText("needs_profiles.hopes"),
    completedAt: timestamp({ withTimezone: true }),
    /** The risk detector's answer about the free texts (own words, hopes), when saved (see riskColumns). */
    ...riskColumns(),
    ...timestamps,
  },
  (t) => [
    check("needs_consistency_range", sql`${t.consistencyImportance} between 1 and 4`),
    check("needs_non_judgment_range", sql`${t.nonJudgmentImportance} between 1 and 4`),
    check("needs_step_range", sql`${t.step} between 1 and 20`),
  ],
);

/** The topics a seeker wants support with, and whether lived experience of each matters to them. */
export const needsProfileTopics = pgTable(
  "needs_profile_topics",
  {
    userId: uuid()
      .notNull()
      .references(() => needsProfiles.userId, { onDelete: "cascade" }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id),
    livedExperienceMatters: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.topicId] }), index("needs_topics_topic_idx").on(t.topicId)],
);

/** Acknowledgments of versioned texts, e.g. "Alongside is not therapy". Asked again when the version moves on. */
export const acknowledgmentKindEnum = pgEnum("acknowledgment_kind", ["not_therapy", "mentor_pledge"]);

export const acknowledgments = pgTable(
  "acknowledgments",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: acknowledgmentKindEnum().notNull(),
    version: integer().notNull(),
    acknowledgedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("acknowledgments_once").on(t.userId, t.kind, t.version)],
);

export type NeedsProfile = typeof needsProfiles.$inferSelect;
export type NeedsProfileTopic = typeof needsProfileTopics.$inferSelect;
