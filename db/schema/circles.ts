import { relations, sql } from "drizzle-orm";
import { boolean, check, index, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { riskColumns, timestamps } from "./columns";
import { sealedText } from "./sealed";
import { users } from "./users";

/**
 * Circles: small steady groups (4–6 seekers, at most 8) held by one approved
 * mentor who facilitates, meeting on an agreed rhythm for a set number of
 * sessions, with a private circle thread in between. See docs/circles.md.
 *
 * proposed → open (reached four members) → active (first session opened) → ended.
 * A proposed circle that never fills can be closed (ended with reason "closed").
 */
export const circleStatusEnum = pgEnum("circle_status", ["proposed", "open", "active", "ended"]);
export const circleCadenceEnum = pgEnum("circle_cadence", ["weekly", "fortnightly"]);

export const circles = pgTable(
  "circles",
  {
    id: uuid().primaryKey().defaultRandom(),
    facilitatorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** A short name the facilitator chooses ("Tuesday evenings, grief"). */
    title: text().notNull(),
    focusTopicIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    language: text().notNull(),
    /** Seats the facilitator hopes to fill (4–6) and the most they will take (at most 8). */
    targetSize: smallint().notNull(),
    maxSize: smallint().notNull(),
    cadence: circleCadenceEnum().notNull(),
    /** The session window, in the facilitator's zone: weekday, local start (minutes after midnight), length. */
    day: text().notNull(),
    startMinute: smallint().notNull(),
    durationMinutes: smallint().notNull(),
    timezone: text().notNull(),
    /** First session on or after this local date ("YYYY-MM-DD" in `timezone`). */
    startsOn: text().notNull(),
    lengthSessions: smallint().notNull(),
    status: circleStatusEnum().notNull().default("proposed"),
    /** The facilitator stepped back, was paused or suspended: members are told, moderators find a new one. */
    facilitatorAway: boolean().notNull().default(false),
    /** Why and since when the circle waits for a facilitator, and by when a moderator should have found one. */
    facilitatorAwayReason: text(),
    facilitatorAwaySince: timestamp({ withTimezone: true }),
    facilitatorAwayDueAt: timestamp({ withTimezone: true }),
    /** The facilitator's optional words on stepping back, shared with the members (sealed). */
    facilitatorAwayWords: sealedText("circles.facilitator_away_words"),
    endedAt: timestamp({ withTimezone: true }),
    endReason: text(),
    ...timestamps,
  },
  (t) => [
    check("circles_size", sql`${t.targetSize} between 4 and 6 and ${t.maxSize} between ${t.targetSize} and 8`),
    check("circles_day", sql`${t.day} in ('mon','tue','wed','thu','fri','sat','sun')`),
    check("circles_start_minute", sql`${t.startMinute} between 0 and 1439 and ${t.startMinute} % 15 = 0`),
    check("circles_duration", sql`${t.durationMinutes} between 30 and 180 and ${t.durationMinutes} % 15 = 0`),
    check("circles_length", sql`${t.lengthSessions} between 2 and 24`),
    check("circles_starts_on", sql`${t.startsOn} ~ '^\\d{4}-\\d{2}-\\d{2}$'`),
    index("circles_status_idx").on(t.status),
    index("circles_facilitator_idx").on(t.facilitatorId, t.status),
    check("circles_away_reason", sql`${t.facilitatorAwayReason} is null or ${t.facilitatorAwayReason} in ('stepped_back','paused','suspended')`),
    index("circles_facilitator_away_idx").on(t.facilitatorAwayDueAt).where(sql`${t.facilitatorAway}`),
  ],
);

export const circleLeaveReasonEnum = pgEnum("circle_leave_reason", ["left", "removed", "replaced", "ended", "closed"]);

/** A seat in a circle. A row per stay: leaving sets leftAt, and a later return is a new row. */
export const circleMembers = pgTable(
  "circle_members",
  {
    id: uuid().primaryKey().defaultRandom(),
    circleId: uuid()
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    seat: smallint().notNull(),
    /** Why this person was placed here, in words (the round's explanation or "asked to join"). */
    placementReasons: jsonb().$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    joinedAt: timestamp({ withTimezone: true }).notNull(),
    leftAt: timestamp({ withTimezone: true }),
    leftReason: circleLeaveReasonEnum(),
    /** Optional closing words on leaving, sealed with the circle's message context. */
    closingWords: text(),
    closingWordsKeyId: text(),
    /** A moderator's reason when removed (told to the person), sealed at rest. */
    removalNote: sealedText("circle_members.removal_note"),
    /** The moderation action that removed this person (their appeal points at it). */
    removalActionId: uuid(),
  },
  (t) => [
    uniqueIndex("circle_members_one_seat_each").on(t.circleId, t.userId).where(sql`${t.leftAt} is null`),
    uniqueIndex("circle_members_seat_taken_once").on(t.circleId, t.seat).where(sql`${t.leftAt} is null`),
    check("circle_members_seat", sql`${t.seat} between 1 and 8`),
    check("circle_members_left_reason", sql`(${t.leftAt} is null) = (${t.leftReason} is null)`),
    index("circle_members_user_idx").on(t.userId, t.leftAt),
  ],
);

/** "Ask to join" a suggested circle: the facilitator accepts or declines. */
export const circleJoinStatusEnum = pgEnum("circle_join_status", ["open", "accepted", "declined", "withdrawn"]);

export const circleJoinRequests = pgTable(
  "circle_join_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    circleId: uuid()
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: circleJoinStatusEnum().notNull().default("open"),
    /** The placement's reasons, in words, computed when asking. */
    reasons: jsonb().$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    score: smallint(),
    decidedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("circle_join_one_open").on(t.circleId, t.userId).where(sql`${t.status} = 'open'`)],
);

/** A seeker waiting for a group ("a small group" in the needs profile). */
export const circleSeekers = pgTable("circle_seekers", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  active: boolean().notNull().default(true),
  waitingSince: timestamp({ withTimezone: true }).notNull(),
  /** Their last circle ended early (they moved after a block, it closed without a facilitator, or an overturned removal found no seat): the next round seats them first where they fit; cleared once seated. */
  priority: boolean().notNull().default(false),
  ...timestamps,
});

/** An approved mentor's group-facilitation training: answers, feedback seen, passed. */
export const circleFacilitators = pgTable("circle_facilitators", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  answers: jsonb().$type<Record<string, string>>().notNull(),
  passedAt: timestamp({ withTimezone: true }),
  ...timestamps,
});

/** A session the facilitator opened, with its prompt (sealed). Number n is the n-th slot of the circle's rhythm. */
export const circleSessionStatusEnum = pgEnum("circle_session_status", ["open", "closed"]);

export const circleSessions = pgTable(
  "circle_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    circleId: uuid()
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    number: smallint().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    prompt: text().notNull(),
    promptKeyId: text().notNull(),
    status: circleSessionStatusEnum().notNull().default("open"),
    openedAt: timestamp({ withTimezone: true }).notNull(),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("circle_sessions_once").on(t.circleId, t.number), check("circle_sessions_window", sql`${t.endsAt} > ${t.startsAt}`)],
);

/**
 * Who was there. "excused" may be written ahead of the session (by the
 * member); "there" when the member writes in the window; "missed" by the
 * sweep after the window closes. `facilitatorPromptedAt` / `reachedOutAt`
 * time the care after a miss.
 */
export const circleAttendanceEnum = pgEnum("circle_attendance_status", ["there", "missed", "excused"]);

export const circleAttendance = pgTable(
  "circle_attendance",
  {
    circleId: uuid()
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    sessionNumber: smallint().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: circleAttendanceEnum().notNull(),
    markedAt: timestamp({ withTimezone: true }).notNull(),
    facilitatorPromptedAt: timestamp({ withTimezone: true }),
    reachedOutAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.circleId, t.sessionNumber, t.userId] })],
);

/** The circle thread. Bodies sealed like relationship messages; a check-in belongs to a session. */
export const circleMessages = pgTable(
  "circle_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    circleId: uuid()
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: text().notNull(),
    keyId: text().notNull(),
    clientKey: uuid().notNull(),
    /** Written while session n was open: counts as being there. */
    sessionNumber: smallint(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    removedAt: timestamp({ withTimezone: true }),
    removedById: uuid().references(() => users.id, { onDelete: "set null" }),
    /** The risk detector's answer when written (see riskColumns): the thread reads it instead of re-assessing. */
    ...riskColumns(),
  },
  (t) => [
    uniqueIndex("circle_messages_once_per_client_key").on(t.circleId, t.authorId, t.clientKey),
    index("circle_messages_thread_idx").on(t.circleId, t.createdAt),
    // `npm run risk:reassess` walks the rows of an older detector version in id order.
    index("circle_messages_risk_version_idx").on(t.riskVersion, t.id),
    // Escalation over time reads a person's flagged words of the last day (lib/dal/safety/risk-record.ts).
    index("circle_messages_author_risk_idx").on(t.authorId, t.createdAt).where(sql`${t.riskLevel} <> 'none'`),
  ],
);

/**
 * Whether the facilitator was there for session n: "there" when they opened
 * it (the prompt is their presence), "missed" when its window passed (with
 * the grace) and nobody opened it, recorded by the sweep. Two missed in a row
 * put the circle in the moderators' queue.
 */
export const circleFacilitatorPresenceEnum = pgEnum("circle_facilitator_presence_status", ["there", "missed"]);

export const circleFacilitatorPresence = pgTable(
  "circle_facilitator_presence",
  {
    circleId: uuid()
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    sessionNumber: smallint().notNull(),
    status: circleFacilitatorPresenceEnum().notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.circleId, t.sessionNumber] })],
);

/**
 * "Something felt off": a member tells the facilitator privately (optional
 * words, sealed). Only the facilitator reads it, beside the repair guide;
 * `clientKey` makes a double submit one note.
 */
export const circleFeltOff = pgTable(
  "circle_felt_off",
  {
    id: uuid().primaryKey().defaultRandom(),
    circleId: uuid()
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    words: sealedText("circle_felt_off.words"),
    clientKey: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    /** When the facilitator marked it as talked through (it leaves their list). */
    settledAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("circle_felt_off_once_per_client_key").on(t.circleId, t.userId, t.clientKey), index("circle_felt_off_circle_idx").on(t.circleId, t.createdAt)],
);

/**
 * A closing reflection: once the last (closing) session is open, each member
 * and the facilitator may leave one, read by the whole circle. One per person.
 */
export const circleReflections = pgTable(
  "circle_reflections",
  {
    circleId: uuid()
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: sealedText("circle_reflections.body").notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.circleId, t.userId] })],
);

/**
 * Renewing a circle for more sessions: the facilitator proposes near the end;
 * it is agreed when a majority of the current members say yes before the last
 * session closes (the facilitator's proposal is their yes). One open at a time.
 */
export const circleRenewalStatusEnum = pgEnum("circle_renewal_status", ["open", "agreed", "declined", "lapsed"]);

export const circleRenewals = pgTable(
  "circle_renewals",
  {
    id: uuid().primaryKey().defaultRandom(),
    circleId: uuid()
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    proposedById: uuid().references(() => users.id, { onDelete: "set null" }),
    extraSessions: smallint().notNull(),
    status: circleRenewalStatusEnum().notNull().default("open"),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("circle_renewals_one_open").on(t.circleId).where(sql`${t.status} = 'open'`),
    check("circle_renewals_extra", sql`${t.extraSessions} between 1 and 12`),
  ],
);

/** A member's answer to a renewal (they may change it while it is open). */
export const circleRenewalVotes = pgTable(
  "circle_renewal_votes",
  {
    renewalId: uuid()
      .notNull()
      .references(() => circleRenewals.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    agree: boolean().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.renewalId, t.userId] })],
);

/** A circle round run by a moderator: a preview until committed, when its placements become seats. */
export const circleRounds = pgTable("circle_rounds", {
  id: uuid().primaryKey().defaultRandom(),
  status: text().notNull().default("preview"),
  totals: jsonb().$type<Record<string, unknown>>().notNull(),
  placements: jsonb().$type<{ seekerId: string; circleId: string; score: number; reasons: string[] }[]>().notNull(),
  closedCircleIds: jsonb().$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  createdById: uuid().references(() => users.id, { onDelete: "set null" }),
  committedAt: timestamp({ withTimezone: true }),
  ...timestamps,
});

export const circlesRelations = relations(circles, ({ one, many }) => ({
  facilitator: one(users, { fields: [circles.facilitatorId], references: [users.id] }),
  members: many(circleMembers),
  sessions: many(circleSessions),
}));
export const circleMembersRelations = relations(circleMembers, ({ one }) => ({
  circle: one(circles, { fields: [circleMembers.circleId], references: [circles.id] }),
  user: one(users, { fields: [circleMembers.userId], references: [users.id] }),
}));
export const circleSessionsRelations = relations(circleSessions, ({ one }) => ({
  circle: one(circles, { fields: [circleSessions.circleId], references: [circles.id] }),
}));
export const circleMessagesRelations = relations(circleMessages, ({ one }) => ({
  circle: one(circles, { fields: [circleMessages.circleId], references: [circles.id] }),
  author: one(users, { fields: [circleMessages.authorId], references: [users.id] }),
}));

export type Circle = typeof circles.$inferSelect;
export type CircleMember = typeof circleMembers.$inferSelect;
export type CircleSession = typeof circleSessions.$inferSelect;
export type CircleStatus = (typeof circleStatusEnum.enumValues)[number];
