import type { ActionForPerson } from "@/lib/dal/safety/appeals";
import { actionForPerson } from "@/lib/moderation/words";

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });

const appealStatus = {
  open: "Your appeal is waiting for a moderator who wasn't part of the decision.",
  upheld: "A moderator read your appeal and decided the decision stands.",
  overturned: "A moderator read your appeal and overturned the decision.",
} as const;

/** A decision about the person, in their own words' place: what happened, the reason, and where an appeal stands. */
export function DecisionForPerson({ decision }: { decision: ActionForPerson }) {
  const what = decision.action === "remove_content" && decision.targetKind === "check_in_entry" ? "A moderator removed a check-in entry you wrote." : actionForPerson[decision.action];
  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby="decision" className="rounded-xl border border-line bg-surface p-4">
        <h2 id="decision" className="font-semibold">
          {what}
        </h2>
        <p className="text-sm text-muted">{dayFormat.format(decision.createdAt)}</p>
        <p className="mt-2">
          The reason they gave: <q>{decision.reason}</q>
        </p>
      </section>
      {decision.appeal ? (
        <section aria-labelledby="appeal" className="rounded-xl border border-line bg-surface p-4">
          <h2 id="appeal" className="font-semibold">
            Your appeal
          </h2>
          <p className="text-sm text-muted">Sent {dayFormat.format(decision.appeal.createdAt)}</p>
          <p className="mt-2 whitespace-pre-line">{decision.appeal.text}</p>
          <p className="mt-3 font-medium">{appealStatus[decision.appeal.status]}</p>
          {decision.appeal.decision ? (
            <p className="mt-1">
              What they wrote: <q>{decision.appeal.decision}</q>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
