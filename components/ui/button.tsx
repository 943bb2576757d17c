"use client";

import { useFormStatus } from "react-dom";
import { type ButtonTone, buttonClass } from "./button-styles";

/**
 * A submit button that is disabled while its form is being sent, so a double
 * click sends one request. The server stays idempotent regardless.
 */
export function SubmitButton({
  children,
  pendingLabel,
  tone = "primary",
  name,
  value,
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  tone?: ButtonTone;
  /** For a form with several choices as buttons: the pressed one's name=value is sent. */
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} className={buttonClass(tone)} disabled={pending} aria-disabled={pending}>
      {pending ? (pendingLabel ?? "Sending…") : children}
    </button>
  );
}
