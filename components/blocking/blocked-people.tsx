import { listMyBlocks } from "@/lib/dal/safety/blocks";
import { UnblockForm } from "./unblock-form";

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The account page's list of people the viewer blocked, each with "Unblock". */
export async function BlockedPeople() {
  const people = await listMyBlocks();
  return (
    <section aria-labelledby="blocked" className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-5">
      <h2 id="blocked" className="text-xl font-semibold">
        People you blocked
      </h2>
      {people.length === 0 ? (
        <p className="text-muted">Nobody. If someone ever makes you uncomfortable, you can block them from their card or your thread.</p>
      ) : (
        <>
          <p className="text-muted">You and they can&apos;t see or find each other. Unblocking doesn&apos;t reopen a relationship that closed.</p>
          <ul className="flex flex-col gap-3">
            {people.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <span className="font-medium">{p.name}</span> <span className="text-sm text-muted">· since {dayFormat.format(p.blockedAt)}</span>
                </span>
                <UnblockForm personId={p.id} name={p.name} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
