import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { waitingForReply } from "@/lib/dal/space/moderation";
import { NotFoundError } from "@/lib/errors";
import { contentNoteLabels, type ContentNoteValue, wishLabels } from "@/lib/spaces/words";

export const metadata: Metadata = { title: "Waiting for a reply" };

/** Posts nobody has answered yet, for approved mentors: the most at risk first, then the oldest. */
export default async function WaitingPage() {
  const { items, afterHours } = await waitingForReply().catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Waiting for a reply</h1>
      <p className="text-muted">
        These posts have had no reply for {afterHours} hours or more. Answer what the writer asked for; one steady reply is enough.
      </p>
      {items.length === 0 ? <p>Nobody is waiting right now. Thank you for looking.</p> : null}
      <ul className="flex flex-col gap-3">
        {items.map((p) => (
          <li key={p.id} className="rounded-xl border border-line bg-surface p-4">
            <h2 className="text-lg font-semibold">
              <Link href={`/spaces/${p.spaceSlug}/posts/${p.id}`} className="underline">
                {p.title}
              </Link>
            </h2>
            <p className="text-sm text-muted">
              {p.authorName} · {p.spaceName} · asks for: {wishLabels[p.wish].label.toLowerCase()}
              {p.contentNote ? ` · content note: ${contentNoteLabels[p.contentNote as ContentNoteValue]}` : ""}
              {p.riskLevel !== "none" ? " · may be having a hard time" : ""}
            </p>
            {p.contentNote ? null : <p>{p.excerpt}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
