"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import type { ButtonTone } from "@/components/ui/button-styles";
import { type FormState, idle } from "@/lib/forms/state";

/**
 * One button that runs one server action with a few hidden fields (follow,
 * a reaction, "this helped", publish). Works without JavaScript; with it,
 * the result is announced in place.
 */
export function SmallAction({
  action,
  fields,
  label,
  pendingLabel,
  tone = "secondary",
  pressed,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  tone?: ButtonTone;
  /** For toggles: announced as a pressed button. */
  pressed?: boolean;
}) {
  const [state, run] = useActionState(action, idle);
  return (
    <form action={run} className="inline-flex flex-col gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {pressed === undefined ? (
        <SubmitButton tone={tone} pendingLabel={pendingLabel}>
          {label}
        </SubmitButton>
      ) : (
        <ToggleButton pressed={pressed} label={label} />
      )}
      <span role="status" className="text-xs text-muted">
        {state.status === "success" ? state.message : state.status === "error" ? state.message : ""}
      </span>
    </form>
  );
}

function ToggleButton({ pressed, label }: { pressed: boolean; label: string }) {
  return (
    <button type="submit" aria-pressed={pressed} className={`min-h-11 rounded-full border px-4 text-sm ${pressed ? "border-brand bg-brand-soft font-semibold" : "border-line bg-surface"}`}>
      {pressed ? `✓ ${label}` : label}
    </button>
  );
}
