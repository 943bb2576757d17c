import { listUnrepairedRuptures } from "@/lib/dal/relationship/ruptures";
import { getSettings } from "@/lib/dal/staff/settings";

/**
 * For the moderators' queue: ruptures still open after 7 days, and those where
 * someone asked for help. Who and how long only: moderators never read the
 * notes, and the page says so, so nobody wonders.
 */
export async function UnrepairedRuptures() {
  const [items, { ruptureAlertDays }] = await Promise.all([listUnrepairedRuptures(), getSettings()]);
  return (
    <section aria-labelledby="unrepaired-ruptures" className="flex flex-col gap-3">
      <h2 id="unrepaired-ruptures" className="text-xl font-semibold">
        Ruptures unrepaired for {ruptureAlertDays} days
      </h2>
      <p className="text-sm text-muted">
        Also listed at once: any where someone asked a moderator to help. What the two people wrote stays between them; you see only who and
        for how long.
      </p>
      {items.length === 0 ? (
        <p>None right now.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {items.map((item) => (
            <li key={item.ruptureId} className="rounded-lg border border-line bg-surface p-3">
              <span className="font-medium">
                {item.names[0]} and {item.names[1]}
              </span>
              <span className="block text-sm">
                Open for {item.daysOpen === 1 ? "1 day" : `${item.daysOpen} days`}
                {item.helpRequested ? " · help requested" : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
