import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { spaceFollows, spaceHiddenNotes, spacePosts, spaceReactions, spaceReplies, spaces } from "@/db/schema";
import { contexts, unseal } from "@/lib/privacy/encryption";
import { requireViewer } from "@/lib/dal/account/viewer";
import { openPost } from "./shared";

/** The viewer's own words and choices in spaces, opened, for "download my data". */
export async function exportMySpaces() {
  const viewer = await requireViewer();
  const posts = await db()
    .select({
      id: spacePosts.id,
      space: spaces.slug,
      sealed: spacePosts.sealed,
      keyId: spacePosts.keyId,
      pseudonym: spacePosts.pseudonym,
      wish: spacePosts.wish,
      contentNote: spacePosts.contentNote,
      status: spacePosts.status,
      createdAt: spacePosts.createdAt,
      publishedAt: spacePosts.publishedAt,
    })
    .from(spacePosts)
    .innerJoin(spaces, eq(spaces.id, spacePosts.spaceId))
    .where(eq(spacePosts.authorId, viewer.id))
    .orderBy(asc(spacePosts.createdAt));
  const replies = await db()
    .select({ id: spaceReplies.id, postId: spaceReplies.postId, body: spaceReplies.body, keyId: spaceReplies.keyId, status: spaceReplies.status, createdAt: spaceReplies.createdAt })
    .from(spaceReplies)
    .where(eq(spaceReplies.authorId, viewer.id))
    .orderBy(asc(spaceReplies.createdAt));
  const [follows, hidden, reactions] = await Promise.all([
    db().select({ space: spaces.slug, since: spaceFollows.createdAt }).from(spaceFollows).innerJoin(spaces, eq(spaces.id, spaceFollows.spaceId)).where(eq(spaceFollows.userId, viewer.id)),
    db().select({ note: spaceHiddenNotes.note }).from(spaceHiddenNotes).where(eq(spaceHiddenNotes.userId, viewer.id)),
    db().select({ postId: spaceReactions.postId, kind: spaceReactions.kind, at: spaceReactions.createdAt }).from(spaceReactions).where(eq(spaceReactions.userId, viewer.id)),
  ]);
  return {
    posts: posts.map(({ sealed, keyId, ...p }) => ({ ...p, ...openPost({ id: p.id, sealed, keyId }) })),
    replies: replies.map(({ body, keyId, ...r }) => {
      let text: string | null = null;
      try {
        text = unseal({ ciphertext: body, keyId }, contexts.spaceReply(r.postId));
      } catch {
        text = null;
      }
      return { ...r, text };
    }),
    follows,
    hiddenContentNotes: hidden.map((h) => h.note),
    reactionsYouSent: reactions,
  };
}

/**
 * Account deletion: posts and replies stay (so conversations keep their
 * shape) but show as "a former member" — the account row is a tombstone —
 * and any pseudonym is cleared; follows, filters, reactions and pauses go.
 * If the person asks, their posts and replies are taken down as well (kept
 * sealed like any removed words, shown to nobody).
 */
export async function forgetSpacesOf(userId: string, { removeWords = false }: { removeWords?: boolean } = {}) {
  await db().update(spacePosts).set({ pseudonym: null }).where(eq(spacePosts.authorId, userId));
  if (removeWords) {
    const note = "The writer took this down when they left Alongside.";
    await db().update(spacePosts).set({ status: "removed", moderatorNote: note }).where(eq(spacePosts.authorId, userId));
    await db().update(spaceReplies).set({ status: "removed" }).where(eq(spaceReplies.authorId, userId));
  }
  await db().delete(spaceFollows).where(eq(spaceFollows.userId, userId));
  await db().delete(spaceHiddenNotes).where(eq(spaceHiddenNotes.userId, userId));
  await db().delete(spaceReactions).where(eq(spaceReactions.userId, userId));
}
