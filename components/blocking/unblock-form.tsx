"use client";

import { useActionState } from "react";
import { unblockAction } from "@/lib/actions/relationship/ending";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idle } from "@/lib/forms/state";

export function UnblockForm({ personId, name }: { personId: string; name: string }) {
  const [state, action] = useActionState(unblockAction, idle);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="personId" value={personId} />
      <SubmitButton tone="secondary" pendingLabel="Unblocking…">
        Unblock<span className="sr-only"> {name}</span>
      </SubmitButton>
    </form>
  );
}
