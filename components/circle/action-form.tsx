"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import type { ButtonTone } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import { idle, type FormState } from "@/lib/forms/state";

/** A small form around one circle action: hidden values, any fields given as children, one button, the result announced. */
export function CircleActionForm({
  action,
  hidden = {},
  submit,
  tone,
  children,
  label,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden?: Record<string, string>;
  submit: string;
  tone?: ButtonTone;
  children?: React.ReactNode;
  label?: string;
}) {
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} aria-label={label} className="flex flex-col gap-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div role="status" aria-live="polite">
        <FormMessage state={state} />
      </div>
      <div>
        <SubmitButton tone={tone}>{submit}</SubmitButton>
      </div>
    </form>
  );
}
