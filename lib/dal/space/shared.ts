import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { spaceHiddenNotes, spacePosts, users } from "@/db/schema";
import { contexts, unsealJson } from "@/lib/privacy/encryption";
import { blockBetween } from "@/lib/dal/safety/block-filters";
import { authorLabel } from "@/lib/spaces/rules";

/** Pieces shared by the space modules: what a reader may see, and opening sealed words. */

/** SQL: a published post the viewer may see in a list (no block either way, not a note they hide). */
export function visibleToReader(viewerId: string): SQL {
  return sql`${spacePosts.status} = 'published'
    and (${spacePosts.authorId} is null or not ${blockBetween(spacePosts.authorId, viewerId)})
    and (${spacePosts.contentNote} is null or ${spacePosts.authorId} = ${viewerId}::uuid or not exists (
      select 1 from ${spaceHiddenNotes} where ${spaceHiddenNotes.userId} = ${viewerId}::uuid and ${spaceHiddenNotes.note} = ${spacePosts.contentNote}))`;
}

/** Name shown for a writer: their pseudonym, their name, or "a former member" once the account is gone. */
export const authorNameSql = sql<string | null>`(select case when ${users.status} = 'deleted' then null else ${users.name} end from ${users} where ${users.id} = ${spacePosts.authorId})`;

export function labelFor(row: { pseudonym: string | null; authorName: string | null }) {
  return authorLabel({ authorGone: row.authorName === null, pseudonym: row.pseudonym, name: row.authorName });
}

export interface PostWords {
  title: string;
  body: string;
}

/** Opens a post's words; unreadable ones (a lost key) say so rather than break the page. */
export function openPost(row: { id: string; sealed: string; keyId: string }): PostWords & { unreadable?: true } {
  try {
    return unsealJson<PostWords>({ ciphertext: row.sealed, keyId: row.keyId }, contexts.spacePost(row.id));
  } catch (error) {
    console.error(`[spaces] post ${row.id} could not be opened:`, error instanceof Error ? error.message : "unknown");
    return { title: "(These words can't be opened right now)", body: "", unreadable: true };
  }
}

export function excerpt(body: string, max = 220) {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
