"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { idle, type FormState } from "@/lib/forms/state";

/**
 * A weighty action behind a disclosure ("Remove Ana from the circle…",
 * "Block Ben…"): the summary opens a small boxed form; it stays open on an
 * error, with what was typed; after success only the message remains, so
 * the action can't be sent twice from the same place. `children` draws the
 * fields and buttons from the action's state.
 */
export function DisclosedForm({
  action,
  summary,
  label,
  hidden,
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  summary: string;
  /** The form's accessible name. */
  label: string;
  hidden: Record<string, string>;
  children: (state: FormState) => React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, idle);
  if (state.status === "success") {
    return (
      <p role="status" className="text-sm">
        {state.message}
      </p>
    );
  }
  return (
    <details open={state.status === "error" || undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm underline">{summary}</summary>
      <form action={formAction} aria-label={label} className="mt-2 flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
        <FormMessage state={state} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children(state)}
      </form>
    </details>
  );
}
