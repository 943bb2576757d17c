"use client";

import { useActionState, useId } from "react";
import { changeStatusAction } from "@/lib/actions/staff/people";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";

/**
 * Suspend an active person or reinstate a suspended one, with the reason they
 * will read. After a change the row re-renders with the new status, so the
 * opposite action is offered straight away, under the confirmation.
 */
export function StatusForm({ userId, name, status }: { userId: string; name: string; status: "active" | "suspended" }) {
  const [state, action] = useActionState(changeStatusAction, idle);
  const id = useId();
  const to = status === "active" ? "suspended" : "active";
  const verb = to === "suspended" ? "Suspend" : "Reinstate";
  // A reason typed for the other action must not be offered again for this one.
  const lastTo = valueOf(state, "to");
  const error = lastTo === to ? errorOf(state, "reason") : undefined;
  return (
    <div className="flex flex-col gap-2">
      {state.status === "success" ? <FormMessage state={state} /> : null}
      <details open={Boolean(error) || undefined}>
        <summary className="inline-flex min-h-11 cursor-pointer items-center rounded px-2 underline">
          {verb}
          <span className="sr-only"> {name}</span>…
        </summary>
        <form action={action} className="mt-2 flex flex-col gap-2">
          {state.status === "error" && lastTo === to ? <FormMessage state={state} /> : null}
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="to" value={to} />
          <label htmlFor={id} className="text-sm font-medium">
            Reason {name} will read
          </label>
          <textarea
            id={id}
            name="reason"
            rows={2}
            required
            key={`${to}-${state.status}`}
            defaultValue={lastTo === to && state.status === "error" ? valueOf(state, "reason") : ""}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className="rounded-lg border border-line bg-surface p-2"
          />
          {error ? (
            <p id={`${id}-error`} className="text-sm font-medium text-danger">
              {error}
            </p>
          ) : null}
          <SubmitButton tone={to === "suspended" ? "danger" : "primary"} pendingLabel="Saving…">
            {verb} {name}
          </SubmitButton>
        </form>
      </details>
    </div>
  );
}
