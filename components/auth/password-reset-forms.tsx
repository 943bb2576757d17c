"use client";

import { useActionState } from "react";
import { requestResetAction, resetPasswordAction } from "@/lib/actions/account/sign-in";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Notice } from "@/components/ui/notice";
import { errorOf, idle, valueOf } from "@/lib/forms/state";

export function RequestResetForm() {
  const [state, action] = useActionState(requestResetAction, idle);
  if (state.status === "success") return <Notice tone="success" title="Check your inbox">{state.message}</Notice>;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={valueOf(state, "email")} error={errorOf(state, "email")} />
      <SubmitButton pendingLabel="Sending…">Send me a reset link</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, idle);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        required
        error={errorOf(state, "password")}
      />
      <SubmitButton pendingLabel="Saving…">Save new password</SubmitButton>
    </form>
  );
}
