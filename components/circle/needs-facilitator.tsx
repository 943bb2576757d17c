import { CircleActionForm } from "@/components/circle/action-form";
import { assignFacilitatorAction } from "@/lib/actions/circle/circles";
import type { CircleNeedingFacilitator } from "@/lib/dal/circle/facilitation";
import { describeWait } from "@/lib/moderation/words";

const reasonWords: Record<CircleNeedingFacilitator["reason"], string> = {
  stepped_back: "its facilitator stepped back",
  paused: "its facilitator is paused",
  suspended: "its facilitator's account was stopped",
};

const due = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

/**
 * The queue's "circle needs a facilitator" section: each circle waiting for a
 * new facilitator, by when one is needed (after that it closes kindly and
 * its members wait for a group again), and a short list of approved, trained
 * mentors with room to choose from. Assigning is audited.
 */
export function CirclesNeedingFacilitator({ items, now }: { items: CircleNeedingFacilitator[]; now: Date }) {
  return (
    <section aria-labelledby="circles-facilitator" className="flex flex-col gap-3">
      <h2 id="circles-facilitator" className="text-xl font-semibold">
        Circles needing a facilitator <span className="text-muted">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p>Nothing waiting.</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {items.map((c) => {
            const overdue = c.dueAt.getTime() <= now.getTime();
            return (
              <li key={c.id} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4">
                <div className="flex flex-col gap-1">
                  <p className="font-semibold">{c.title}</p>
                  <p className="text-sm">
                    {c.members} {c.members === 1 ? "member" : "members"} · {reasonWords[c.reason]} {describeWait(c.since, now)} ago ·{" "}
                    <span className={overdue ? "font-semibold text-danger" : undefined}>
                      {overdue ? "due now: it closes at the next sweep" : `needed by ${due.format(c.dueAt)} UTC`}
                    </span>
                  </p>
                </div>
                {c.candidates.length === 0 ? (
                  <p className="text-sm">No approved, trained mentor with room speaks the circle&apos;s language right now. If nobody is found by the due time, the circle closes kindly and its members wait for a new group.</p>
                ) : (
                  <CircleActionForm action={assignFacilitatorAction} hidden={{ circleId: c.id }} submit="Assign" label={`Assign a facilitator to ${c.title}`}>
                    <fieldset className="flex flex-col gap-1">
                      <legend className="font-medium">Who could hold it</legend>
                      {c.candidates.map((m, i) => (
                        <label key={m.id} className="flex min-h-11 items-center gap-2">
                          <input type="radio" name="mentorId" value={m.id} defaultChecked={i === 0} required />
                          {m.name} <span className="text-sm text-muted">({m.freePlaces} free {m.freePlaces === 1 ? "place" : "places"})</span>
                        </label>
                      ))}
                    </fieldset>
                  </CircleActionForm>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
