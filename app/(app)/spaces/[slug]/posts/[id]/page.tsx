import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CrisisLines } from "@/components/space/crisis-lines";
import { ProposalChoice } from "@/components/space/proposal-choice";
import { ReplyForm } from "@/components/space/reply-form";
import { SmallAction } from "@/components/space/small-action";
import { Notice } from "@/components/ui/notice";
import { helpedAction, reactAction } from "@/lib/actions/space/posts";
import { myCrisisRegion, openPostPage } from "@/lib/dal/space/posts";
import { NotFoundError } from "@/lib/errors";
import { contentNoteLabels, REACTIONS, reactionLabels, wishLabels } from "@/lib/spaces/words";

export const metadata: Metadata = { title: "Post" };

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/**
 * One post: the words (folded behind their content note for other readers),
 * replies in order, the reply box with the writer's wish beside it, private
 * reactions, and "this helped" for the writer. A held post is shown only to
 * its writer (with why it waits) and to moderators; anyone else gets 404.
 */
export default async function PostPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { id } = await params;
  const [post, region] = await Promise.all([
    openPostPage(id).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    myCrisisRegion(),
  ]);
  const words = (
    <div className="flex flex-col gap-2">
      <p className="whitespace-pre-line">{post.body}</p>
    </div>
  );
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href={`/spaces/${post.space.slug}`} className="underline">
          Back to {post.space.name}
        </Link>
      </p>
      {post.mine && post.status === "held_crisis" ? <CrisisLines level="crisis" region={region} held /> : null}
      {post.mine && post.why && post.status !== "held_crisis" ? <Notice title="Waiting for a moderator">{post.why}</Notice> : null}
      {post.mine && post.status === "removed" ? (
        <Notice title="A moderator took this post down">
          The guideline it didn&apos;t fit: “{post.moderatorNote ?? "see your notifications"}”. Your words are below, so you can{" "}
          <Link href={`/spaces/${post.space.slug}/new`} className="underline">
            write it again in a way that fits
          </Link>
          . If you think this was wrong, you can appeal once from the note in your{" "}
          <Link href="/notifications" className="underline">
            notifications
          </Link>
          .
        </Notice>
      ) : null}
      {post.mine && post.proposal ? <ProposalChoice postId={post.id} proposal={post.proposal} /> : null}
      {post.mine && post.status === "published" && post.risk === "concern" ? <CrisisLines level="concern" region={region} /> : null}
      <article aria-labelledby="post-title" className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4">
        <h1 id="post-title" className="text-2xl font-bold">
          {post.title}
        </h1>
        <p className="text-sm text-muted">
          {post.authorName}
          {post.writerForStaff ? ` (written by ${post.writerForStaff.name}; only moderators see this)` : ""} ·{" "}
          <time dateTime={(post.publishedAt ?? post.createdAt).toISOString()}>{when.format(post.publishedAt ?? post.createdAt)} UTC</time> · asks for:{" "}
          {wishLabels[post.wish].label.toLowerCase()}
        </p>
        {post.contentNote && !post.mine ? (
          <details>
            <summary className="min-h-11 cursor-pointer py-2 font-medium">Content note: {contentNoteLabels[post.contentNote]}. Open to read</summary>
            {words}
          </details>
        ) : (
          words
        )}
        {!post.mine && post.status === "published" ? (
          <div className="flex flex-col gap-2 border-t border-line pt-3">
            <p className="text-sm text-muted">A quiet signal, seen only by the writer:</p>
            <div className="flex flex-wrap gap-2">
              {REACTIONS.map((kind) => (
                <SmallAction key={kind} action={reactAction} fields={{ postId: post.id, kind }} label={reactionLabels[kind].button} pressed={post.myReactions.includes(kind)} />
              ))}
            </div>
          </div>
        ) : null}
        {post.reactionsForWriter ? (
          <p className="border-t border-line pt-3 text-sm">
            Only you see this:{" "}
            {REACTIONS.filter((k) => post.reactionsForWriter![k] > 0).length
              ? REACTIONS.filter((k) => post.reactionsForWriter![k] > 0)
                  .map((k) => `${post.reactionsForWriter![k] === 1 ? "someone" : `${post.reactionsForWriter![k]} people`} ${reactionLabels[k].toWriter}`)
                  .join("; ")
              : "no quiet signals yet."}
          </p>
        ) : null}
        {!post.mine && post.status === "published" ? (
          <p className="text-sm">
            <Link href={`/reports/new?kind=space_post&id=${post.id}`} className="underline">
              Report this post
            </Link>
          </p>
        ) : null}
      </article>

      <section aria-labelledby="replies" className="flex flex-col gap-3">
        <h2 id="replies" className="text-xl font-semibold">
          Replies
        </h2>
        {post.replies.length === 0 ? <p className="text-muted">No replies yet.</p> : null}
        <ol className="flex flex-col gap-3">
          {post.replies.map((r) => (
            <li key={r.id} className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-4">
              <p className="text-sm text-muted">
                {r.authorName} · <time dateTime={r.createdAt.toISOString()}>{when.format(r.createdAt)} UTC</time>
                {r.helped ? <strong className="text-ink"> · The writer said this helped</strong> : null}
              </p>
              {r.status === "held_crisis" ? <p className="text-sm font-medium">Only you and the moderators see this reply for now.</p> : null}
              {r.status === "removed" ? <p className="text-sm font-medium">A moderator took this reply down: “{r.moderatorNote}”.</p> : null}
              <p className="whitespace-pre-line">{r.body}</p>
              {r.offers.mentoring || r.offers.friendship ? (
                <p className="text-sm">
                  {r.authorName} {r.offers.mentoring && r.offers.friendship ? "volunteers as a mentor and is open to peer friendship" : r.offers.mentoring ? "volunteers as a mentor" : "is open to peer friendship"}.{" "}
                  <Link href="/suggestions" className="underline">
                    Ask through a request
                  </Link>
                </p>
              ) : null}
              <div className="flex flex-wrap gap-3">
                {post.mine && !r.mine && r.status === "published" ? (
                  <SmallAction action={helpedAction} fields={{ replyId: r.id, helped: r.helped ? "no" : "yes" }} label={r.helped ? "Take back “this helped”" : "This helped"} />
                ) : null}
                {!r.mine && r.status === "published" ? (
                  <Link href={`/reports/new?kind=space_reply&id=${r.id}`} className="text-sm underline">
                    Report this reply
                  </Link>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      </section>
      {post.mayReply ? (
        <ReplyForm postId={post.id} wish={post.wish} writerName={post.authorName} region={region} firstKey={randomUUID()} />
      ) : post.whyNoReply && post.status === "published" ? (
        <Notice>{post.whyNoReply}</Notice>
      ) : null}
    </div>
  );
}
