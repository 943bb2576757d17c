import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PostList } from "@/components/space/post-list";
import { SmallAction } from "@/components/space/small-action";
import { buttonClass } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { followAction } from "@/lib/actions/space/spaces";
import { openSpace } from "@/lib/dal/space/spaces";
import { NotFoundError } from "@/lib/errors";

export const metadata: Metadata = { title: "Space" };

/** One space: its guideline, the viewer's own waiting posts, and posts newest first (keyset pages). */
export default async function SpacePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ after?: string }> }) {
  const { slug } = await params;
  const { after } = await searchParams;
  const page = await openSpace(slug, after).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { space } = page;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/spaces" className="underline">
          All spaces
        </Link>
      </p>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{space.name}</h1>
        {space.description ? <p className="text-muted">{space.description}</p> : null}
      </div>
      <section aria-labelledby="guideline" className="rounded-xl border border-line bg-surface p-4">
        <h2 id="guideline" className="font-semibold">
          How we are with each other here
        </h2>
        <p className="mt-1 whitespace-pre-line">{space.guideline}</p>
        {space.heldForReview ? <p className="mt-2 text-sm">A moderator reads every post in this space before it is shown.</p> : null}
      </section>
      <div className="flex flex-wrap items-start gap-3">
        {space.status === "open" && !space.postingPaused ? (
          <Link href={`/spaces/${space.slug}/new`} className={buttonClass("primary")}>
            Write a post
          </Link>
        ) : null}
        <SmallAction action={followAction} fields={{ spaceId: space.id, follow: space.following ? "no" : "yes" }} label={space.following ? "Unfollow this space" : "Follow this space"} />
      </div>
      {space.status !== "open" ? (
        <Notice>{space.status === "paused" ? "This space is resting for a while: you can read, but not post or reply." : "This space has closed. Its posts stay here to read."}</Notice>
      ) : null}
      {space.postingPaused ? <Notice title="Your posting here is paused">A moderator paused it: “{space.postingPaused}”. You can still read, and you can appeal from your notifications.</Notice> : null}
      {page.mineWaiting.length ? (
        <section aria-labelledby="mine-waiting" className="flex flex-col gap-2">
          <h2 id="mine-waiting" className="text-xl font-semibold">
            Your posts not shown yet
          </h2>
          <ul className="flex flex-col gap-2">
            {page.mineWaiting.map((w) => (
              <li key={w.id} className="rounded-lg border border-line bg-surface p-3">
                <Link href={`/spaces/${space.slug}/posts/${w.id}`} className="font-medium underline">
                  {w.title}
                </Link>
                <p className="text-sm">{w.why}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="posts" className="flex flex-col gap-3">
        <h2 id="posts" className="text-xl font-semibold">
          {after ? "Earlier posts" : "Latest posts"}
        </h2>
        {page.posts.length ? <PostList posts={page.posts} /> : <p className="text-muted">No posts here yet. Yours could be the first.</p>}
        <nav aria-label="More posts" className="flex gap-4">
          {after ? (
            <Link href={`/spaces/${space.slug}`} className="underline">
              Back to the latest
            </Link>
          ) : null}
          {page.next ? (
            <Link href={`/spaces/${space.slug}?after=${encodeURIComponent(page.next)}`} className="underline">
              Earlier posts
            </Link>
          ) : null}
        </nav>
      </section>
    </div>
  );
}
