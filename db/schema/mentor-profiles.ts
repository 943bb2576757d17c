import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { ageBandEnum, cadenceEnum, genderEnum, listenStyleEnum, messageLengthEnum, toneEnum } from "./profile-enums";
import { topics } from "./topics";
import { users } from "./users";

/**
 * draft → submitted → approved | declined. Only "approved" mentors can ever be
 * matched. A declined applicant may revise and submit again.
 */
export const mentorStatusEnum = pgEnum("mentor_status", ["draft", "submitted", "approved", "declined"]);

/**
 * A volunteer's mentor application, which becomes their mentor profile once
 * approved. One row per person. `motivation` is for moderators; `intro` is
 * what people who are suggested this mentor read; `avoidTopicIds` (topics the
 * mentor does not take on) stays private to the mentor and matching.
 */
export const mentorProfiles = pgTable(
  "mentor_profiles",
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    status: mentorStatusEnum().notNull().default("draft"),
    step: smallint().notNull().default(1),
    capacity: smallint(),
    cadences: cadenceEnum().array().notNull().default(sql`'{}'::cadence[]`),
    windows: text().array().notNull().default(sql`'{}'::text[]`),
    timezone: text(),
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    listenStyle: listenStyleEnum(),
    tone: toneEnum(),
    messageLength: messageLengthEnum(),
    ageBand: ageBandEnum(),
    gender: genderEnum(),
    intro: text(),
    motivation: text(),
    avoidTopicIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    pledgedAt: timestamp({ withTimezone: true }),
    pledgeVersion: smallint(),
    trainingPassedAt: timestamp({ withTimezone: true }),
    trainingAnswers: jsonb().$type<Record<string, string>>(),
    submittedAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }),
    decidedById: uuid().references(() => users.id, { onDelete: "set null" }),
    decisionReason: text(),
    /** A paused mentor keeps their people but gets no new ones until this date. */
    pausedUntil: date({ mode: "string" }),
    ...timestamps,
  },
  (t) => [
    check("mentor_capacity_range", sql`${t.capacity} between 1 and 5`),
    check("mentor_step_range", sql`${t.step} between 1 and 20`),
    // Nothing reaches moderators half-filled.
    check(
      "mentor_submitted_complete",
      sql`${t.status} = 'draft' or (${t.capacity} is not null and ${t.pledgedAt} is not null and ${t.trainingPassedAt} is not null and ${t.submittedAt} is not null)`,
    ),
    index("mentor_status_idx").on(t.status),
  ],
);

/** Topics a mentor has lived experience of. */
export const mentorTopics = pgTable(
  "mentor_topics",
  {
    userId: uuid()
      .notNull()
      .references(() => mentorProfiles.userId, { onDelete: "cascade" }),
    topicId: uuid()
      .notNull()
      .references(() => topics.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.topicId] }), index("mentor_topics_topic_idx").on(t.topicId)],
);

export type MentorProfile = typeof mentorProfiles.$inferSelect;
export type MentorStatus = (typeof mentorStatusEnum.enumValues)[number];
