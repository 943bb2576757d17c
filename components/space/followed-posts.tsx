import Link from "next/link";
import { followedFeed } from "@/lib/dal/space/spaces";
import { PostList } from "./post-list";

/** Home page: new posts in the spaces the person follows. */
export async function FollowedPosts() {
  const posts = await followedFeed(6);
  return (
    <section aria-labelledby="followed-posts" className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5">
      <h2 id="followed-posts" className="text-xl font-semibold">
        New in your spaces
      </h2>
      {posts.length ? (
        <PostList posts={posts} showSpace />
      ) : (
        <p className="text-muted">
          Nothing new yet.{" "}
          <Link href="/spaces" className="underline">
            Find a space to follow
          </Link>
          .
        </p>
      )}
    </section>
  );
}
