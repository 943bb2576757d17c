"use client";

import Link from "next/link";
import type { PostListItem } from "@/lib/spaces/post-list-item";
import { contentNoteLabels, wishLabels } from "@/lib/spaces/words";

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/**
 * Posts as a list. A post with a content note is folded in a <details>: the
 * reader sees the note and chooses to open it; this works without JavaScript
 * and a screen reader announces it as a collapsed group. No counts anywhere.
 *
 * A client leaf with no state: the page sends each post's values, not its
 * markup a second time in the payload beside the HTML (the same reason as
 * components/admin/health/health-charts.tsx).
 */
export function PostList({ posts, showSpace = false }: { posts: PostListItem[]; showSpace?: boolean }) {
  return (
    <ul className="flex flex-col gap-3">
      {posts.map((post) => (
        <li key={post.id} className="rounded-xl border border-line bg-surface p-4">
          {post.fold === "folded" && post.contentNote ? (
            <details>
              <summary className="min-h-11 cursor-pointer py-2 font-medium">
                Content note: {contentNoteLabels[post.contentNote]}. Open to read “{post.title}”
              </summary>
              <PostSummary post={post} showSpace={showSpace} />
            </details>
          ) : (
            <PostSummary post={post} showSpace={showSpace} />
          )}
        </li>
      ))}
    </ul>
  );
}

function PostSummary({ post, showSpace }: { post: PostListItem; showSpace: boolean }) {
  return (
    <article className="flex flex-col gap-1">
      <h3 className="text-lg font-semibold">
        <Link href={`/spaces/${post.spaceSlug}/posts/${post.id}`} className="underline">
          {post.title}
        </Link>
      </h3>
      <p className="text-sm text-muted">
        {post.authorName} · {showSpace ? `${post.spaceName} · ` : ""}
        <time dateTime={post.publishedAt.toISOString()}>{when.format(post.publishedAt)} UTC</time> · asks for: {wishLabels[post.wish].label.toLowerCase()}
        {post.contentNote ? ` · content note: ${contentNoteLabels[post.contentNote]}` : ""}
      </p>
      <p>{post.excerpt}</p>
    </article>
  );
}
