"use client";

import { useActionState } from "react";
import { fitCheckAction } from "@/lib/actions/relationship/care";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import { fitChoices } from "@/lib/validation/care";

/** "How is this fit for you?", asked privately after the first and the third check-ins. */
export function FitCheckForm({ relationshipId, stage, otherName }: { relationshipId: string; stage: 1 | 3; otherName: string }) {
  const [state, action] = useActionState(fitCheckAction, idle);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <input type="hidden" name="stage" value={stage} />
      <ChoiceGroup
        type="radio"
        name="answer"
        legend={stage === 1 ? "After your first check-in: how is this fit for you?" : "Three check-ins in: how is this fit for you?"}
        hint={`Only you see your answer. ${otherName} never does, whatever you choose.`}
        options={fitChoices}
        value={valueOf(state, "answer")}
        error={errorOf(state, "answer")}
      />
      <div>
        <SubmitButton pendingLabel="Saving…">Save my answer</SubmitButton>
      </div>
    </form>
  );
}
