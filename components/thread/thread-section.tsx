import type { RelationshipAccess } from "@/lib/dal/relationship/access";
import { openThread, type OpenedThread } from "@/lib/dal/relationship/thread";
import { crisisResourcesFor } from "@/lib/dal/safety/crisis-resources";
import { ThreadFrame } from "./thread-frame";
import { ThreadLive } from "./thread-live";

/**
 * The thread of the relationship page: messages between the two people,
 * newest last, live. Opening it moves the viewer's read mark. The DAL checks
 * again that the viewer is one of the two; the archive of an ended
 * relationship is shown without a composer.
 */
export async function ThreadSection({ access, opened: reading }: { access: RelationshipAccess; opened?: Promise<OpenedThread> }) {
  // The page starts the read itself when it needs what was shown (what the viewer has now seen).
  const opened = await (reading ?? openThread(access.id));
  // The admins' list (or the built-in one); only a region that matches the person's zone is named in place.
  const region = (await crisisResourcesFor(opened.timezone)).find((r) => r.matchesTimezone);
  return (
    // The window's height, less the page above it: the messages scroll inside, the composer stays at the bottom.
    <ThreadFrame className="flex h-[calc(100dvh-1rem)] max-h-[56rem] min-h-[26rem] min-w-0 flex-col gap-3 overflow-y-auto rounded-xl border border-line bg-surface p-3 sm:p-4 lg:h-[calc(100dvh-16rem)] lg:min-h-[26rem]">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id="thread-heading" className="text-lg font-semibold">
          Messages
        </h2>
        <p className="text-xs text-muted">Only you and {access.otherName} can read these. They are stored encrypted.</p>
      </div>
      <ThreadLive relationshipId={access.id} otherName={access.otherName} opened={opened} region={region} />
    </ThreadFrame>
  );
}
