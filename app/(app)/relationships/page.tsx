import type { Metadata } from "next";
import Link from "next/link";
import { Avatar } from "@/components/avatar";
import { EndRelationshipForm } from "@/components/matching/end-relationship-form";
import { UnreadBadge } from "@/components/thread/unread-badge";
import { Notice } from "@/components/ui/notice";
import { requireViewer } from "@/lib/dal/account/viewer";
import { unreadCounts } from "@/lib/dal/relationship/thread";
import { listMyRelationships } from "@/lib/dal/relationship/lifecycle";

export const metadata: Metadata = { title: "Your people" };

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });

/** What the person is told after closing or blocking from elsewhere (the actions send them here). */
const afterNotices = {
  ended: { title: "Thank you", text: "The relationship is closed, with nobody at fault. Thank you for the time and care you gave." },
  blocked: { title: "Done", text: "You won't see each other anywhere on Alongside. You can undo this on your Account page." },
} as const;

export default async function RelationshipsPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const { after } = await searchParams;
  const afterNotice = after === "ended" || after === "blocked" ? afterNotices[after] : null;
  const [all, viewer] = await Promise.all([listMyRelationships(), requireViewer()]);
  const active = all.filter((r) => r.status === "active");
  const ended = all.filter((r) => r.status === "ended");
  const unread = await unreadCounts(active.map((r) => r.id));
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">Your people</h1>
      {afterNotice ? (
        <Notice tone="success" title={afterNotice.title}>
          {afterNotice.text}
        </Notice>
      ) : null}
      {active.length === 0 ? <NobodyYet seeking={viewer.roles.includes("seeker")} volunteering={viewer.roles.includes("mentor")} /> : null}
      <ul className="flex flex-col gap-4">
        {active.map((r) => (
          <li key={r.id} className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-5">
            <div className="flex items-center gap-3">
              <Avatar name={r.otherName} />
              <div>
                <p className="flex flex-wrap items-center gap-2 font-semibold">
                  <Link href={`/relationships/${r.id}`} className="underline">
                    {r.otherName}
                  </Link>
                  <UnreadBadge count={unread[r.id]} />
                </p>
                <p className="text-sm text-muted">
                  {r.otherRole} · since {dayFormat.format(r.startedAt)}
                </p>
              </div>
            </div>
            <EndRelationshipForm relationshipId={r.id} otherName={r.otherName} viewerIsMentor={r.otherRole === "someone you support"} />
          </li>
        ))}
      </ul>
      {ended.length > 0 ? (
        <section aria-labelledby="ended" className="flex flex-col gap-2">
          <h2 id="ended" className="text-xl font-semibold">
            Ended
          </h2>
          <ul className="flex flex-col gap-1 text-muted">
            {ended.map((r) => (
              <li key={r.id}>
                <Link href={`/relationships/${r.id}`} className="underline">
                  {r.otherName}
                </Link>{" "}
                ({r.otherRole}), {dayFormat.format(r.startedAt)} – {r.endedAt ? dayFormat.format(r.endedAt) : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** The empty list, in words for each way the person takes part (looking for support, volunteering, or both). */
function NobodyYet({ seeking, volunteering }: { seeking: boolean; volunteering: boolean }) {
  return (
    <div className="flex flex-col gap-2 text-muted">
      <p>Nobody yet.</p>
      {seeking ? (
        <p>
          For support: <Link href="/suggestions" className="underline">see who fits what you asked for</Link>, or look at your{" "}
          <Link href="/requests" className="underline">requests</Link>.
        </p>
      ) : null}
      {volunteering ? (
        <p>
          {seeking ? "As a volunteer: the people" : "The people"} you support appear here once you&apos;ve both said yes. Anyone asking for you is on{" "}
          <Link href="/requests" className="underline">Requests</Link>; your application and your places are on{" "}
          <Link href="/volunteer" className="underline">Volunteering</Link>.
        </p>
      ) : null}
    </div>
  );
}
