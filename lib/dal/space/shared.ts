import "server-only";
import { type Placeholder, type SQL, sql } from "drizzle-orm";
import { blocks, spaceHiddenNotes, spacePosts, users } from "@/db/schema";
import { contexts, unsealJson } from "@/lib/privacy/encryption";
import { authorLabel } from "@/lib/spaces/rules";
import { log } from "@/lib/log";

/** Pieces shared by the space modules: what a reader may see, and opening sealed words. */

/** SQL: a published post the viewer may see in a list (no block either way, not a note they hide). The viewer may be a placeholder, for a prepared query. */
export function visibleToReader(viewerId: string | Placeholder): SQL {
  // The blocked people and hidden notes are read once (an init plan) and tested per row, so the page
  // query walks space_posts_space_page_idx in order and stops after a page, instead of anti-joining
  // every post in the space and sorting (measured: 375 ms → a few ms at 100k posts; docs/benchmarks.md).
  return sql`${spacePosts.status} = 'published'
    and (${spacePosts.authorId} is null or ${spacePosts.authorId} <> all(array(${blockedBy(viewerId)})))
    and (${spacePosts.contentNote} is null or ${spacePosts.authorId} = ${viewerId}::uuid or ${spacePosts.contentNote} <> all(array(
      select ${spaceHiddenNotes.note} from ${spaceHiddenNotes} where ${spaceHiddenNotes.userId} = ${viewerId}::uuid)))`;
}

/** SQL: the ids of everyone with a block between them and the viewer, whichever of the two made it. */
export function blockedBy(viewerId: string | Placeholder): SQL {
  return sql`select case when ${blocks.pairLow} = ${viewerId}::uuid then ${blocks.pairHigh} else ${blocks.pairLow} end from ${blocks}
    where ${blocks.pairLow} = ${viewerId}::uuid or ${blocks.pairHigh} = ${viewerId}::uuid`;
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
    log.error("spaces.post_unreadable", error, { postId: row.id });
    return { title: "(These words can't be opened right now)", body: "", unreadable: true };
  }
}

export function excerpt(body: string, max = 220) {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
