"use client";

import { useActionState, useId } from "react";
import { endRelationshipAction } from "@/app/(app)/relationships/actions";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/actions/form-state";
import { endReasons } from "@/lib/validation/relationships";

/** Ending without blame: a reason (no-fault ones first) and optional closing words. */
export function EndRelationshipForm({ relationshipId, otherName }: { relationshipId: string; otherName: string }) {
  const [state, action] = useActionState(endRelationshipAction, idle);
  const id = useId();
  const reasonError = errorOf(state, "reason");
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <details open={state.status === "error" || undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center underline">
        End this relationship<span className="sr-only"> with {otherName}</span>…
      </summary>
      <form action={action} className="mt-2 flex flex-col gap-3">
        <FormMessage state={state} />
        <input type="hidden" name="relationshipId" value={relationshipId} />
        <fieldset className="flex flex-col gap-2" aria-describedby={reasonError ? `${id}-reason` : undefined}>
          <legend className="font-medium">Why is it ending?</legend>
          {endReasons.map((r) => (
            <label key={r.value} className="flex gap-3">
              <input type="radio" name="reason" value={r.value} defaultChecked={valueOf(state, "reason") === r.value} className="mt-1 size-4" />
              <span>{r.label}</span>
            </label>
          ))}
          {reasonError ? (
            <p id={`${id}-reason`} className="text-sm font-medium text-danger">
              {reasonError}
            </p>
          ) : null}
        </fieldset>
        <label htmlFor={id} className="font-medium">
          Closing words for {otherName} (optional)
        </label>
        <p className="-mt-2 text-sm text-muted">What you valued, what you take with you.</p>
        <textarea id={id} name="reflection" rows={3} maxLength={1000} defaultValue={valueOf(state, "reflection")} className="rounded-lg border border-line bg-surface p-2" />
        <SubmitButton tone="secondary" pendingLabel="Ending…">
          End the relationship with {otherName}
        </SubmitButton>
      </form>
    </details>
  );
}
