import Link from "next/link";
import { Avatar } from "@/components/avatar";
import { UnreadBadge } from "@/components/thread/unread-badge";
import { countRequestsWaitingForMe } from "@/lib/dal/matching/requests";
import { unreadCounts } from "@/lib/dal/relationship/thread";
import { listMyRelationships } from "@/lib/dal/relationship/lifecycle";

/** The people the viewer is walking alongside, and any request waiting for their answer. */
export async function PeopleCard() {
  const [relationships, waiting] = await Promise.all([listMyRelationships(), countRequestsWaitingForMe()]);
  const active = relationships.filter((r) => r.status === "active");
  if (active.length === 0 && waiting === 0) return null;
  const unread = await unreadCounts(active.map((r) => r.id));
  return (
    <section aria-labelledby="people" className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5">
      <h2 id="people" className="text-xl font-semibold">
        Your people
      </h2>
      {waiting > 0 ? (
        <p>
          <Link href="/requests" className="font-semibold underline">
            {waiting === 1 ? "1 request is" : `${waiting} requests are`} waiting for your answer
          </Link>
        </p>
      ) : null}
      {active.length > 0 ? (
        <ul className="flex flex-col gap-2">
          {active.map((r) => (
            <li key={r.id} className="flex items-center gap-3">
              <Avatar name={r.otherName} size="sm" />
              <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span>
                  <Link href={`/relationships/${r.id}`} className="font-medium underline">
                    {r.otherName}
                  </Link>{" "}
                  <span className="text-muted">— {r.otherRole}</span>
                </span>
                <UnreadBadge count={unread[r.id]} />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link href="/relationships" className="underline">
          All your people
        </Link>
      </p>
    </section>
  );
}
