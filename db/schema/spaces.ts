import { relations, sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { topics } from "./topics";
import { users } from "./users";

/**
 * Spaces: one topic board per topic on the admins' list. A post says what
 * the writer wants (a wish) and may carry a content note; its title and
 * words are sealed in the application (lib/privacy/encryption) like
 * messages. Reactions are private signals to the writer: nothing here is
 * ever counted in public. Pure rules live in lib/spaces/, queries in
 * lib/dal/space/. See docs/spaces.md.
 */

export const spaceStatusEnum = pgEnum("space_status", ["open", "paused", "retired"]);
export const postWishEnum = pgEnum("post_wish", ["just_listen", "perspective", "practical"]);
export const contentNoteEnum = pgEnum("content_note", ["self_harm", "suicide", "loss", "abuse", "eating", "substances", "other"]);
export const postStatusEnum = pgEnum("post_status", ["published", "held_first_posts", "held_space_review", "held_crisis", "removed"]);
export const replyStatusEnum = pgEnum("reply_status", ["published", "held_crisis", "removed"]);
export const riskLevelEnum = pgEnum("risk_level", ["none", "concern", "crisis"]);
export const reactionKindEnum = pgEnum("reaction_kind", ["read", "me_too", "here_with_you"]);

export const spaces = pgTable(
  "spaces",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** One space per topic; a retired topic keeps its space (read-only) so old posts never break. */
    topicId: uuid()
      .notNull()
      .references(() => topics.id, { onDelete: "restrict" }),
    slug: text().notNull(),
    /** One line under the name on /spaces. */
    description: text().notNull().default(""),
    /** The space's guideline, in the product's voice; removals name it. */
    guideline: text().notNull().default(""),
    status: spaceStatusEnum().notNull().default("open"),
    /** Every post waits for a moderator before it is shown. */
    heldForReview: boolean().notNull().default(false),
    ...timestamps,
  },
  (t) => [uniqueIndex("spaces_topic_unique").on(t.topicId), uniqueIndex("spaces_slug_unique").on(t.slug)],
);

export const spaceFollows = pgTable(
  "space_follows",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    spaceId: uuid()
      .notNull()
      .references(() => spaces.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.spaceId] })],
);

export const spacePosts = pgTable(
  "space_posts",
  {
    id: uuid().primaryKey().defaultRandom(),
    spaceId: uuid()
      .notNull()
      .references(() => spaces.id, { onDelete: "restrict" }),
    /** Null once the writer's account is gone: shown as "a former member". */
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** Shown instead of the writer's name when set (chosen per post). Moderators still see who wrote it. */
    pseudonym: text(),
    /** Sealed JSON { title, body } under contexts.spacePost(id). */
    sealed: text().notNull(),
    keyId: text().notNull(),
    /** A moderator's proposed edit (sealed JSON { title, body }, same context) waiting for the writer's yes. */
    proposal: text(),
    proposalKeyId: text(),
    wish: postWishEnum().notNull(),
    contentNote: contentNoteEnum(),
    status: postStatusEnum().notNull(),
    riskLevel: riskLevelEnum().notNull().default("none"),
    riskCategory: text(),
    /** The RISK_DETECTOR_VERSION that gave the level (0: written before migration 0025); `risk:reassess` revisits older ones. */
    riskVersion: integer().notNull().default(0),
    /** Chosen by the writer's browser once per draft: a double click stores one post. */
    clientKey: uuid().notNull(),
    /** The app's clock. */
    createdAt: timestamp({ withTimezone: true }).notNull(),
    /** When it became visible in the space (the space page orders by it). */
    publishedAt: timestamp({ withTimezone: true }),
    /** The first reply by someone other than the writer (nobody left unanswered). */
    firstReplyAt: timestamp({ withTimezone: true }),
    /** Why it waits or was removed, in words the writer is shown. */
    moderatorNote: text(),
    decidedById: uuid().references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true }),
    updatedAt: timestamps.updatedAt,
  },
  (t) => [
    uniqueIndex("space_posts_once_per_client_key").on(t.authorId, t.clientKey),
    // Keyset paging of a space, newest first: only what is shown. Ascending on purpose: read backwards it is
    // exactly "published_at desc, id desc" (NULLS FIRST, as the query sorts); a DESC NULLS LAST index is not used.
    index("space_posts_space_page_idx").on(t.spaceId, t.publishedAt, t.id).where(sql`${t.status} = 'published'`),
    // Home page: new posts across the followed spaces.
    index("space_posts_published_idx").on(t.publishedAt, t.id).where(sql`${t.status} = 'published'`),
    // Waiting for a reply, oldest first.
    index("space_posts_waiting_idx").on(t.publishedAt).where(sql`${t.status} = 'published' and ${t.firstReplyAt} is null`),
    index("space_posts_held_idx").on(t.createdAt).where(sql`${t.status} in ('held_first_posts', 'held_space_review', 'held_crisis')`),
    index("space_posts_author_idx").on(t.authorId, t.createdAt),
    index("space_posts_risk_version_idx").on(t.riskVersion, t.id),
  ],
);

export const spaceReplies = pgTable(
  "space_replies",
  {
    id: uuid().primaryKey().defaultRandom(),
    postId: uuid()
      .notNull()
      .references(() => spacePosts.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** Sealed under contexts.spaceReply(postId). */
    body: text().notNull(),
    keyId: text().notNull(),
    clientKey: uuid().notNull(),
    status: replyStatusEnum().notNull().default("published"),
    riskLevel: riskLevelEnum().notNull().default("none"),
    /** The detector's category beside the level, so escalation shows the sequence's kinds (null on replies written before 0024). */
    riskCategory: text(),
    /** As on posts: the detector version that gave the level. */
    riskVersion: integer().notNull().default(0),
    /** The post's writer said this reply helped (seen by the replier and the writer). */
    helpedAt: timestamp({ withTimezone: true }),
    moderatorNote: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamps.updatedAt,
  },
  (t) => [uniqueIndex("space_replies_once_per_client_key").on(t.postId, t.authorId, t.clientKey), index("space_replies_post_idx").on(t.postId, t.createdAt, t.id),
    // Escalation over time reads a person's flagged words of the last day (lib/dal/safety/risk-record.ts).
    index("space_replies_author_risk_idx").on(t.authorId, t.createdAt).where(sql`${t.riskLevel} <> 'none'`),
    index("space_replies_risk_version_idx").on(t.riskVersion, t.id),
  ],
);

/** Private signals to the writer; one per person per kind per post. Never counted where others can see. */
export const spaceReactions = pgTable(
  "space_reactions",
  {
    postId: uuid()
      .notNull()
      .references(() => spacePosts.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: reactionKindEnum().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId, t.kind] })],
);

/** Content notes a reader chose never to see (their posts are left out of lists for them). */
export const spaceHiddenNotes = pgTable(
  "space_hidden_notes",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    note: contentNoteEnum().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.note] })],
);

/** A person's posting in one space paused by a moderator, with the reason they are shown. */
export const spacePostingPauses = pgTable(
  "space_posting_pauses",
  {
    spaceId: uuid()
      .notNull()
      .references(() => spaces.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text().notNull(),
    pausedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.userId] })],
);

export const spacesRelations = relations(spaces, ({ one, many }) => ({
  topic: one(topics, { fields: [spaces.topicId], references: [topics.id] }),
  posts: many(spacePosts),
}));
export const spacePostsRelations = relations(spacePosts, ({ one, many }) => ({
  space: one(spaces, { fields: [spacePosts.spaceId], references: [spaces.id] }),
  author: one(users, { fields: [spacePosts.authorId], references: [users.id] }),
  replies: many(spaceReplies),
}));
export const spaceRepliesRelations = relations(spaceReplies, ({ one }) => ({
  post: one(spacePosts, { fields: [spaceReplies.postId], references: [spacePosts.id] }),
  author: one(users, { fields: [spaceReplies.authorId], references: [users.id] }),
}));

export type Space = typeof spaces.$inferSelect;
export type SpacePost = typeof spacePosts.$inferSelect;
export type SpaceReply = typeof spaceReplies.$inferSelect;
export type PostWish = (typeof postWishEnum.enumValues)[number];
export type ContentNote = (typeof contentNoteEnum.enumValues)[number];
export type PostStatus = (typeof postStatusEnum.enumValues)[number];
export type ReactionKind = (typeof reactionKindEnum.enumValues)[number];
