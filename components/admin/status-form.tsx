"use client";

import { useActionState, useId } from "react";
import { reinstateAction, suspendAction } from "@/app/admin/actions";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/actions/form-state";

/** Suspend or reinstate one person, with the reason they will read. */
export function StatusForm({ userId, name, mode }: { userId: string; name: string; mode: "suspend" | "reinstate" }) {
  const [state, action] = useActionState(mode === "suspend" ? suspendAction : reinstateAction, idle);
  const id = useId();
  const error = errorOf(state, "reason");
  const verb = mode === "suspend" ? "Suspend" : "Reinstate";
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <details className="group">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded px-2 underline">
        {verb}
        <span className="sr-only"> {name}</span>…
      </summary>
      <form action={action} className="mt-2 flex flex-col gap-2">
        <FormMessage state={state} />
        <input type="hidden" name="userId" value={userId} />
        <label htmlFor={id} className="text-sm font-medium">
          Reason {name} will read
        </label>
        <textarea
          id={id}
          name="reason"
          rows={2}
          required
          defaultValue={valueOf(state, "reason")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="rounded-lg border border-line bg-surface p-2"
        />
        {error ? (
          <p id={`${id}-error`} className="text-sm font-medium text-danger">
            {error}
          </p>
        ) : null}
        <SubmitButton tone={mode === "suspend" ? "danger" : "primary"} pendingLabel="Saving…">
          {verb} {name}
        </SubmitButton>
      </form>
    </details>
  );
}
