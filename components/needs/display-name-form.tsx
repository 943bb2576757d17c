"use client";

import { useActionState } from "react";
import { displayNameAction } from "@/lib/actions/profiles/profile";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";

export function DisplayNameForm({ name }: { name: string }) {
  const [state, action] = useActionState(displayNameAction, idle);
  return (
    <form action={action} noValidate className="flex flex-col gap-3">
      <FormMessage state={state} />
      <Field
        label="Name to be known by"
        name="name"
        autoComplete="nickname"
        hint="A first name or a pseudonym. Your real name is never needed."
        maxLength={60}
        required
        defaultValue={valueOf(state, "name", name)}
        error={errorOf(state, "name")}
      />
      <div>
        <SubmitButton tone="secondary" pendingLabel="Saving…">
          Save name
        </SubmitButton>
      </div>
    </form>
  );
}
