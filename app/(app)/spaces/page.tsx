import type { Metadata } from "next";
import Link from "next/link";
import { HiddenNotesForm } from "@/components/space/hidden-notes-form";
import { SmallAction } from "@/components/space/small-action";
import { followAction } from "@/lib/actions/space/spaces";
import { listSpaces, myHiddenNotes } from "@/lib/dal/space/spaces";

export const metadata: Metadata = { title: "Spaces" };

/** Every space, with follow and unfollow, and the reader's own content-note filter. */
export default async function SpacesPage() {
  const [spaces, hidden] = await Promise.all([listSpaces(), myHiddenNotes()]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Spaces</h1>
        <p className="text-muted">
          A space is an open room for one topic. Say what you need, and steady people answer. There are no likes or follower counts here, and no
          private messages: if you&apos;d like someone alongside you, you can ask them through a request.
        </p>
        <p className="text-sm">
          <Link href="/spaces/waiting" className="underline">
            Posts waiting for a reply
          </Link>{" "}
          (for approved mentors)
        </p>
      </div>
      <ul className="flex flex-col gap-3">
        {spaces.map((s) => (
          <li key={s.id} className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-4 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <h2 className="text-lg font-semibold">
                <Link href={`/spaces/${s.slug}`} className="underline">
                  {s.name}
                </Link>
              </h2>
              {s.description ? <p className="text-sm text-muted">{s.description}</p> : null}
              {s.status !== "open" ? <p className="text-sm font-medium">{s.status === "paused" ? "Resting for now: you can read, not post." : "Closed: read only."}</p> : null}
            </div>
            <SmallAction action={followAction} fields={{ spaceId: s.id, follow: s.following ? "no" : "yes" }} label={s.following ? `Unfollow ${s.name}` : `Follow ${s.name}`} />
          </li>
        ))}
      </ul>
      <HiddenNotesForm hidden={hidden} />
    </div>
  );
}
