"use client";

import { useActionState } from "react";
import { answerRuptureAction } from "@/lib/actions/relationship/care";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import { NOTE_MAX } from "@/lib/validation/care";

/** The other person's side: what they heard, and what they need now. */
export function AnswerRuptureForm({ relationshipId, ruptureId, otherName }: { relationshipId: string; ruptureId: string; otherName: string }) {
  const [state, action] = useActionState(answerRuptureAction, idle);
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <input type="hidden" name="ruptureId" value={ruptureId} />
      <TextAreaField
        label="What I heard"
        name="whatIHeard"
        hint={`What you understand ${otherName} is saying. Listening first is enough; you don't have to agree.`}
        value={valueOf(state, "whatIHeard")}
        error={errorOf(state, "whatIHeard")}
        maxLength={NOTE_MAX}
        rows={3}
        required
      />
      <TextAreaField
        label="What I need now (optional)"
        name="whatINeedNow"
        value={valueOf(state, "whatINeedNow")}
        error={errorOf(state, "whatINeedNow")}
        maxLength={NOTE_MAX}
        rows={3}
      />
      <div>
        <SubmitButton pendingLabel="Sharing…">Share with {otherName}</SubmitButton>
      </div>
    </form>
  );
}
