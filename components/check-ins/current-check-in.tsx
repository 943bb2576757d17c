import { ReportForm } from "@/components/reports/report-form";
import type { CurrentCheckIn as Current } from "@/lib/dal/relationship/check-ins";
import type { CrisisRegion } from "@/lib/safety/crisis-resources";
import type { CheckInAnswers } from "@/lib/validation/check-ins";
import { EntryForm } from "./entry-form";

const questions: { field: keyof CheckInAnswers; label: string }[] = [
  { field: "arriving", label: "How I'm arriving" },
  { field: "onMind", label: "What's on my mind" },
  { field: "wouldHelp", label: "What would help" },
];

/** The open check-in: when it runs, who has shown up, both entries, and the viewer's own form. */
export function CurrentCheckIn({ relationshipId, current, otherName, region }: { relationshipId: string; current: Current; otherName: string; region?: CrisisRegion }) {
  const { slot } = current;
  return (
    <div className="flex flex-col gap-4 rounded-lg border border-brand p-4">
      <div>
        <h3 className="font-semibold">{current.inWindow ? "Open now" : "Still open"}</h3>
        <p className="text-sm text-muted">
          {slot.label}, your time.{" "}
          {current.inWindow ? `Entries count until ${current.closesLabel}.` : `The window has passed, and entries still count until ${current.closesLabel}.`}
        </p>
      </div>
      {/* Announced when the page refreshes after someone checks in. */}
      <ul aria-live="polite" aria-label="Who has checked in" className="flex flex-col gap-1">
        <li>
          <ShowedUp yes={current.viewerShowedUp} who="You" />
        </li>
        <li>
          <ShowedUp yes={current.otherShowedUp} who={otherName} />
        </li>
      </ul>
      <p className="text-sm text-muted">A check-in entry or a message in your thread during this time both count.</p>
      {current.theirs ? (
        <section aria-label={`${otherName}'s check-in`} className="flex flex-col gap-2 rounded-lg bg-brand-soft p-3">
          <h4 className="font-medium">{otherName}&apos;s check-in</h4>
          <Answers answers={current.theirs} />
          {current.theirsId ? <ReportForm targetKind="check_in_entry" targetId={current.theirsId} label="Report this entry" /> : null}
        </section>
      ) : null}
      <section aria-label="Your check-in" className="flex flex-col gap-2">
        <h4 className="font-medium">{current.mine ? "Your check-in (you can still edit it)" : "Your check-in"}</h4>
        <EntryForm relationshipId={relationshipId} checkInId={slot.id} mine={current.mine} region={region} />
      </section>
    </div>
  );
}

function ShowedUp({ yes, who }: { yes: boolean; who: string }) {
  return (
    <span className="inline-flex items-center gap-2">
      <span aria-hidden="true" className={`inline-flex size-6 items-center justify-center rounded-full border ${yes ? "border-brand bg-brand text-brand-ink" : "border-line"}`}>
        {yes ? "✓" : ""}
      </span>
      {who}: {yes ? "checked in" : "not yet"}
    </span>
  );
}

function Answers({ answers }: { answers: CheckInAnswers }) {
  return (
    <dl className="flex flex-col gap-2">
      {questions
        .filter((q) => answers[q.field])
        .map((q) => (
          <div key={q.field}>
            <dt className="text-sm text-muted">{q.label}</dt>
            <dd className="whitespace-pre-line">{answers[q.field]}</dd>
          </div>
        ))}
    </dl>
  );
}
