import type { Metadata } from "next";
import { listCrisisResources } from "@/lib/dal/safety/crisis-resources";

export const metadata: Metadata = { title: "Get help now" };

// Rendered per request, never at build time: admins' changes show at once, and a build never opens the database.
export const dynamic = "force-dynamic";

/** Crisis lines by region, as admins keep them (the built-in list when none are stored). Open to everyone. */
export default async function GetHelpPage() {
  const regions = await listCrisisResources();
  return (
    <article className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Get help now</h1>
      <div className="rounded-xl border-2 border-help bg-help-soft p-5">
        <p className="text-lg font-semibold">If you are in immediate danger, call your local emergency number now.</p>
        <p className="mt-2">
          You matter, and you don&apos;t have to get through this alone. The people below are trained for moments like
          this one and are there day and night.
        </p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2">
        {regions.map((region) => (
          <li key={region.region} className="rounded-xl border border-line bg-surface p-4">
            <h2 className="text-lg font-semibold">{region.region}</h2>
            <p className="mt-1">
              Emergency: <strong>{region.emergency}</strong>
            </p>
            {region.lines.map((line) => (
              <p key={line.name} className="mt-1">
                {line.name}:{" "}
                {line.href ? (
                  <a href={line.href} className="font-semibold underline">
                    {line.contact}
                  </a>
                ) : (
                  <strong>{line.contact}</strong>
                )}
                {line.note ? <span className="text-muted"> ({line.note})</span> : null}
              </p>
            ))}
          </li>
        ))}
      </ul>
      <p className="text-muted">
        Elsewhere in the world, your local emergency number works, and international directories of crisis lines can
        point you to one near you. Alongside is peer support, not a crisis service; you can use both.
      </p>
    </article>
  );
}
