"use client";

import { useActionState } from "react";
import { deleteAccountAction } from "@/lib/actions/account/delete-account";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";

export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccountAction, idle);
  const confirmError = errorOf(state, "confirm");
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <Field label="Your password" name="password" type="password" autoComplete="current-password" required error={errorOf(state, "password")} />
      <div className="flex flex-col gap-1">
        <label className="flex gap-3">
          <input
            type="checkbox"
            name="confirm"
            defaultChecked={valueOf(state, "confirm") === "on"}
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? "confirm-error" : undefined}
            className="mt-1 size-4"
          />
          <span>I understand this cannot be undone.</span>
        </label>
        {confirmError ? (
          <p id="confirm-error" className="text-sm font-medium text-danger">
            {confirmError}
          </p>
        ) : null}
      </div>
      <label className="flex gap-3">
        <input type="checkbox" name="removeSpaceWords" defaultChecked={valueOf(state, "removeSpaceWords") === "on"} className="mt-1 size-4" />
        <span>
          Also take down my posts and replies in spaces. Otherwise they stay, shown as from &ldquo;a former member&rdquo;, so the
          conversations they belong to still make sense.
        </span>
      </label>
      <SubmitButton tone="danger" pendingLabel="Deleting…">
        Delete my account
      </SubmitButton>
    </form>
  );
}
