import "server-only";
import { sharedValue } from "@/lib/dal/system/shared-value";
import { HEALTH_CACHE_MS } from "@/lib/dal/staff/program-health";
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { db, fixedList, prepared, transaction } from "@/db/client";
import { mentorProfiles, moderationActions, spacePostingPauses, spacePosts, spaceReplies, spaces, topics, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { contexts, sealJson } from "@/lib/privacy/encryption";
import { waitingOrder } from "@/lib/spaces/rules";
import { staffMessageSchema, staffPostDecisionSchema, staffProposeSchema, staffRemoveSchema } from "@/lib/validation/spaces";
import { requireStaff, requireViewer } from "@/lib/dal/account/viewer";
import { notify } from "@/lib/dal/notifications/bell";
import { recordAudit } from "@/lib/dal/system/audit";
import { applyModeration, resolveAbout, tellPeople } from "@/lib/dal/staff/decisions";
import { getSettings } from "@/lib/dal/staff/settings";
import { authorNameSql, excerpt, labelFor, openPost } from "./shared";
import { openPostPage } from "./posts";

/**
 * Moderators and spaces: held posts (crisis first), publishing, answering the
 * writer privately, proposing an edit the writer accepts, removing with the
 * guideline broken (through the shared moderation path, so it is appealable
 * once) and pausing someone's posting in one space. Also the mentors'
 * "waiting for a reply" list and the reply figures for program health.
 */

const heldStatuses = ["held_crisis", "held_space_review", "held_first_posts"] as const;

export interface HeldPost {
  id: string;
  spaceName: string;
  status: (typeof heldStatuses)[number];
  writerName: string | null;
  createdAt: Date;
  risk: "none" | "concern" | "crisis";
}

/** Held posts for the queue: crisis first, then the oldest. Staff only; titles and words stay on the post's page. */
export async function heldPostsForStaff(limit = 50): Promise<{ posts: HeldPost[]; total: number }> {
  await requireStaff();
  const [rows, [total]] = await Promise.all([heldPostRows({ limit }), heldPostCount({})]);
  return { posts: rows as HeldPost[], total: total?.n ?? 0 };
}

// Read on every load of the moderators' queue: built once, the held statuses fixed in the text (db/client.ts#fixed).
const held = sql`${spacePosts.status} in (${fixedList(heldStatuses)})`;

const heldPostRows = prepared("space_held_posts", (executor) =>
  executor
    .select({
      id: spacePosts.id,
      spaceName: topics.name,
      status: spacePosts.status,
      writerName: sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${spacePosts.authorId})`,
      createdAt: spacePosts.createdAt,
      risk: spacePosts.riskLevel,
    })
    .from(spacePosts)
    .innerJoin(spaces, eq(spaces.id, spacePosts.spaceId))
    .innerJoin(topics, eq(topics.id, spaces.topicId))
    .where(held)
    .orderBy(sql`case ${spacePosts.status} when 'held_crisis' then 0 else 1 end`, asc(spacePosts.createdAt))
    .limit(sql.placeholder("limit")),
);

const heldPostCount = prepared("space_held_post_count", (executor) => executor.select({ n: count() }).from(spacePosts).where(held));

async function lockedPost(postId: string) {
  const [post] = await db()
    .select({ id: spacePosts.id, status: spacePosts.status, authorId: spacePosts.authorId, spaceId: spacePosts.spaceId, slug: spaces.slug, spaceName: topics.name })
    .from(spacePosts)
    .innerJoin(spaces, eq(spaces.id, spacePosts.spaceId))
    .innerJoin(topics, eq(topics.id, spaces.topicId))
    .where(eq(spacePosts.id, postId))
    .for("update", { of: spacePosts });
  if (!post) throw new NotFoundError("That post no longer exists.");
  return post;
}

const postHref = (p: { slug: string; id: string }) => `/spaces/${p.slug}/posts/${p.id}`;

/** Shows a held post in its space; the writer is told. Resolves any safety item about it. */
export async function publishHeldPost(input: unknown) {
  const actor = await requireStaff();
  const { postId } = staffPostDecisionSchema.parse(input);
  const post = await transaction(async (tx) => {
    const post = await lockedPost(postId);
    if (!heldStatuses.includes(post.status as (typeof heldStatuses)[number])) throw new ConflictError("This post isn't waiting any more, perhaps another moderator decided it. Reload to see.");
    if (post.authorId === actor.id) throw new ForbiddenError("This is your own post, so another moderator will decide it.");
    const at = now();
    await tx.update(spacePosts).set({ status: "published", publishedAt: at, decidedById: actor.id, decidedAt: at, moderatorNote: null }).where(eq(spacePosts.id, post.id));
    await resolveAbout(actor, "space_post", post.id, "dismiss");
    await recordAudit({ actorId: actor.id, action: "space.post.publish", targetUserId: post.authorId ?? undefined, details: { postId: post.id, from: post.status } });
    return post;
  });
  if (post.authorId) {
    await notify({
      userId: post.authorId,
      kind: "space-post-published",
      dedupeKey: `space-post-published:${post.id}`,
      title: "Your post is in the space now",
      body: `A moderator read your post and it is now shown in ${post.spaceName}.`,
      href: postHref(post),
    });
  }
}

/** A moderator's private words to the writer (a bell item with their words; the post is untouched). */
export async function messageWriter(input: unknown) {
  const actor = await requireStaff();
  const { postId, message } = staffMessageSchema.parse(input);
  const post = await lockedPost(postId);
  if (!post.authorId) throw new ConflictError("The writer's account no longer exists.");
  const at = now();
  await transaction(async () => {
    await notify({
      userId: post.authorId!,
      kind: "space-moderator-note",
      dedupeKey: `space-moderator-note:${post.id}:${at.getTime()}`,
      title: "A moderator wrote to you about your post",
      body: message,
      href: postHref(post),
    });
    await recordAudit({ actorId: actor.id, action: "space.post.message_writer", targetUserId: post.authorId!, details: { postId: post.id } });
  });
}

/** Proposes an edited version (e.g. without method detail); it is shown only once the writer accepts it. */
export async function proposeEdit(input: unknown) {
  const actor = await requireStaff();
  const { postId, title, body, message } = staffProposeSchema.parse(input);
  const post = await lockedPost(postId);
  if (!post.authorId) throw new ConflictError("The writer's account no longer exists.");
  const sealed = sealJson({ title, body }, contexts.spacePost(post.id));
  await transaction(async (tx) => {
    await tx.update(spacePosts).set({ proposal: sealed.ciphertext, proposalKeyId: sealed.keyId }).where(eq(spacePosts.id, post.id));
    await notify({
      userId: post.authorId!,
      kind: "space-edit-proposed",
      dedupeKey: `space-edit-proposed:${post.id}:${now().getTime()}`,
      title: "A moderator suggested an edit to your post",
      body: message || "A moderator suggested a gentler wording so your post can be shown. Nothing changes unless you say yes.",
      href: postHref(post),
    });
    await recordAudit({ actorId: actor.id, action: "space.post.propose_edit", targetUserId: post.authorId!, details: { postId: post.id } });
  });
}

/**
 * Takes a post down with the guideline it broke, through the shared
 * moderation path: a moderation action the writer can appeal once, the
 * writer told with the reason, reports and safety items about it resolved.
 * With `pause`, the writer's posting in this space is paused with the same
 * reason (the page says how many removals they already had here).
 */
export async function removePostWithReason(input: unknown) {
  const actor = await requireStaff();
  const { postId, reason, pause } = staffRemoveSchema.parse(input);
  const followUp = await transaction(async (tx) => {
    const post = await lockedPost(postId);
    if (!post.authorId) throw new ConflictError("The writer's account no longer exists.");
    const { actionId, subject } = await applyModeration({ actor, subjectId: post.authorId, action: "remove_content", reason, targetKind: "space_post", targetId: post.id });
    const reporters = await resolveAbout(actor, "space_post", post.id, "remove_content");
    if (pause) {
      await tx
        .insert(spacePostingPauses)
        .values({ spaceId: post.spaceId, userId: post.authorId, reason, pausedById: actor.id, createdAt: now() })
        .onConflictDoUpdate({ target: [spacePostingPauses.spaceId, spacePostingPauses.userId], set: { reason, pausedById: actor.id } });
      await recordAudit({ actorId: actor.id, action: "space.posting.pause", targetUserId: post.authorId, reason, details: { spaceId: post.spaceId } });
    }
    return { actionId, action: "remove_content" as const, reason, subject, targetKind: "space_post" as const, reporters };
  });
  await tellPeople(followUp);
}

export async function liftPostingPause(input: { spaceId: string; userId: string }) {
  const actor = await requireStaff();
  await transaction(async (tx) => {
    await tx.delete(spacePostingPauses).where(and(eq(spacePostingPauses.spaceId, input.spaceId), eq(spacePostingPauses.userId, input.userId)));
    await recordAudit({ actorId: actor.id, action: "space.posting.resume", targetUserId: input.userId, details: { spaceId: input.spaceId } });
  });
}

/** How many of the writer's posts in this space were taken down before (shown beside "pause their posting"). */
export async function removalsInSpace(postId: string) {
  await requireStaff();
  const [row] = await db().select({ authorId: spacePosts.authorId, spaceId: spacePosts.spaceId }).from(spacePosts).where(eq(spacePosts.id, postId));
  if (!row?.authorId) return { removals: 0, paused: null as string | null };
  const [[n], [pause]] = await Promise.all([
    db()
      .select({ n: count() })
      .from(moderationActions)
      .innerJoin(spacePosts, and(eq(spacePosts.id, moderationActions.targetId), eq(moderationActions.targetKind, "space_post")))
      .where(and(eq(moderationActions.subjectId, row.authorId), eq(moderationActions.action, "remove_content"), eq(spacePosts.spaceId, row.spaceId))),
    db().select({ reason: spacePostingPauses.reason }).from(spacePostingPauses).where(and(eq(spacePostingPauses.spaceId, row.spaceId), eq(spacePostingPauses.userId, row.authorId))),
  ]);
  return { removals: n?.n ?? 0, paused: pause?.reason ?? null };
}

/** The post a reply belongs to (for the reply's safety item, which points at the reply). Staff only. */
export async function postOfReply(replyId: string) {
  await requireStaff();
  const [row] = await db().select({ postId: spaceReplies.postId, slug: spaces.slug }).from(spaceReplies).innerJoin(spacePosts, eq(spacePosts.id, spaceReplies.postId)).innerJoin(spaces, eq(spaces.id, spacePosts.spaceId)).where(eq(spaceReplies.id, replyId));
  return row ?? null;
}

/** A held crisis reply shown after a moderator's check, or a published one taken down with a reason. */
export async function publishHeldReply(input: { replyId: string }) {
  const actor = await requireStaff();
  await transaction(async (tx) => {
    const [reply] = await tx.update(spaceReplies).set({ status: "published" }).where(and(eq(spaceReplies.id, input.replyId), eq(spaceReplies.status, "held_crisis"))).returning({ postId: spaceReplies.postId, authorId: spaceReplies.authorId, createdAt: spaceReplies.createdAt });
    if (!reply) throw new ConflictError("That reply isn't waiting any more.");
    await tx.update(spacePosts).set({ firstReplyAt: sql`coalesce(${spacePosts.firstReplyAt}, ${now().toISOString()}::timestamptz)` }).where(and(eq(spacePosts.id, reply.postId), sql`${spacePosts.authorId} is distinct from ${reply.authorId}`));
    await resolveAbout(actor, "space_reply", input.replyId, "dismiss");
    await recordAudit({ actorId: actor.id, action: "space.reply.publish", targetUserId: reply.authorId ?? undefined, details: { replyId: input.replyId } });
  });
}

// ------------------------------------------------------------ nobody left unanswered

export interface WaitingItem {
  id: string;
  spaceSlug: string;
  spaceName: string;
  title: string;
  excerpt: string;
  authorName: string;
  wish: "just_listen" | "perspective" | "practical";
  contentNote: string | null;
  publishedAt: Date;
  riskLevel: "none" | "concern" | "crisis";
}

/**
 * Posts with no reply after the setting (12 hours by default), the most at
 * risk first, then the oldest: for approved mentors (and staff). Posts across
 * a block with the mentor, and the mentor's own, are left out.
 */
export async function waitingForReply(limit = 30): Promise<{ items: WaitingItem[]; afterHours: number }> {
  const viewer = await requireViewer();
  const [approved] = await db().select({ one: sql`1` }).from(mentorProfiles).where(and(eq(mentorProfiles.userId, viewer.id), eq(mentorProfiles.status, "approved")));
  const staff = viewer.roles.includes("moderator") || viewer.roles.includes("admin");
  if (!approved && !staff) throw new NotFoundError("This list is for approved mentors.");
  const { spaceWaitingHours } = await getSettings();
  const at = now();
  const cutoff = new Date(at.getTime() - spaceWaitingHours * 3600_000);
  const rows = await db()
    .select({
      id: spacePosts.id,
      sealed: spacePosts.sealed,
      keyId: spacePosts.keyId,
      pseudonym: spacePosts.pseudonym,
      authorName: authorNameSql,
      wish: spacePosts.wish,
      contentNote: spacePosts.contentNote,
      publishedAt: spacePosts.publishedAt,
      riskLevel: spacePosts.riskLevel,
      spaceSlug: spaces.slug,
      spaceName: topics.name,
    })
    .from(spacePosts)
    .innerJoin(spaces, eq(spaces.id, spacePosts.spaceId))
    .innerJoin(topics, eq(topics.id, spaces.topicId))
    .where(
      and(
        eq(spacePosts.status, "published"),
        isNull(spacePosts.firstReplyAt),
        sql`${spacePosts.publishedAt} <= ${cutoff.toISOString()}::timestamptz`,
        sql`${spacePosts.authorId} is distinct from ${viewer.id}::uuid`,
        sql`(${spacePosts.authorId} is null or not exists (select 1 from blocks b where b.pair_low = least(${spacePosts.authorId}, ${viewer.id}::uuid) and b.pair_high = greatest(${spacePosts.authorId}, ${viewer.id}::uuid)))`,
      ),
    )
    .orderBy(sql`case ${spacePosts.riskLevel} when 'crisis' then 0 when 'concern' then 1 else 2 end`, asc(spacePosts.publishedAt))
    .limit(limit);
  const ordered = waitingOrder(
    rows.map((r) => ({ ...r, publishedAt: r.publishedAt! })),
    at,
    spaceWaitingHours,
  );
  return {
    afterHours: spaceWaitingHours,
    items: ordered.map((r) => {
      const words = openPost(r);
      return {
        id: r.id,
        spaceSlug: r.spaceSlug,
        spaceName: r.spaceName,
        title: words.title,
        excerpt: excerpt(words.body, 160),
        authorName: labelFor(r),
        wish: r.wish,
        contentNote: r.contentNote,
        publishedAt: r.publishedAt,
        riskLevel: r.riskLevel,
      };
    }),
  };
}

export interface ReplyFigures {
  posts: number;
  within12h: number | null;
  within24h: number | null;
  medianWaitHours: number | null;
}

/**
 * For program health: of the posts published in the last `days` days that
 * are at least 24 hours old, the share with a first human reply within 12
 * and within 24 hours, and the median wait for those answered. Staff only.
 */
export async function replyFigures(days = 30): Promise<ReplyFigures> {
  await requireStaff();
  // Program health's figures, reused by one instance like the rest of that page (lib/dal/staff/program-health.ts).
  if (process.env.NODE_ENV !== "production") return readReplyFigures(days);
  return sharedReplyFigures.get(String(days), () => readReplyFigures(days));
}

const sharedReplyFigures = sharedValue<ReplyFigures>("space-reply-figures", { freshMs: HEALTH_CACHE_MS, staleMs: 10 * 60_000 });

/**
 * One aggregate row, worked out by the database: the count, the two shares
 * and the median wait (percentile_cont, as PostgreSQL 15 and PGlite both
 * have it). Before, up to 50,000 rows came over the wire to be sorted here.
 */
async function readReplyFigures(days: number): Promise<ReplyFigures> {
  const at = now();
  const from = new Date(at.getTime() - days * 86400_000);
  const until = new Date(at.getTime() - 86400_000);
  const waitHours = sql`extract(epoch from ${spacePosts.firstReplyAt} - ${spacePosts.publishedAt})::float8 / 3600`;
  const [row] = await db()
    .select({
      posts: sql<number>`count(*)::int`,
      within12h: sql<number>`(count(*) filter (where ${spacePosts.firstReplyAt} is not null and ${waitHours} <= 12))::int`,
      within24h: sql<number>`(count(*) filter (where ${spacePosts.firstReplyAt} is not null and ${waitHours} <= 24))::int`,
      medianWaitHours: sql<number | null>`percentile_cont(0.5) within group (order by ${waitHours}) filter (where ${spacePosts.firstReplyAt} is not null)`,
    })
    .from(spacePosts)
    .where(and(sql`${spacePosts.publishedAt} between ${from.toISOString()}::timestamptz and ${until.toISOString()}::timestamptz`, inArray(spacePosts.status, ["published", "removed"])));
  const posts = Number(row?.posts ?? 0);
  if (posts === 0) return { posts: 0, within12h: null, within24h: null, medianWaitHours: null };
  const m = row!.medianWaitHours === null ? null : Number(row!.medianWaitHours);
  return { posts, within12h: Number(row!.within12h) / posts, within24h: Number(row!.within24h) / posts, medianWaitHours: m === null ? null : Math.round(m * 10) / 10 };
}

/** A post as a moderator works it: the words (reading them is recorded in the audit log), who wrote it, and their removals here. */
export async function postForStaff(postId: unknown) {
  const actor = await requireStaff();
  const id = staffPostDecisionSchema.parse({ postId }).postId;
  const post = await openPostPage(id);
  await recordAudit({ actorId: actor.id, action: "space.post.read", targetUserId: post.writerForStaff?.id, details: { postId: id } });
  const history = await removalsInSpace(id);
  return { post, history };
}
