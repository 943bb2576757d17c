"use client";

import { useActionState } from "react";
import { changeByLinkAction } from "@/lib/actions/notifications/preferences";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idle, valueOf } from "@/lib/forms/state";
import { type Delivery, deliveryLabels } from "@/lib/notifications/kinds";

/** The page an email's "change this" link opens: one kind, its choices, one click. */
export function LinkChoiceForm({ token, label, choices, delivery }: { token: string; label: string; choices: readonly Delivery[]; delivery: Delivery }) {
  const [state, action] = useActionState(changeByLinkAction, idle);
  const current = valueOf(state, "delivery", delivery);
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">{label}</legend>
        {choices.map((choice) => (
          <label key={choice} className="flex items-center gap-2">
            <input type="radio" name="delivery" value={choice} defaultChecked={current === choice} key={current} />
            <span>{deliveryLabels[choice]}</span>
          </label>
        ))}
      </fieldset>
      <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
    </form>
  );
}
