"use client";

import { useActionState } from "react";
import { withdrawAction } from "@/lib/actions/matching/requests";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idle } from "@/lib/forms/state";

export function WithdrawForm({ requestId, otherName }: { requestId: string; otherName: string }) {
  const [state, action] = useActionState(withdrawAction, idle);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <SubmitButton tone="secondary" pendingLabel="Withdrawing…">
        Withdraw my request<span className="sr-only"> to {otherName}</span>
      </SubmitButton>
    </form>
  );
}
