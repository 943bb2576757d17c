import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, count, eq, isNotNull, sql } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { friendProfiles, mentorProfiles, spacePostingPauses, spacePosts, spaceReactions, spaceReplies, spaces, topics, users } from "@/db/schema";
import { isStaff } from "@/lib/auth/roles";
import { now } from "@/lib/clock";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { contexts, seal, sealJson, unseal, unsealJson } from "@/lib/privacy/encryption";
import { assessRisk, RISK_DETECTOR_VERSION, type RiskLevel } from "@/lib/safety/assess-risk";
import { canPostIn, canSeePost, statusForNewPost, statusForNewReply, whyWaiting, type PostStatusValue } from "@/lib/spaces/rules";
import type { ContentNoteValue, Reaction, Wish } from "@/lib/spaces/words";
import { uuid } from "@/lib/validation/fields";
import { helpedSchema, newPostSchema, postIdSchema, reactSchema, replySchema } from "@/lib/validation/spaces";
import { requireViewer, type Viewer } from "@/lib/dal/account/viewer";
import { notify } from "@/lib/dal/notifications/bell";
import { isBlockedBetween } from "@/lib/dal/safety/block-filters";
import { escalateFor } from "@/lib/dal/safety/risk-record";
import { raiseSafetyItem } from "@/lib/dal/safety/safety-items";
import { getSettings } from "@/lib/dal/staff/settings";
import { timezoneOf } from "@/lib/dal/relationship/access";
import { crisisResourcesFor } from "@/lib/dal/safety/crisis-resources";
import { authorNameSql, labelFor, openPost, type PostWords } from "./shared";

/**
 * Writing in spaces and reading one post. A post's title and words are sealed
 * together under the post's own context; replies under the post's reply
 * context. The crisis detector reads every post and reply on submit: a
 * crisis post is held for moderators (never shown in the space) and the
 * writer is shown crisis lines at once; a concern is published with support
 * beside it. A person's first posts and every post in a space held for
 * review wait for a moderator. Nothing is dropped: the writer always sees
 * their own post and why it waits.
 */

const NOT_FOUND = "We couldn't find that post. It may have been taken down, or it isn't shown yet.";

function riskOf(text: string): { level: RiskLevel; reasons: string[]; category: string | null } {
  const r = assessRisk(text) as { level: RiskLevel; reasons: string[]; category?: string };
  return { level: r.level, reasons: r.reasons, category: r.category ?? null };
}

export interface PostCreated {
  id: string;
  status: PostStatusValue;
  risk: RiskLevel;
  why: string | null;
}

export async function createPost(input: unknown): Promise<PostCreated> {
  const viewer = await requireViewer();
  const data = newPostSchema.parse(input);
  const settings = await getSettings();
  return transaction(async (tx) => {
    const [space] = await tx
      .select({ id: spaces.id, status: spaces.status, heldForReview: spaces.heldForReview })
      .from(spaces)
      .where(eq(spaces.slug, data.space))
      .for("share");
    if (!space) throw new NotFoundError("We couldn't find that space.");
    const [pause] = await tx
      .select({ reason: spacePostingPauses.reason })
      .from(spacePostingPauses)
      .where(and(eq(spacePostingPauses.spaceId, space.id), eq(spacePostingPauses.userId, viewer.id)));
    const may = canPostIn(space, Boolean(pause));
    if (!may.ok) throw new ConflictError(may.why);

    // A retry of the same draft gives the post already stored.
    const [existing] = await tx
      .select({ id: spacePosts.id, status: spacePosts.status, riskLevel: spacePosts.riskLevel })
      .from(spacePosts)
      .where(and(eq(spacePosts.authorId, viewer.id), eq(spacePosts.clientKey, data.clientKey)));
    if (existing) return { id: existing.id, status: existing.status, risk: existing.riskLevel, why: whyWaiting(existing.status, settings.spaceFirstPostsHeld) };

    const risk = riskOf(`${data.title}\n${data.body}`);
    const [{ n: publishedBefore } = { n: 0 }] = await tx
      .select({ n: count() })
      .from(spacePosts)
      .where(and(eq(spacePosts.authorId, viewer.id), isNotNull(spacePosts.publishedAt)));
    const status = statusForNewPost({ risk: risk.level, writerPublishedBefore: publishedBefore, firstPostsHeld: settings.spaceFirstPostsHeld, spaceHeldForReview: space.heldForReview });
    const id = randomUUID();
    const at = now();
    const sealed = sealJson({ title: data.title, body: data.body } satisfies PostWords, contexts.spacePost(id));
    const [row] = await tx
      .insert(spacePosts)
      .values({
        id,
        spaceId: space.id,
        authorId: viewer.id,
        pseudonym: data.showAs === "pseudonym" ? data.pseudonym : null,
        sealed: sealed.ciphertext,
        keyId: sealed.keyId,
        wish: data.wish,
        contentNote: data.contentNote,
        status,
        riskLevel: risk.level,
        riskCategory: risk.category,
        riskVersion: RISK_DETECTOR_VERSION,
        clientKey: data.clientKey,
        createdAt: at,
        publishedAt: status === "published" ? at : null,
      })
      .onConflictDoNothing({ target: [spacePosts.authorId, spacePosts.clientKey] })
      .returning({ id: spacePosts.id });
    if (!row) throw new ConflictError("That post was just sent from another tab. Look in the space for it.");
    if (risk.level !== "none") {
      // Crisis posts lead the moderators' queue; a concern is there too, after them.
      await raiseSafetyItem({ level: risk.level, subjectId: viewer.id, targetKind: "space_post", targetId: id, relationshipId: null, reasons: risk.reasons });
      // Several concerns in a day, here or anywhere else, make one crisis-priority item.
      if (risk.level === "concern") await escalateFor(viewer.id);
    }
    return { id, status, risk: risk.level, why: whyWaiting(status, settings.spaceFirstPostsHeld) };
  });
}

export interface ReplyView {
  id: string;
  authorName: string;
  body: string;
  mine: boolean;
  helped: boolean;
  createdAt: Date;
  status: "published" | "held_crisis" | "removed";
  moderatorNote: string | null;
  /** What the replier offers, so a seeker can ask through the request flow. Never for the viewer themselves. */
  offers: { mentoring: boolean; friendship: boolean };
  authorId: string | null;
}

export interface PostView {
  id: string;
  space: { slug: string; name: string; guideline: string; open: boolean };
  title: string;
  body: string;
  authorName: string;
  wish: Wish;
  contentNote: ContentNoteValue | null;
  status: PostStatusValue;
  risk: RiskLevel;
  mine: boolean;
  /** Staff only: who really wrote it (also behind a pseudonym). */
  writerForStaff: { id: string; name: string } | null;
  why: string | null;
  moderatorNote: string | null;
  /** A moderator's proposed edit, shown to the writer only. */
  proposal: PostWords | null;
  createdAt: Date;
  publishedAt: Date | null;
  replies: ReplyView[];
  /** The writer only: who reacted how (never shown to anyone else). */
  reactionsForWriter: Record<Reaction, number> | null;
  /** The kinds the viewer has sent. */
  myReactions: Reaction[];
  mayReply: boolean;
  whyNoReply: string | null;
}

/** The replies of a post, oldest first, with what each replier offers and whether a block stands with the viewer. Internal (and timed by scripts/bench-spaces.ts). */
export async function replyRowsOf(postId: string, viewerId: string) {
  return db()
    .select({
      id: spaceReplies.id,
      authorId: spaceReplies.authorId,
      body: spaceReplies.body,
      keyId: spaceReplies.keyId,
      status: spaceReplies.status,
      helpedAt: spaceReplies.helpedAt,
      moderatorNote: spaceReplies.moderatorNote,
      createdAt: spaceReplies.createdAt,
      authorName: sql<string | null>`(select case when ${users.status} = 'deleted' then null else ${users.name} end from ${users} where ${users.id} = ${spaceReplies.authorId})`,
      mentoring: sql<boolean>`exists (select 1 from ${mentorProfiles} where ${mentorProfiles.userId} = ${spaceReplies.authorId} and ${mentorProfiles.status} = 'approved')`,
      friendship: sql<boolean>`exists (select 1 from ${friendProfiles} where ${friendProfiles.userId} = ${spaceReplies.authorId})`,
      blocked: sql<boolean>`${spaceReplies.authorId} is not null and exists (select 1 from blocks b where b.pair_low = least(${spaceReplies.authorId}, ${viewerId}::uuid) and b.pair_high = greatest(${spaceReplies.authorId}, ${viewerId}::uuid))`,
    })
    .from(spaceReplies)
    .where(eq(spaceReplies.postId, postId))
    .orderBy(asc(spaceReplies.createdAt), asc(spaceReplies.id));
}

/** A post's row with its space. Internal: callers check visibility (visiblePost); exported for scripts/bench-spaces.ts. */
export async function loadPost(postId: string) {
  const [row] = await db()
    .select({
      id: spacePosts.id,
      sealed: spacePosts.sealed,
      keyId: spacePosts.keyId,
      proposal: spacePosts.proposal,
      proposalKeyId: spacePosts.proposalKeyId,
      authorId: spacePosts.authorId,
      pseudonym: spacePosts.pseudonym,
      authorName: authorNameSql,
      realName: sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${spacePosts.authorId})`,
      wish: spacePosts.wish,
      contentNote: spacePosts.contentNote,
      status: spacePosts.status,
      riskLevel: spacePosts.riskLevel,
      moderatorNote: spacePosts.moderatorNote,
      createdAt: spacePosts.createdAt,
      publishedAt: spacePosts.publishedAt,
      spaceId: spaces.id,
      spaceSlug: spaces.slug,
      spaceName: topics.name,
      guideline: spaces.guideline,
      spaceStatus: spaces.status,
    })
    .from(spacePosts)
    .innerJoin(spaces, eq(spaces.id, spacePosts.spaceId))
    .innerJoin(topics, eq(topics.id, spaces.topicId))
    .where(eq(spacePosts.id, postId));
  return row;
}

/** Loads a post the viewer may see, or throws "not found" (a held post by its URL, a post across a block). */
async function visiblePost(viewer: Viewer, postId: unknown) {
  const parsed = uuid.safeParse(postId);
  if (!parsed.success) throw new NotFoundError(NOT_FOUND);
  const row = await loadPost(parsed.data);
  if (!row) throw new NotFoundError(NOT_FOUND);
  const mine = row.authorId === viewer.id;
  const staff = isStaff(viewer.roles);
  const blocked = !mine && row.authorId ? await isBlockedBetween(viewer.id, row.authorId) : false;
  if (!canSeePost({ status: row.status, viewerIsWriter: mine, viewerIsStaff: staff, blocked })) throw new NotFoundError(NOT_FOUND);
  return { row, mine, staff, blocked };
}

export async function openPostPage(postId: unknown): Promise<PostView> {
  const viewer = await requireViewer();
  const { row, mine, staff } = await visiblePost(viewer, postId);
  const settings = await getSettings();
  const words = openPost(row);
  const replyRows = await replyRowsOf(row.id, viewer.id);
  const replies: ReplyView[] = [];
  for (const r of replyRows) {
    const replyMine = r.authorId === viewer.id;
    // Held and removed replies: their writer (and staff) see them; across a block: nobody sees them.
    if (r.blocked && !staff) continue;
    if (r.status !== "published" && !replyMine && !staff) continue;
    let body = "";
    try {
      body = unseal({ ciphertext: r.body, keyId: r.keyId }, contexts.spaceReply(row.id));
    } catch {
      body = "(These words can't be opened right now.)";
    }
    replies.push({
      id: r.id,
      authorName: replyMine ? "You" : (r.authorName ?? "a former member"),
      body,
      mine: replyMine,
      helped: r.helpedAt !== null,
      createdAt: r.createdAt,
      status: r.status,
      moderatorNote: replyMine || staff ? r.moderatorNote : null,
      offers: replyMine ? { mentoring: false, friendship: false } : { mentoring: r.mentoring, friendship: r.friendship },
      authorId: replyMine ? null : r.authorId,
    });
  }
  let reactionsForWriter: PostView["reactionsForWriter"] = null;
  if (mine) {
    const counts = await db()
      .select({ kind: spaceReactions.kind, n: count() })
      .from(spaceReactions)
      .where(and(eq(spaceReactions.postId, row.id), sql`not exists (select 1 from blocks b where b.pair_low = least(${spaceReactions.userId}, ${viewer.id}::uuid) and b.pair_high = greatest(${spaceReactions.userId}, ${viewer.id}::uuid))`))
      .groupBy(spaceReactions.kind);
    reactionsForWriter = { read: 0, me_too: 0, here_with_you: 0 };
    for (const c of counts) reactionsForWriter[c.kind] = c.n;
  }
  const mineRows = await db().select({ kind: spaceReactions.kind }).from(spaceReactions).where(and(eq(spaceReactions.postId, row.id), eq(spaceReactions.userId, viewer.id)));
  let proposal: PostWords | null = null;
  if (mine && row.proposal && row.proposalKeyId) {
    try {
      proposal = unsealJson<PostWords>({ ciphertext: row.proposal, keyId: row.proposalKeyId }, contexts.spacePost(row.id));
    } catch {
      proposal = null;
    }
  }
  const open = row.spaceStatus === "open";
  const mayReply = open && row.status === "published";
  return {
    id: row.id,
    space: { slug: row.spaceSlug, name: row.spaceName, guideline: row.guideline, open },
    title: words.title,
    body: words.body,
    authorName: mine ? "You" : labelFor(row),
    wish: row.wish,
    contentNote: row.contentNote,
    status: row.status,
    risk: mine || staff ? row.riskLevel : "none",
    mine,
    writerForStaff: staff && row.authorId ? { id: row.authorId, name: row.realName ?? "a former member" } : null,
    why: mine ? whyWaiting(row.status, settings.spaceFirstPostsHeld) : null,
    moderatorNote: mine || staff ? row.moderatorNote : null,
    proposal,
    createdAt: row.createdAt,
    publishedAt: row.publishedAt,
    replies,
    reactionsForWriter,
    myReactions: mineRows.map((r) => r.kind),
    mayReply,
    whyNoReply: mayReply ? null : !open ? "This space is resting, so replies are paused." : "Replies open once the post is shown in the space.",
  };
}

export interface ReplyCreated {
  id: string;
  status: "published" | "held_crisis";
  risk: RiskLevel;
}

/**
 * Replies to a published post. The post row is locked for the length of the
 * transaction, so a removal at the same moment comes first (and the reply is
 * refused) or waits; two replies at once both land, in commit order, and the
 * first human reply time is set once.
 */
export async function replyToPost(input: unknown): Promise<ReplyCreated> {
  const viewer = await requireViewer();
  const data = replySchema.parse(input);
  const { row } = await visiblePost(viewer, data.postId);
  const [pause] = await db()
    .select({ reason: spacePostingPauses.reason })
    .from(spacePostingPauses)
    .where(and(eq(spacePostingPauses.spaceId, row.spaceId), eq(spacePostingPauses.userId, viewer.id)));
  const may = canPostIn({ status: row.spaceStatus }, Boolean(pause));
  if (!may.ok) throw new ConflictError(may.why);
  const result = await transaction(async (tx) => {
    const [post] = await tx.select({ status: spacePosts.status, authorId: spacePosts.authorId }).from(spacePosts).where(eq(spacePosts.id, row.id)).for("update");
    if (!post || post.status !== "published") throw new ConflictError("This post isn't open for replies right now.");
    const risk = riskOf(data.body);
    const status = statusForNewReply(risk.level);
    const at = now();
    const sealed = seal(data.body, contexts.spaceReply(row.id));
    const [inserted] = await tx
      .insert(spaceReplies)
      .values({ postId: row.id, authorId: viewer.id, body: sealed.ciphertext, keyId: sealed.keyId, clientKey: data.clientKey, status, riskLevel: risk.level, riskCategory: risk.category, riskVersion: RISK_DETECTOR_VERSION, createdAt: at })
      .onConflictDoNothing({ target: [spaceReplies.postId, spaceReplies.authorId, spaceReplies.clientKey] })
      .returning({ id: spaceReplies.id });
    if (!inserted) {
      const [again] = await tx
        .select({ id: spaceReplies.id, status: spaceReplies.status, risk: spaceReplies.riskLevel })
        .from(spaceReplies)
        .where(and(eq(spaceReplies.postId, row.id), eq(spaceReplies.authorId, viewer.id), eq(spaceReplies.clientKey, data.clientKey)));
      return { id: again!.id, status: again!.status === "held_crisis" ? "held_crisis" : "published", risk: again!.risk, notifyWriter: null } as const;
    }
    if (risk.level !== "none") {
      await raiseSafetyItem({ level: risk.level, subjectId: viewer.id, targetKind: "space_reply", targetId: inserted.id, relationshipId: null, reasons: risk.reasons });
      if (risk.level === "concern") await escalateFor(viewer.id);
    }
    const fromSomeoneElse = post.authorId !== viewer.id;
    if (status === "published" && fromSomeoneElse) {
      await tx.update(spacePosts).set({ firstReplyAt: sql`coalesce(${spacePosts.firstReplyAt}, ${at.toISOString()}::timestamptz)` }).where(eq(spacePosts.id, row.id));
    }
    return { id: inserted.id, status, risk: risk.level, notifyWriter: status === "published" && fromSomeoneElse ? post.authorId : null } as const;
  });
  if (result.notifyWriter) {
    await notify({
      userId: result.notifyWriter,
      kind: "space-reply",
      dedupeKey: `space-reply:${result.id}`,
      title: "Someone answered your post",
      body: `There is a new reply to your post in ${row.spaceName}.`,
      href: `/spaces/${row.spaceSlug}/posts/${row.id}`,
    });
  }
  return { id: result.id, status: result.status, risk: result.risk };
}

/** The post's writer marks a reply "this helped" (or takes the mark back). */
export async function markHelped(input: unknown, helped = true) {
  const viewer = await requireViewer();
  const { replyId } = helpedSchema.parse(input);
  const updated = await db()
    .update(spaceReplies)
    .set({ helpedAt: helped ? now() : null })
    .where(
      and(
        eq(spaceReplies.id, replyId),
        eq(spaceReplies.status, "published"),
        sql`${spaceReplies.postId} in (select ${spacePosts.id} from ${spacePosts} where ${spacePosts.authorId} = ${viewer.id}::uuid)`,
      ),
    )
    .returning({ id: spaceReplies.id });
  if (updated.length === 0) throw new NotFoundError("We couldn't find that reply on one of your posts.");
}

/** A private signal to the writer; one per person per kind per post (pressing again takes it back). */
export async function toggleReaction(input: unknown): Promise<{ on: boolean }> {
  const viewer = await requireViewer();
  const { postId, kind } = reactSchema.parse(input);
  const { row, mine } = await visiblePost(viewer, postId);
  if (mine || row.status !== "published") throw new ConflictError("You can react to other people's posts once they are shown.");
  const inserted = await db().insert(spaceReactions).values({ postId: row.id, userId: viewer.id, kind, createdAt: now() }).onConflictDoNothing().returning({ kind: spaceReactions.kind });
  if (inserted.length) return { on: true };
  await db().delete(spaceReactions).where(and(eq(spaceReactions.postId, row.id), eq(spaceReactions.userId, viewer.id), eq(spaceReactions.kind, kind)));
  return { on: false };
}

/** The writer accepts a moderator's proposed edit: the edited words replace theirs and the post is shown. */
export async function acceptProposal(input: unknown) {
  const viewer = await requireViewer();
  const { postId } = postIdSchema.parse(input);
  await transaction(async (tx) => {
    const [post] = await tx
      .select({ id: spacePosts.id, proposal: spacePosts.proposal, proposalKeyId: spacePosts.proposalKeyId, status: spacePosts.status })
      .from(spacePosts)
      .where(and(eq(spacePosts.id, postId), eq(spacePosts.authorId, viewer.id)))
      .for("update");
    if (!post?.proposal || !post.proposalKeyId) throw new NotFoundError("There is no suggested edit waiting on that post.");
    const at = now();
    await tx
      .update(spacePosts)
      .set({ sealed: post.proposal, keyId: post.proposalKeyId, proposal: null, proposalKeyId: null, status: "published", publishedAt: at, decidedAt: at })
      .where(eq(spacePosts.id, post.id));
  });
}

export async function declineProposal(input: unknown) {
  const viewer = await requireViewer();
  const { postId } = postIdSchema.parse(input);
  await db()
    .update(spacePosts)
    .set({ proposal: null, proposalKeyId: null })
    .where(and(eq(spacePosts.id, postId), eq(spacePosts.authorId, viewer.id)));
}

/** For a report: the post or reply, only when the viewer can see it, and whose words they are. */
export async function spaceReportTarget(viewer: Viewer, kind: "space_post" | "space_reply", targetId: string) {
  if (kind === "space_post") {
    const { row } = await visiblePost(viewer, targetId).catch(() => ({ row: null }));
    if (!row || row.status !== "published" || !row.authorId) return null;
    return { subjectId: row.authorId, subjectName: labelFor(row) };
  }
  const [reply] = await db()
    .select({ postId: spaceReplies.postId, authorId: spaceReplies.authorId, status: spaceReplies.status, name: users.name })
    .from(spaceReplies)
    .innerJoin(users, eq(users.id, spaceReplies.authorId))
    .where(eq(spaceReplies.id, targetId));
  if (!reply?.authorId || reply.status !== "published") return null;
  const seen = await visiblePost(viewer, reply.postId).catch(() => null);
  if (!seen || (await isBlockedBetween(viewer.id, reply.authorId))) return null;
  return { subjectId: reply.authorId, subjectName: reply.name };
}

/** The crisis lines of the viewer's region (from their profile's time zone), or undefined when none matches. */
export async function myCrisisRegion() {
  const viewer = await requireViewer();
  const timezone = await timezoneOf(viewer.id);
  return (await crisisResourcesFor(timezone)).find((r) => r.matchesTimezone);
}
