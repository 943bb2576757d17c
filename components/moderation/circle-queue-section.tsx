import { QueueRow } from "@/components/moderation/queue-row";
import { circleQueueItems } from "@/lib/dal/circle/moderation";
import { describeWait } from "@/lib/moderation/words";

/** Rows shown, as in the queue's other sections: the count says how many there are. */
const SHOWN = 25;

/**
 * The queue's "Circles" section, self-contained: a facilitator who missed two
 * sessions in a row, a circle with an open crisis item, a member who reported
 * another. Each links to the circle's staff view. Names and counts only.
 */
export async function CircleQueueSection({ now }: { now: Date }) {
  const items = await circleQueueItems();
  return (
    <section aria-labelledby="circles" className="flex flex-col gap-3">
      <h2 id="circles" className="text-xl font-semibold">
        Circles <span className="text-muted">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p>Nothing waiting.</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {items.slice(0, SHOWN).map((item) => (
            <QueueRow
              key={item.key}
              href={`/admin/circles/${item.circleId}`}
              title={item.title}
              badge={item.level === "crisis" ? { text: item.kind === "crisis" ? "crisis" : "safety", tone: "danger" } : item.level === "concern" ? { text: "concern", tone: "warn" } : undefined}
              detail={item.detail}
              waiting={describeWait(item.since, now)}
            />
          ))}
        </ol>
      )}
      {items.length > SHOWN ? <p className="text-sm text-muted">Showing the first {SHOWN}; the rest appear as these are dealt with.</p> : null}
    </section>
  );
}
