"use client";

import { useActionState } from "react";
import { saveCheckInEntryAction } from "@/lib/actions/relationship/check-ins";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import { ENTRY_MAX, type CheckInAnswers } from "@/lib/validation/check-ins";

/** The viewer's own entry for the open check-in: three short, optional answers (at least one). */
export function EntryForm({ relationshipId, checkInId, mine }: { relationshipId: string; checkInId: string; mine: CheckInAnswers | null }) {
  const [state, action] = useActionState(saveCheckInEntryAction, idle);
  const value = (field: keyof CheckInAnswers) => valueOf(state, field, mine?.[field] ?? "");
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <input type="hidden" name="checkInId" value={checkInId} />
      <TextAreaField label="How I'm arriving" name="arriving" rows={2} maxLength={ENTRY_MAX} hint="A word or two is fine." value={value("arriving")} error={errorOf(state, "arriving")} />
      <TextAreaField label="What's on my mind" name="onMind" rows={3} maxLength={ENTRY_MAX} value={value("onMind")} error={errorOf(state, "onMind")} />
      <TextAreaField label="What would help" name="wouldHelp" rows={2} maxLength={ENTRY_MAX} hint="Listening, ideas, or just company." value={value("wouldHelp")} error={errorOf(state, "wouldHelp")} />
      <div>
        <SubmitButton pendingLabel="Saving…">{mine ? "Save my changes" : "Save my check-in"}</SubmitButton>
      </div>
    </form>
  );
}
