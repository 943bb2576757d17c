"use client";

import { useActionState } from "react";
import { respondRhythmAction, withdrawRhythmAction } from "@/lib/actions/relationship/check-ins";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idle } from "@/lib/forms/state";

/** Yes or no to the other person's proposal. Both buttons share one state, so the answer shows in one place. */
export function RhythmAnswerForms({ relationshipId, rhythmId }: { relationshipId: string; rhythmId: string }) {
  const [state, action] = useActionState(respondRhythmAction, idle);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <div className="flex flex-col gap-3">
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-3">
        {(["accept", "decline"] as const).map((decision) => (
          <form key={decision} action={action}>
            <input type="hidden" name="relationshipId" value={relationshipId} />
            <input type="hidden" name="rhythmId" value={rhythmId} />
            <input type="hidden" name="decision" value={decision} />
            <SubmitButton tone={decision === "accept" ? "primary" : "secondary"} pendingLabel="Sending…">
              {decision === "accept" ? "Yes, agree this rhythm" : "No, this doesn't suit me"}
            </SubmitButton>
          </form>
        ))}
      </div>
    </div>
  );
}

export function WithdrawRhythmForm({ relationshipId, rhythmId }: { relationshipId: string; rhythmId: string }) {
  const [state, action] = useActionState(withdrawRhythmAction, idle);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <input type="hidden" name="rhythmId" value={rhythmId} />
      <div>
        <SubmitButton tone="secondary" pendingLabel="Withdrawing…">
          Withdraw my proposal
        </SubmitButton>
      </div>
    </form>
  );
}
