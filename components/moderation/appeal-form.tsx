"use client";

import { useActionState } from "react";
import { appealAction } from "@/lib/actions/safety/appeals";
import { appealByLinkAction, requestAppealLinkAction } from "@/lib/actions/safety/appeal-link";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Notice } from "@/components/ui/notice";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import { APPEAL_MAX } from "@/lib/validation/moderation";

/**
 * The one appeal against a decision: signed in (by the action's id) or from
 * an emailed link (by its token). Once sent, the form gives way to the answer.
 */
export function AppealForm(props: { actionId: string } | { token: string }) {
  const [state, action] = useActionState("token" in props ? appealByLinkAction : appealAction, idle);
  if (state.status === "success") return <Notice tone="success" title="Appeal sent">{state.message}</Notice>;
  return (
    <form action={action} noValidate className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4">
      <FormMessage state={state} />
      {"token" in props ? <input type="hidden" name="token" value={props.token} /> : <input type="hidden" name="actionId" value={props.actionId} />}
      <TextAreaField
        label="Your appeal"
        hint="Tell us what you'd like us to reconsider, and anything the moderator may not have known. You can appeal once."
        name="text"
        rows={6}
        maxLength={APPEAL_MAX}
        required
        value={valueOf(state, "text")}
        error={errorOf(state, "text")}
      />
      <div>
        <SubmitButton pendingLabel="Sending…">Send my appeal</SubmitButton>
      </div>
    </form>
  );
}

/** For someone who can't sign in: a fresh appeal link, emailed to the account's own address. */
export function AppealLinkRequestForm() {
  const [state, action] = useActionState(requestAppealLinkAction, idle);
  if (state.status === "success") return <Notice tone="success" title="Check your inbox">{state.message}</Notice>;
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={valueOf(state, "email")} error={errorOf(state, "email")} />
      <div>
        <SubmitButton pendingLabel="Sending…">Email me an appeal link</SubmitButton>
      </div>
    </form>
  );
}
