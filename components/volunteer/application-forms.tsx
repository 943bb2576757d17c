"use client";

import { useActionState } from "react";
import { reviseApplicationAction, submitApplicationAction } from "@/lib/actions/profiles/volunteer";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idle } from "@/lib/forms/state";

/** Step 7: send the application. The button disables while sending; sending twice is still one submission. */
export function SubmitApplicationForm() {
  const [state, action] = useActionState(submitApplicationAction, idle);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel="Sending…">Send my application</SubmitButton>
      </div>
    </form>
  );
}

/** After a decline: reopen the application, every answer kept. */
export function ReviseApplicationForm() {
  const [state, action] = useActionState(reviseApplicationAction, idle);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel="Opening…">Revise my application</SubmitButton>
      </div>
    </form>
  );
}
