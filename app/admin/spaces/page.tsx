import type { Metadata } from "next";
import { SpaceAdminForm } from "@/components/space/space-admin-form";
import { SmallAction } from "@/components/space/small-action";
import { openSpaceAction } from "@/lib/actions/staff/spaces";
import { listSpacesForAdmin } from "@/lib/dal/space/admin";

export const metadata: Metadata = { title: "Admin · Spaces" };

/** Admins open a space for a topic, describe it, write its guideline, hold it for review, pause or retire it. */
export default async function AdminSpacesPage() {
  const { spaces, topicsWithoutSpace } = await listSpacesForAdmin();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Spaces</h1>
      <p className="text-muted">One space per topic. Pausing stops new posts and replies; retiring closes the space and keeps every post readable.</p>
      {topicsWithoutSpace.length ? (
        <section aria-labelledby="no-space" className="flex flex-col gap-2">
          <h2 id="no-space" className="text-xl font-semibold">
            Topics without a space
          </h2>
          <ul className="flex flex-col gap-2">
            {topicsWithoutSpace.map((t) => (
              <li key={t.id} className="flex items-center justify-between gap-2 rounded-lg border border-line bg-surface p-3">
                <span>{t.name}</span>
                <SmallAction action={openSpaceAction} fields={{ topicId: t.id }} label={`Open a space for ${t.name}`} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ul className="flex flex-col gap-4">
        {spaces.map((s) => (
          <li key={s.id}>
            <SpaceAdminForm space={s} />
          </li>
        ))}
      </ul>
    </div>
  );
}
