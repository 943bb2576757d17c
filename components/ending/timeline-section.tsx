import { foldSummaries } from "@/lib/dal/relationship/fold-summaries";
import { getTimeline, type TimelineEvent } from "@/lib/dal/relationship/timeline";
import type { RelationshipAccess } from "@/lib/dal/relationship/access";
import { Fold } from "@/components/relationship/fold";
import { formatDay } from "./dates";

const marks: Record<TimelineEvent["kind"], string> = {
  started: "bg-brand",
  rhythm: "bg-brand",
  rupture: "bg-line",
  repair: "bg-brand",
  absence: "bg-line",
  "ending-planned": "bg-line",
  ended: "bg-line",
};

/** The relationship's story so far, oldest first, dates in the viewer's zone. */
export async function TimelineSection({ access, open }: { access: RelationshipAccess; open: boolean }) {
  // Closed, the fold shows only how many moments and the latest date: the story is put into words only when open.
  const { timezone, moments, latest } = (await foldSummaries(access.id)).story;
  return (
    <Fold id="story" heading="Your story together" hint={latest ? `${moments === 1 ? "1 moment" : `${moments} moments`}, the latest on ${formatDay(latest, timezone)}` : undefined}>
      {open ? <Story access={access} /> : null}
    </Fold>
  );
}

async function Story({ access }: { access: RelationshipAccess }) {
  const { timezone, events } = await getTimeline(access.id);
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-line pl-4">
      {events.map((e) => (
        <li key={e.key} className="relative">
          <span aria-hidden className={`absolute -left-[1.4rem] top-1.5 size-3 rounded-full ${marks[e.kind]}`} />
          <p className="text-sm text-muted">
            <time dateTime={e.at.toISOString()}>{formatDay(e.at, timezone)}</time>
          </p>
          <p className={e.kind === "repair" ? "font-semibold" : "font-medium"}>{e.title}</p>
          {e.detail ? <p className="text-sm text-muted">{e.detail}</p> : null}
        </li>
      ))}
    </ol>
  );
}
