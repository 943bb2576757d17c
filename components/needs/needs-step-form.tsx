"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-styles";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, type FormState, type FormValues, idle, valueOf, valuesOf } from "@/lib/forms/state";
import type { StepKey } from "@/lib/profiles/onboarding-steps";
import { type Answers, StepFields, type TopicLists } from "./step-fields";

/**
 * One step of onboarding or one section of the profile. It shows the saved
 * answers; after an error, exactly what was sent, so nothing is lost.
 * "Back" is a plain link: the previous step shows its own saved answers.
 */
export function NeedsStepForm({
  step,
  action,
  saved,
  topics,
  submitLabel,
  back,
}: {
  step: StepKey;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  saved: FormValues;
  topics: TopicLists;
  submitLabel: string;
  back: { href: string; label: string } | null;
}) {
  const [state, formAction] = useActionState(action, idle);
  const sent = state.status === "error";
  const answers: Answers = {
    text: (field) => (sent ? valueOf(state, field) : typeof saved[field] === "string" ? saved[field] : ""),
    list: (field) => (sent ? valuesOf(state, field) : Array.isArray(saved[field]) ? saved[field] : []),
    error: (field) => errorOf(state, field),
  };
  return (
    <form action={formAction} noValidate className="flex flex-col gap-6">
      <FormMessage state={state} />
      <StepFields step={step} answers={answers} topics={topics} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
        {back ? (
          <Link href={back.href} className={buttonClass("secondary")}>
            {back.label}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
