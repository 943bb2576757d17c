import { sql } from "drizzle-orm";
import { index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { circles } from "./circles";
import { relationships } from "./matching";
import { users } from "./users";
import { sealedText } from "./sealed";

/**
 * Safety and moderation: what moderators work on. Reports and safety items
 * *point at* content (kind + id) and never copy it, so the words stay
 * encrypted where they were written and reading them is an audited act.
 * People are referenced with ON DELETE SET NULL: accounts are tombstoned,
 * not deleted, but a report must never vanish with its subject.
 */

/** What a report or safety item points at. */
export const contentKindEnum = pgEnum("content_kind", ["message", "check_in_entry", "profile", "person", "circle_message", "space_post", "space_reply"]);

export const reportCategoryEnum = pgEnum("report_category", ["harassment", "inappropriate", "boundaries", "safety", "spam", "impersonation", "other"]);
export const reportStatusEnum = pgEnum("report_status", ["open", "resolved"]);

export const reports = pgTable(
  "reports",
  {
    id: uuid().primaryKey().defaultRandom(),
    reporterId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** The person the report is about (the author of the content, or the person reported). */
    subjectId: uuid().references(() => users.id, { onDelete: "set null" }),
    targetKind: contentKindEnum().notNull(),
    /** The message, check-in entry or user the report points at. */
    targetId: uuid().notNull(),
    relationshipId: uuid().references(() => relationships.id, { onDelete: "set null" }),
    /** The circle the report was made from (a circle message, or a member reported from the circle page). */
    circleId: uuid().references(() => circles.id, { onDelete: "set null" }),
    category: reportCategoryEnum().notNull(),
    /** The reporter's own words to moderators (optional). */
    note: sealedText("reports.note"),
    status: reportStatusEnum().notNull().default("open"),
    /** What the reporter is told, once decided. */
    decision: text(),
    decidedById: uuid().references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    // A double click (or a second report of the same thing by the same person while open) makes one report.
    uniqueIndex("reports_one_open_per_reporter_target").on(t.reporterId, t.targetKind, t.targetId).where(sql`${t.status} = 'open'`),
    index("reports_status_idx").on(t.status, t.createdAt),
    index("reports_reporter_idx").on(t.reporterId),
    index("reports_circle_idx").on(t.circleId).where(sql`${t.circleId} is not null`),
  ],
);

/**
 * Raised automatically when crisis or concern language is written (a message,
 * a check-in entry, a profile text). Highest priority in the moderators'
 * queue. One per piece of content.
 */
export const safetyLevelEnum = pgEnum("safety_level", ["concern", "crisis"]);
export const safetyStatusEnum = pgEnum("safety_item_status", ["open", "resolved"]);

export const safetyItems = pgTable(
  "safety_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    level: safetyLevelEnum().notNull(),
    /** Whose words raised it. */
    subjectId: uuid().references(() => users.id, { onDelete: "set null" }),
    targetKind: contentKindEnum().notNull(),
    targetId: uuid().notNull(),
    relationshipId: uuid().references(() => relationships.id, { onDelete: "set null" }),
    /** The detector's reasons (rule names, never the text). */
    reasons: jsonb().$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /**
     * What kind of risk (lib/safety/categories.ts): the queue orders by level,
     * then this category's severity, then waiting time. For an escalation item
     * (target kind "person") the most severe category of the sequence.
     */
    category: text().notNull().default("none"),
    /** When a moderator first opened the item's page, and who: program health's "time to first look". */
    firstLookAt: timestamp({ withTimezone: true }),
    firstLookById: uuid().references(() => users.id, { onDelete: "set null" }),
    status: safetyStatusEnum().notNull().default("open"),
    resolvedById: uuid().references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamp({ withTimezone: true }),
    resolution: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [uniqueIndex("safety_items_one_per_target").on(t.targetKind, t.targetId), index("safety_items_status_idx").on(t.status, t.level, t.createdAt)],
);

/**
 * Claims on queue items of any kind (report, safety item, application,
 * stalled relationship, rupture…), so two moderators don't work the same one.
 * Claiming is an insert that only one can win.
 */
export const moderationClaims = pgTable(
  "moderation_claims",
  {
    itemKind: text().notNull(),
    itemId: uuid().notNull(),
    moderatorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    claimedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemKind, t.itemId] })],
);

/** What a moderator did to a person, with the reason they are shown. The audit log records it too. */
export const moderationActionEnum = pgEnum("moderation_action", ["dismiss", "warn", "remove_content", "suspend", "ban", "reinstate", "remove_from_circle"]);

export const moderationActions = pgTable(
  "moderation_actions",
  {
    id: uuid().primaryKey().defaultRandom(),
    moderatorId: uuid().references(() => users.id, { onDelete: "set null" }),
    subjectId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: moderationActionEnum().notNull(),
    /** Shown to the person actioned. */
    reason: sealedText("moderation_actions.reason").notNull(),
    reportId: uuid().references(() => reports.id, { onDelete: "set null" }),
    safetyItemId: uuid().references(() => safetyItems.id, { onDelete: "set null" }),
    targetKind: contentKindEnum(),
    targetId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("moderation_actions_subject_idx").on(t.subjectId, t.createdAt)],
);

/** A person may appeal an action against them once. */
export const appealStatusEnum = pgEnum("appeal_status", ["open", "upheld", "overturned"]);

export const appeals = pgTable(
  "appeals",
  {
    id: uuid().primaryKey().defaultRandom(),
    actionId: uuid()
      .notNull()
      .references(() => moderationActions.id, { onDelete: "cascade" }),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    text: sealedText("appeals.text").notNull(),
    status: appealStatusEnum().notNull().default("open"),
    decidedById: uuid().references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true }),
    decision: sealedText("appeals.decision"),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamps.updatedAt,
  },
  (t) => [uniqueIndex("appeals_once_per_action").on(t.actionId), index("appeals_status_idx").on(t.status, t.createdAt)],
);

/** Crisis resources by region, kept current by admins; shown on /get-help and whenever crisis language is written. */
export const crisisResources = pgTable(
  "crisis_resources",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** A region's name as people know it, e.g. "United Kingdom and Ireland". */
    region: text().notNull(),
    /** IANA timezone prefixes or country codes that map a person to this region, e.g. {"Europe/London","Europe/Dublin"}. */
    timezones: text().array().notNull().default(sql`'{}'::text[]`),
    emergency: text().notNull(),
    /** Lines: name, contact, optional href (tel:, sms:, https:) and note. */
    lines: jsonb().$type<{ name: string; contact: string; href?: string; note?: string }[]>().notNull().default(sql`'[]'::jsonb`),
    sortOrder: text().notNull().default("m"),
    ...timestamps,
  },
  (t) => [uniqueIndex("crisis_resources_region").on(t.region)],
);

/** Program settings admins may change (e.g. days before a request expires). One row per key. */
export const programSettings = pgTable("program_settings", {
  key: text().primaryKey(),
  value: jsonb().$type<unknown>().notNull(),
  updatedById: uuid().references(() => users.id, { onDelete: "set null" }),
  ...timestamps,
});

export type Report = typeof reports.$inferSelect;
export type SafetyItem = typeof safetyItems.$inferSelect;
export type ModerationAction = typeof moderationActions.$inferSelect;
export type ContentKind = (typeof contentKindEnum.enumValues)[number];
