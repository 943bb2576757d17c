"use client";

import { useActionState, useId } from "react";
import { sendRequestAction } from "@/lib/actions/matching/suggestions";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";

/** Ask a suggested mentor, with an optional note. Kept what was typed on an error. */
export function RequestForm({ mentorId, name, kind = "mentorship" }: { mentorId: string; name: string; kind?: "mentorship" | "friendship" }) {
  const [state, action] = useActionState(sendRequestAction, idle);
  const id = useId();
  const error = errorOf(state, "note");
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <details open={state.status === "error" || undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg bg-brand px-4 font-medium text-brand-ink">
        {kind === "friendship" ? `Ask ${name} to be peer friends…` : `Ask ${name}…`}
      </summary>
      <form action={action} className="mt-3 flex flex-col gap-2">
        <FormMessage state={state} />
        <input type="hidden" name="toId" value={mentorId} />
        <input type="hidden" name="kind" value={kind} />
        <label htmlFor={id} className="font-medium">
          A note for {name} (optional)
        </label>
        <p id={`${id}-hint`} className="-mt-1 text-sm text-muted">
          A line about you or what you hope for. {name} also sees your shareable profile, never your private answers.
        </p>
        <textarea
          id={id}
          name="note"
          rows={3}
          maxLength={500}
          defaultValue={valueOf(state, "note")}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          className="rounded-lg border border-line bg-surface p-2"
        />
        {error ? (
          <p id={`${id}-error`} className="text-sm font-medium text-danger">
            {error}
          </p>
        ) : null}
        <SubmitButton pendingLabel="Sending…">Send my request to {name}</SubmitButton>
      </form>
    </details>
  );
}
