import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { db, prepared, transaction } from "@/db/client";
import { olderThan } from "@/lib/dal/system/keyset";
import { spaceFollows, spaceHiddenNotes, spacePostingPauses, spacePosts, spaces, topics } from "@/db/schema";
import { now } from "@/lib/clock";
import { NotFoundError } from "@/lib/errors";
import { type ContentNoteValue } from "@/lib/spaces/words";
import type { PostListItem } from "@/lib/spaces/post-list-item";
import { encodeSpaceCursor, hiddenNotesSchema, slugSchema, SPACE_PAGE_SIZE, spaceCursorSchema } from "@/lib/validation/spaces";
import { uuid } from "@/lib/validation/fields";
import { requireViewer } from "@/lib/dal/account/viewer";
import { getSettings } from "@/lib/dal/staff/settings";
import { authorNameSql, excerpt, labelFor, openPost, visibleToReader } from "./shared";
import { foldingFor, whyWaiting } from "@/lib/spaces/rules";

/**
 * Reading spaces: the list, one space's page (keyset paging, newest first),
 * following, the reader's hidden content notes and the home page's feed.
 * Every reader query leaves out held and removed posts, posts across a block
 * (either way) and notes the reader chose to hide; no count of anything
 * reaches the page.
 */

export interface SpaceSummary {
  id: string;
  slug: string;
  name: string;
  description: string;
  status: "open" | "paused" | "retired";
  following: boolean;
}

/** Every space that isn't retired (and retired ones the viewer follows), with whether the viewer follows it. */
export async function listSpaces(): Promise<SpaceSummary[]> {
  const viewer = await requireViewer();
  const following = sql<boolean>`exists (select 1 from ${spaceFollows} where ${spaceFollows.spaceId} = ${spaces.id} and ${spaceFollows.userId} = ${viewer.id})`;
  return db()
    .select({ id: spaces.id, slug: spaces.slug, name: topics.name, description: spaces.description, status: spaces.status, following })
    .from(spaces)
    .innerJoin(topics, eq(topics.id, spaces.topicId))
    .where(sql`${spaces.status} <> 'retired' or ${following}`)
    .orderBy(asc(topics.name));
}

export interface SpaceDetail extends SpaceSummary {
  guideline: string;
  heldForReview: boolean;
  /** The viewer's posting here is paused by a moderator. */
  postingPaused: string | null;
}

async function spaceBySlug(viewerId: string, slug: unknown): Promise<SpaceDetail> {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) throw new NotFoundError("We couldn't find that space.");
  const [row] = await spaceRow({ viewerId, slug: parsed.data });
  if (!row) throw new NotFoundError("We couldn't find that space.");
  return row;
}

/** A space and the viewer's standing in it, built once per connection (db/client.ts#prepared): every space page starts here. */
const spaceRow = prepared("space_by_slug", (executor) => {
  const viewerId = sql.placeholder("viewerId");
  return executor
    .select({
      id: spaces.id,
      slug: spaces.slug,
      name: topics.name,
      description: spaces.description,
      guideline: spaces.guideline,
      status: spaces.status,
      heldForReview: spaces.heldForReview,
      following: sql<boolean>`exists (select 1 from ${spaceFollows} where ${spaceFollows.spaceId} = ${spaces.id} and ${spaceFollows.userId} = ${viewerId})`,
      postingPaused: sql<string | null>`(select ${spacePostingPauses.reason} from ${spacePostingPauses} where ${spacePostingPauses.spaceId} = ${spaces.id} and ${spacePostingPauses.userId} = ${viewerId})`,
    })
    .from(spaces)
    .innerJoin(topics, eq(topics.id, spaces.topicId))
    .where(eq(spaces.slug, sql.placeholder("slug")));
});

export async function getSpace(slug: unknown): Promise<SpaceDetail> {
  const viewer = await requireViewer();
  return spaceBySlug(viewer.id, slug);
}

const listColumns = {
  id: spacePosts.id,
  sealed: spacePosts.sealed,
  keyId: spacePosts.keyId,
  authorId: spacePosts.authorId,
  pseudonym: spacePosts.pseudonym,
  authorName: authorNameSql,
  wish: spacePosts.wish,
  contentNote: spacePosts.contentNote,
  publishedAt: spacePosts.publishedAt,
  spaceSlug: spaces.slug,
  spaceName: topics.name,
};

type ListRow = { [K in keyof typeof listColumns]: unknown } & {
  id: string;
  sealed: string;
  keyId: string;
  authorId: string | null;
  pseudonym: string | null;
  authorName: string | null;
  wish: PostListItem["wish"];
  contentNote: ContentNoteValue | null;
  publishedAt: Date | null;
  spaceSlug: string;
  spaceName: string;
};

function toListItem(row: ListRow, viewerId: string): PostListItem {
  const words = openPost(row);
  const mine = row.authorId === viewerId;
  const fold = foldingFor(row.contentNote, [], mine) === "open" ? "open" : "folded";
  return {
    id: row.id,
    title: words.title,
    excerpt: excerpt(words.body),
    authorName: mine ? "You" : labelFor(row),
    wish: row.wish,
    contentNote: row.contentNote,
    fold,
    mine,
    publishedAt: row.publishedAt!,
    spaceSlug: row.spaceSlug,
    spaceName: row.spaceName,
  };
}

export interface SpacePage {
  space: SpaceDetail;
  posts: PostListItem[];
  /** Cursor for the next (older) page, if any. */
  next: string | null;
  /** The viewer's own posts here that wait for a moderator or were taken down. */
  mineWaiting: { id: string; title: string; status: string; why: string }[];
}

/**
 * One page of a space, newest first. Keyset paging on (published time, id):
 * the index space_posts_space_page_idx answers it in the same time on page 1
 * and page 5 000.
 */
export async function openSpace(slug: unknown, cursor?: unknown): Promise<SpacePage> {
  const viewer = await requireViewer();
  const space = await spaceBySlug(viewer.id, slug);
  const after = cursor ? spaceCursorSchema.safeParse(cursor) : null;
  const rows = await spacePageRows(viewer.id, space.id, after?.success ? after.data : null);
  const page = rows.slice(0, SPACE_PAGE_SIZE);
  const last = page.at(-1);
  const [settings, waiting] = await Promise.all([
    getSettings(),
    db()
      .select({ id: spacePosts.id, sealed: spacePosts.sealed, keyId: spacePosts.keyId, status: spacePosts.status, moderatorNote: spacePosts.moderatorNote })
      .from(spacePosts)
      .where(and(eq(spacePosts.spaceId, space.id), eq(spacePosts.authorId, viewer.id), inArray(spacePosts.status, ["held_first_posts", "held_space_review", "held_crisis", "removed"])))
      .orderBy(desc(spacePosts.createdAt))
      .limit(10),
  ]);
  return {
    space,
    posts: page.map((row) => toListItem(row, viewer.id)),
    next: rows.length > SPACE_PAGE_SIZE && last ? encodeSpaceCursor({ publishedAt: last.publishedAt!, id: last.id }) : null,
    mineWaiting: waiting.map((w) => ({
      id: w.id,
      title: openPost(w).title,
      status: w.status,
      why: w.status === "removed" ? `A moderator took it down: “${w.moderatorNote ?? "it didn't fit the guideline"}”.` : (whyWaiting(w.status, settings.spaceFirstPostsHeld) ?? ""),
    })),
  };
}

/**
 * The page query itself: one more than a page of posts the viewer may see,
 * newest first, after the keyset cursor. Internal to openSpace (exported for
 * scripts/bench-spaces.ts, which times it at 100k posts); pages call openSpace.
 */
export async function spacePageRows(viewerId: string, spaceId: string, after: { at: Date; id: string } | null) {
  if (!after) return (await firstSpacePage({ viewerId, spaceId })) as ListRow[];
  return (await db()
    .select(listColumns)
    .from(spacePosts)
    .innerJoin(spaces, eq(spaces.id, spacePosts.spaceId))
    .innerJoin(topics, eq(topics.id, spaces.topicId))
    .where(
      and(
        eq(spacePosts.spaceId, spaceId),
        visibleToReader(viewerId),
        olderThan(spacePosts.publishedAt, spacePosts.id, after.at, after.id),
      ),
    )
    .orderBy(desc(spacePosts.publishedAt), desc(spacePosts.id))
    .limit(SPACE_PAGE_SIZE + 1)) as ListRow[];
}

/** The first page of a space (the page everyone opens), built once per connection (db/client.ts#prepared). */
const firstSpacePage = prepared("space_first_page", (executor) =>
  executor
    .select(listColumns)
    .from(spacePosts)
    .innerJoin(spaces, eq(spaces.id, spacePosts.spaceId))
    .innerJoin(topics, eq(topics.id, spaces.topicId))
    .where(and(eq(spacePosts.spaceId, sql.placeholder("spaceId")), visibleToReader(sql.placeholder("viewerId"))))
    .orderBy(desc(spacePosts.publishedAt), desc(spacePosts.id))
    .limit(SPACE_PAGE_SIZE + 1),
);

/** New posts in the spaces the viewer follows (home page), newest first. */
export async function followedFeed(limit = 8): Promise<PostListItem[]> {
  const viewer = await requireViewer();
  const rows = (await followedFeedRows({ viewerId: viewer.id, limit: Math.min(Math.max(limit, 1), 30) })) as ListRow[];
  return rows.map((row) => toListItem(row, viewer.id));
}

/** Built once per connection (db/client.ts#prepared): the home page reads it on every view. */
const followedFeedRows = prepared("space_followed_feed", (executor) => {
  const viewerId = sql.placeholder("viewerId");
  return executor
    .select(listColumns)
    .from(spacePosts)
    .innerJoin(spaceFollows, and(eq(spaceFollows.spaceId, spacePosts.spaceId), eq(spaceFollows.userId, viewerId)))
    .innerJoin(spaces, eq(spaces.id, spacePosts.spaceId))
    .innerJoin(topics, eq(topics.id, spaces.topicId))
    .where(and(visibleToReader(viewerId), sql`${spacePosts.authorId} is distinct from ${viewerId}::uuid`))
    .orderBy(desc(spacePosts.publishedAt), desc(spacePosts.id))
    .limit(sql.placeholder("limit"));
});

export async function setFollowing(input: { spaceId: unknown; follow: boolean }) {
  const viewer = await requireViewer();
  const spaceId = uuid.parse(input.spaceId);
  if (input.follow) {
    const [space] = await db().select({ id: spaces.id }).from(spaces).where(and(eq(spaces.id, spaceId), sql`${spaces.status} <> 'retired'`));
    if (!space) throw new NotFoundError("We couldn't find that space.");
    await db().insert(spaceFollows).values({ userId: viewer.id, spaceId, createdAt: now() }).onConflictDoNothing();
  } else {
    await db().delete(spaceFollows).where(and(eq(spaceFollows.userId, viewer.id), eq(spaceFollows.spaceId, spaceId)));
  }
}

/** The content notes the viewer chose to hide. */
export async function myHiddenNotes(): Promise<ContentNoteValue[]> {
  const viewer = await requireViewer();
  const rows = await db().select({ note: spaceHiddenNotes.note }).from(spaceHiddenNotes).where(eq(spaceHiddenNotes.userId, viewer.id));
  return rows.map((r) => r.note);
}

export async function setHiddenNotes(input: unknown) {
  const viewer = await requireViewer();
  const { notes } = hiddenNotesSchema.parse(input);
  await transaction(async (tx) => {
    await tx.delete(spaceHiddenNotes).where(eq(spaceHiddenNotes.userId, viewer.id));
    if (notes.length) await tx.insert(spaceHiddenNotes).values([...new Set(notes)].map((note) => ({ userId: viewer.id, note, createdAt: now() })));
  });
}
