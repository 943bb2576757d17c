import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { spacePosts, spaceReplies } from "@/db/schema";
import { now } from "@/lib/clock";

/**
 * Removing and restoring posts and replies in spaces, for the shared
 * moderation path (lib/dal/staff/decisions.ts removes, lib/dal/safety/appeals.ts
 * restores when an appeal is upheld). A leaf: it imports no other DAL module,
 * so moderation can call it without an import cycle. The words stay sealed,
 * for the record and the appeal; the writer sees the reason on their post.
 */

/** Returns whether something was removed (false: already removed, or not this author's). */
export async function removeSpaceContent(kind: "space_post" | "space_reply", id: string, authorId: string, actorId: string, reason: string) {
  const at = now();
  const table = kind === "space_post" ? spacePosts : spaceReplies;
  const removed = await db()
    .update(table)
    .set({ status: "removed", moderatorNote: reason, ...(kind === "space_post" ? { decidedById: actorId, decidedAt: at } : {}) })
    .where(and(eq(table.id, id), eq(table.authorId, authorId), ne(table.status, "removed")))
    .returning({ id: table.id });
  return removed.length > 0;
}

/** An appeal upheld: the post or reply is shown again, as it was. */
export async function restoreSpaceContent(kind: "space_post" | "space_reply", id: string) {
  const at = now();
  if (kind === "space_post") {
    await db().update(spacePosts).set({ status: "published", moderatorNote: null, publishedAt: at }).where(and(eq(spacePosts.id, id), eq(spacePosts.status, "removed")));
  } else {
    await db().update(spaceReplies).set({ status: "published", moderatorNote: null }).where(and(eq(spaceReplies.id, id), eq(spaceReplies.status, "removed")));
  }
}

/** Whether a post or reply is removed (the queue then offers removal no more). */
export async function isSpaceContentRemoved(kind: "space_post" | "space_reply", id: string) {
  const table = kind === "space_post" ? spacePosts : spaceReplies;
  const [row] = await db().select({ status: table.status }).from(table).where(eq(table.id, id));
  return row?.status === "removed";
}
