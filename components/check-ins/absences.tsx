import type { AbsenceView } from "@/lib/dal/relationship/absences";
import { AbsenceForm, CancelAbsenceForm } from "./absence-forms";

/** Time away, said ahead: what is planned (with the check-ins it excuses) and the form to add some. */
export function Absences({ relationshipId, absences, today, canAnnounce }: { relationshipId: string; absences: AbsenceView[]; today: string; canAnnounce: boolean }) {
  return (
    <div className="flex flex-col gap-3">
      <h3 className="font-semibold">Time away</h3>
      {absences.length > 0 ? (
        <ul className="flex flex-col gap-3">
          {absences.map((a) => {
            const what = `${a.personName === "You" ? "you're" : `${a.personName} is`} away from ${a.firstDay}, back on ${a.backOn}`;
            return (
              <li key={a.id} className="flex flex-col gap-2 rounded-lg border border-line p-3">
                <p>
                  {a.personName === "You" ? "You're" : `${a.personName} is`} away from <strong>{a.firstDay}</strong>, back on <strong>{a.backOn}</strong>.
                </p>
                {a.excuses.length > 0 ? (
                  <div className="text-sm">
                    <p>{a.excuses.length === 1 ? "This excuses one check-in:" : `This excuses ${a.excuses.length} check-ins:`}</p>
                    <ul className="list-disc pl-5">
                      {a.excuses.map((slot) => (
                        <li key={slot}>{slot}</li>
                      ))}
                    </ul>
                  </div>
                ) : (
                  <p className="text-sm text-muted">No check-ins fall in this time.</p>
                )}
                {a.cancellable ? <CancelAbsenceForm relationshipId={relationshipId} absenceId={a.id} what={what} /> : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-muted">Nothing planned. If you&apos;ll be away, saying so ahead means nobody waits and nothing counts as missed.</p>
      )}
      {canAnnounce ? (
        <details>
          <summary className="inline-flex min-h-11 cursor-pointer items-center underline">Say you&apos;ll be away…</summary>
          <div className="mt-2">
            <AbsenceForm relationshipId={relationshipId} today={today} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
