"use client";

import { useActionState } from "react";
import { cancelPlannedEndingAction } from "@/lib/actions/relationship/ending";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idle } from "@/lib/forms/state";

/** The person who planned an ending can take it back until it happens. */
export function CancelPlannedEndingForm({ relationshipId }: { relationshipId: string }) {
  const [state, action] = useActionState(cancelPlannedEndingAction, idle);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <SubmitButton tone="secondary" pendingLabel="Cancelling…">
        Cancel the planned ending
      </SubmitButton>
    </form>
  );
}
