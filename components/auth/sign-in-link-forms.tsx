"use client";

import { useActionState } from "react";
import { requestSignInLinkAction, signInWithLinkAction } from "@/lib/actions/account/sign-in-link";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Notice } from "@/components/ui/notice";
import { errorOf, idle, valueOf } from "@/lib/forms/state";

export function RequestSignInLinkForm() {
  const [state, action] = useActionState(requestSignInLinkAction, idle);
  if (state.status === "success") return <Notice tone="success" title="Check your inbox">{state.message}</Notice>;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={valueOf(state, "email")} error={errorOf(state, "email")} />
      <SubmitButton pendingLabel="Sending…">Email me a sign-in link</SubmitButton>
    </form>
  );
}

export function UseSignInLinkForm({ token }: { token: string }) {
  const [state, action] = useActionState(signInWithLinkAction, idle);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
