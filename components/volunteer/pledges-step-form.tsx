"use client";

import { useActionState } from "react";
import { savePledgesAction } from "@/lib/actions/profiles/volunteer";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle } from "@/lib/forms/state";
import { pledges } from "@/lib/mentoring/pledges";
import { StepButtons } from "./step-buttons";

/** Step 5: each pledge is its own checkbox, with the full text beside it. */
export function PledgesStepForm({ pledged }: { pledged: boolean }) {
  const [state, action] = useActionState(savePledgesAction, idle);
  const ticked = (field: string) => (state.status === "idle" ? pledged : state.values?.[field] === "on");
  return (
    <form action={action} noValidate className="flex flex-col gap-5">
      <FormMessage state={state} />
      <p className="text-muted">
        These are promises to the people you&apos;ll support. Read each one, and tick it if you can make it.
      </p>
      {pledges.map((pledge) => {
        const error = errorOf(state, pledge.field);
        return (
          <div key={pledge.field} className="flex flex-col gap-1">
            <label className="flex cursor-pointer gap-3 rounded-lg border border-line bg-surface p-4 has-[:checked]:border-brand has-[:checked]:bg-brand-soft">
              <input
                type="checkbox"
                name={pledge.field}
                defaultChecked={ticked(pledge.field)}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${pledge.field}-text${error ? ` ${pledge.field}-error` : ""}`}
                className="mt-1 size-5 shrink-0"
              />
              <span>
                <span className="font-semibold">{pledge.title}</span>
                <span id={`${pledge.field}-text`} className="mt-1 block text-muted">
                  {pledge.text}
                </span>
              </span>
            </label>
            {error ? (
              <p id={`${pledge.field}-error`} className="text-sm font-medium text-danger">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <StepButtons continueLabel="I make these pledges" />
    </form>
  );
}
