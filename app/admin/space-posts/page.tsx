import type { Metadata } from "next";
import Link from "next/link";
import { heldPostsForStaff } from "@/lib/dal/space/moderation";
import { heldLabels } from "@/lib/spaces/words";

export const metadata: Metadata = { title: "Admin · Posts held in spaces" };


/** Every post waiting for a moderator, crisis first. */
export default async function HeldPostsPage() {
  const { posts, total } = await heldPostsForStaff(200);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">Posts held in spaces</h1>
      <p className="text-muted">{total === 0 ? "Nothing is waiting." : `${total} waiting. Crisis posts first, then the oldest.`}</p>
      <ul className="flex flex-col gap-2">
        {posts.map((p) => (
          <li key={p.id} className="rounded-lg border border-line bg-surface p-3">
            <Link href={`/admin/space-posts/${p.id}`} className="font-medium underline">
              {heldLabels[p.status]}: a post in {p.spaceName} by {p.writerName ?? "a deleted account"}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
