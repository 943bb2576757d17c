"use client";

import { useActionState } from "react";
import { announceAbsenceAction, cancelAbsenceAction } from "@/lib/actions/relationship/check-ins";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import { ABSENCE_MAX_DAYS } from "@/lib/validation/check-ins";

/** Says ahead that the viewer will be away: the first day away and the day they're back, on their own calendar. */
export function AbsenceForm({ relationshipId, today }: { relationshipId: string; today: string }) {
  const [state, action] = useActionState(announceAbsenceAction, idle);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <div className="flex flex-wrap gap-4">
        <Field label="First day away" name="startDate" type="date" min={today} required defaultValue={valueOf(state, "startDate")} error={errorOf(state, "startDate")} />
        <Field label="Back on" name="returnDate" type="date" min={today} required defaultValue={valueOf(state, "returnDate")} error={errorOf(state, "returnDate")} />
      </div>
      <p className="text-sm text-muted">Up to {ABSENCE_MAX_DAYS / 7} weeks. Check-ins that start while you&apos;re away are excused.</p>
      <div>
        <SubmitButton tone="secondary" pendingLabel="Saving…">
          Say I&apos;ll be away
        </SubmitButton>
      </div>
    </form>
  );
}

export function CancelAbsenceForm({ relationshipId, absenceId, what }: { relationshipId: string; absenceId: string; what: string }) {
  const [state, action] = useActionState(cancelAbsenceAction, idle);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <input type="hidden" name="absenceId" value={absenceId} />
      <div>
        <SubmitButton tone="secondary" pendingLabel="Cancelling…">
          Cancel this time away<span className="sr-only"> ({what})</span>
        </SubmitButton>
      </div>
    </form>
  );
}
