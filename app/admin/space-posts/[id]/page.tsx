import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StaffPostActions } from "@/components/space/staff-post-actions";
import { postForStaff } from "@/lib/dal/space/moderation";
import { NotFoundError } from "@/lib/errors";
import { contentNoteLabels, wishLabels } from "@/lib/spaces/words";
import { SmallAction } from "@/components/space/small-action";
import { publishHeldReplyAction } from "@/lib/actions/staff/space-posts";

export const metadata: Metadata = { title: "Admin · Post in a space" };

const statusWords: Record<string, string> = {
  published: "Shown in the space",
  held_first_posts: "Waiting: one of the writer's first posts",
  held_space_review: "Waiting: the space is held for review",
  held_crisis: "Waiting: crisis words. Not shown in the space.",
  removed: "Taken down",
};

/** A post as a moderator works it. Opening this page is recorded in the audit log. */
export default async function StaffPostPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { post, history } = await postForStaff(id).catch((error: unknown) => {
    if (error instanceof NotFoundError || (error instanceof Error && error.name === "ZodError")) notFound();
    throw error;
  });
  const held = post.status === "held_crisis" || post.status === "held_space_review" || post.status === "held_first_posts";
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/queue" className="underline">
          Back to the queue
        </Link>
      </p>
      <h1 className="text-3xl font-bold">A post in {post.space.name}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">Status</dt>
        <dd>{statusWords[post.status]}</dd>
        <dt className="font-medium">Written by</dt>
        <dd>
          {post.writerForStaff ? post.writerForStaff.name : "a deleted account"}
          {post.authorName !== post.writerForStaff?.name ? ` (shown as “${post.authorName}”)` : ""}
        </dd>
        <dt className="font-medium">Asks for</dt>
        <dd>{wishLabels[post.wish].label}</dd>
        <dt className="font-medium">Content note</dt>
        <dd>{post.contentNote ? contentNoteLabels[post.contentNote] : "none"}</dd>
        <dt className="font-medium">Detector</dt>
        <dd>{post.risk}</dd>
        <dt className="font-medium">Removed here before</dt>
        <dd>
          {history.removals} {history.removals === 1 ? "time" : "times"}
          {history.paused ? ` · posting paused: “${history.paused}”` : ""}
        </dd>
      </dl>
      <article aria-labelledby="post-title" className="rounded-xl border border-line bg-surface p-4">
        <h2 id="post-title" className="text-xl font-semibold">
          {post.title}
        </h2>
        <p className="mt-2 whitespace-pre-line">{post.body}</p>
      </article>
      <StaffPostActions postId={post.id} held={held} removed={post.status === "removed"} title={post.title} body={post.body} />
      <section aria-labelledby="replies" className="flex flex-col gap-2">
        <h2 id="replies" className="text-xl font-semibold">
          Replies
        </h2>
        {post.replies.length === 0 ? <p className="text-muted">None.</p> : null}
        <ol className="flex flex-col gap-2">
          {post.replies.map((r) => (
            <li key={r.id} id={`reply-${r.id}`} className="rounded-lg border border-line bg-surface p-3">
              <p className="text-sm text-muted">
                {r.authorName} · {r.status}
              </p>
              <p className="whitespace-pre-line">{r.body}</p>
              {r.status === "held_crisis" ? <SmallAction action={publishHeldReplyAction} fields={{ replyId: r.id }} label="Show this reply" /> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
