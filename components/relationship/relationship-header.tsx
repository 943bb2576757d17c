import { Avatar } from "@/components/avatar";
import { checkInsSummary, type CheckInsSummary } from "@/lib/dal/relationship/check-ins";
import type { RelationshipAccess } from "@/lib/dal/relationship/access";
import { rhythmSummary } from "@/lib/dal/relationship/rhythm";
import { dateFormat } from "@/lib/time/format";

/** The open check-in (its window, or its day of grace), else the next one, on the viewer's clock. */
function nextWords({ current, next }: CheckInsSummary) {
  if (current) return current.inWindow ? `Open now: ${current.slot.label}, your time` : `Still open until ${current.closesLabel}, your time`;
  return next ? `${next.label}, your time` : "Once you've agreed a rhythm";
}

const roleWords = { seeker: "your mentor", mentor: "someone you support", friend: "your friend" } as const;

/** Who the other person is, since when, the rhythm and the next check-in on the viewer's clock, and the shared record. */
export async function RelationshipHeader({ access }: { access: RelationshipAccess }) {
  // The summaries the check-ins fold reads too: the full views (the chart's slots, the entries, the form's suggestion) only when it is open.
  const [view, rhythm] = await Promise.all([checkInsSummary(access.id), rhythmSummary(access.id)]);
  const day = dateFormat({ timeZone: view.viewerTimezone, day: "numeric", month: "long", year: "numeric" });
  const ended = access.status === "ended";
  return (
    // A section named by its heading (a <header> inside <main> has no landmark role of its own).
    <section aria-labelledby="relationship-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
        <div className="flex min-w-0 items-center gap-3">
          <Avatar name={access.otherName} />
          <div className="min-w-0">
            <h1 id="relationship-heading" className="text-2xl font-bold break-words sm:text-3xl">
              {access.otherName}
            </h1>
            <p className="text-sm text-muted">
              {roleWords[access.viewerSide]} · together since {day.format(access.startedAt)}
              {ended && access.endedAt ? ` until ${day.format(access.endedAt)}` : ""}
            </p>
          </div>
        </div>
        {/* The rhythm and the record stay in view above the thread: small, one line each. */}
        <dl className="flex flex-col gap-y-1 text-sm sm:flex-row sm:flex-wrap sm:gap-x-6">
          {!ended ? (
            <>
              <div className="flex gap-2">
                <dt className="shrink-0 font-semibold">Rhythm</dt>
                <dd>{rhythm.agreed ? rhythm.agreed.description : rhythm.proposal ? "Proposed, waiting for an answer" : "Not agreed yet"}</dd>
              </div>
              <div className="flex gap-2">
                <dt className="shrink-0 font-semibold">Next check-in</dt>
                <dd>{nextWords(view)}</dd>
              </div>
            </>
          ) : null}
          <div className="flex gap-2">
            <dt className="shrink-0 font-semibold">Record</dt>
            <dd>{view.record.sentence}</dd>
          </div>
        </dl>
      </div>
      {ended ? (
        <p role="note" className="rounded-lg border-l-4 border-line bg-surface p-3">
          This relationship has ended{access.endedAt ? ` (${day.format(access.endedAt)})` : ""}. Its thread stays here as a read-only archive: you can read it, but
          nothing new can be added.
        </p>
      ) : null}
    </section>
  );
}
