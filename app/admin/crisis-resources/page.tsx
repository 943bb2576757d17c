import type { Metadata } from "next";
import { AddCrisisRegionForm, EditCrisisRegionForm, ImportCrisisRegionsForm, RemoveCrisisRegionForm } from "@/components/admin/crisis/crisis-forms";
import { RegionSummary } from "@/components/admin/crisis/region-card";
import { Notice } from "@/components/ui/notice";
import { listCrisisResourcesForAdmin } from "@/lib/dal/safety/crisis-resources";

export const metadata: Metadata = { title: "Admin · Crisis resources" };

/** Admins keep the crisis lines people are shown, region by region. */
export default async function CrisisResourcesPage() {
  const { stored, builtIn } = await listCrisisResourcesForAdmin();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Crisis resources</h1>
      <p className="text-muted">
        These are shown on the help page and whenever someone writes crisis language. The region whose timezones match
        the person&apos;s comes first; the others follow in the order below. Check numbers against each line&apos;s own
        website before saving.
      </p>
      {stored.length === 0 ? (
        <section aria-labelledby="built-in" className="flex flex-col gap-4">
          <Notice title="People see the built-in list">
            No regions are stored yet, so everyone sees the list that ships with Alongside. Copy it here to change it.
            If every stored region is removed later, the built-in list comes back.
          </Notice>
          <ImportCrisisRegionsForm />
          <h2 id="built-in" className="text-xl font-semibold">
            The built-in list
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2">
            {builtIn.map((region) => (
              <li key={region.region} className="rounded-xl border border-line bg-surface p-4">
                <h3 className="text-lg font-semibold">{region.region}</h3>
                <RegionSummary region={region} />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <>
          <AddCrisisRegionForm />
          <section aria-labelledby="regions" className="flex flex-col gap-3">
            <h2 id="regions" className="text-xl font-semibold">
              {stored.length === 1 ? "1 region" : `${stored.length} regions`}
            </h2>
            <ul className="flex flex-col gap-4">
              {stored.map((region) => (
                <li key={region.id} className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-4">
                  <h3 className="text-lg font-semibold">
                    <span className="mr-2 text-sm font-normal text-muted">{region.order}.</span>
                    {region.region}
                  </h3>
                  <RegionSummary region={region} />
                  <div className="flex flex-col gap-1">
                    <EditCrisisRegionForm region={{ ...region, id: region.id! }} />
                    <RemoveCrisisRegionForm id={region.id!} region={region.region} />
                  </div>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
