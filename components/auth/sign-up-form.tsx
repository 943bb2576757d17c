"use client";

import { useActionState } from "react";
import { signUpAction } from "@/lib/actions/account/sign-in";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Notice } from "@/components/ui/notice";
import { errorOf, idle, valueOf } from "@/lib/forms/state";

const intents = [
  { value: "support", label: "I'm looking for support", hint: "A mentor, a peer friend, or both." },
  { value: "volunteer", label: "I want to volunteer as a mentor", hint: "You'll apply and be approved before anyone is matched with you." },
  { value: "both", label: "Both", hint: "Look for support and volunteer too." },
] as const;

export function SignUpForm({ intent }: { intent?: string }) {
  const [state, action] = useActionState(signUpAction, idle);
  if (state.status === "success") {
    return (
      <Notice tone="success" title="Check your inbox">
        {state.message}
      </Notice>
    );
  }
  const chosen = valueOf(state, "intent", intent ?? "support");
  const intentError = errorOf(state, "intent");
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <fieldset className="flex flex-col gap-2" aria-describedby={intentError ? "intent-error" : undefined}>
        <legend className="mb-1 font-medium">What brings you to Alongside?</legend>
        {intents.map((option) => (
          <label key={option.value} className="flex cursor-pointer gap-3 rounded-lg border border-line bg-surface p-3 has-[:checked]:border-brand">
            <input type="radio" name="intent" value={option.value} defaultChecked={chosen === option.value} className="mt-1 size-4" />
            <span>
              <span className="font-medium">{option.label}</span>
              <span className="block text-sm text-muted">{option.hint}</span>
            </span>
          </label>
        ))}
        {intentError ? (
          <p id="intent-error" className="text-sm font-medium text-danger">
            {intentError}
          </p>
        ) : null}
      </fieldset>
      <Field
        label="Name to be known by"
        name="name"
        autoComplete="nickname"
        hint="A first name or a pseudonym. Your real name is never needed."
        required
        maxLength={60}
        defaultValue={valueOf(state, "name")}
        error={errorOf(state, "name")}
      />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={valueOf(state, "email")} error={errorOf(state, "email")} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. A few unrelated words make a strong one."
        required
        error={errorOf(state, "password")}
      />
      <SubmitButton pendingLabel="Creating your account…">Create my account</SubmitButton>
    </form>
  );
}
