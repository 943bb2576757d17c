import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PostForm } from "@/components/space/post-form";
import { Notice } from "@/components/ui/notice";
import { requireViewer } from "@/lib/dal/account/viewer";
import { myCrisisRegion } from "@/lib/dal/space/posts";
import { getSpace } from "@/lib/dal/space/spaces";
import { NotFoundError } from "@/lib/errors";

export const metadata: Metadata = { title: "Write a post" };

export default async function NewPostPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const viewer = await requireViewer();
  const [space, region] = await Promise.all([
    getSpace(slug).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    myCrisisRegion(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href={`/spaces/${space.slug}`} className="underline">
          Back to {space.name}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Write in {space.name}</h1>
      {space.status !== "open" || space.postingPaused ? (
        <Notice>{space.postingPaused ? `A moderator paused your posting here: “${space.postingPaused}”.` : "This space isn't taking new posts right now."}</Notice>
      ) : (
        <>
          <p className="text-muted">
            Take a moment before you post: say what you need, and how much you want to share. Alongside is peer support, not therapy and not a crisis
            service.
          </p>
          <PostForm space={space.slug} spaceName={space.name} userName={viewer.name} region={region} clientKey={randomUUID()} />
        </>
      )}
    </div>
  );
}
