"use client";

import { useActionState } from "react";
import { retryMailAction } from "@/lib/actions/staff/outbox";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idle } from "@/lib/forms/state";

export function RetryButton({ id }: { id: string }) {
  const [state, action] = useActionState(retryMailAction, idle);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="id" value={id} />
      <SubmitButton tone="secondary" pendingLabel="Retrying…">
        Try again
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
