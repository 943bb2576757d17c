"use client";

import { useActionState } from "react";
import { nameRuptureAction } from "@/lib/actions/relationship/care";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import { NOTE_MAX } from "@/lib/validation/care";

/** "Something felt off": two prompts for the person naming it, folded away until wanted. */
export function NameRuptureForm({ relationshipId, otherName }: { relationshipId: string; otherName: string }) {
  const [state, action] = useActionState(nameRuptureAction, idle);
  return (
    <details open={state.status === "error" || undefined} className="rounded-lg border border-line p-3">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium underline">Something felt off…</summary>
      <form action={action} className="mt-3 flex flex-col gap-4">
        <FormMessage state={state} />
        <input type="hidden" name="relationshipId" value={relationshipId} />
        <TextAreaField
          label="What happened"
          name="whatHappened"
          hint="In your own words, as you remember it. There is no wrong way to say it."
          value={valueOf(state, "whatHappened")}
          error={errorOf(state, "whatHappened")}
          maxLength={NOTE_MAX}
          rows={3}
          required
        />
        <TextAreaField
          label="What I needed (optional)"
          name="whatINeeded"
          hint="What would have helped in that moment."
          value={valueOf(state, "whatINeeded")}
          error={errorOf(state, "whatINeeded")}
          maxLength={NOTE_MAX}
          rows={3}
        />
        <p className="text-sm text-muted">Only you and {otherName} will read this. We&apos;ll let {otherName} know gently, without quoting you.</p>
        <div>
          <SubmitButton pendingLabel="Sharing…">Share with {otherName}</SubmitButton>
        </div>
      </form>
    </details>
  );
}
