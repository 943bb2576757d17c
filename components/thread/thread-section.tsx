import type { RelationshipAccess } from "@/lib/dal/relationship/access";
import { openThread } from "@/lib/dal/relationship/thread";
import { crisisResourcesFor } from "@/lib/dal/safety/crisis-resources";
import { ThreadLive } from "./thread-live";

/**
 * The thread of the relationship page: messages between the two people,
 * newest last, live. Opening it moves the viewer's read mark. The DAL checks
 * again that the viewer is one of the two; the archive of an ended
 * relationship is shown without a composer.
 */
export async function ThreadSection({ access }: { access: RelationshipAccess }) {
  const opened = await openThread(access.id);
  // The admins' list (or the built-in one); only a region that matches the person's zone is named in place.
  const region = (await crisisResourcesFor(opened.timezone)).find((r) => r.matchesTimezone);
  return (
    <section aria-labelledby="thread-heading" className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4 sm:p-5">
      <div>
        <h2 id="thread-heading" className="text-xl font-semibold">
          Messages
        </h2>
        <p className="text-sm text-muted">Only you and {access.otherName} can read these. They are stored encrypted.</p>
      </div>
      <ThreadLive relationshipId={access.id} otherName={access.otherName} opened={opened} region={region} />
    </section>
  );
}
