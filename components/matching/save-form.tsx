"use client";

import { useActionState } from "react";
import { saveMentorAction, unsaveMentorAction } from "@/lib/actions/matching/suggestions";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idle } from "@/lib/forms/state";

/** "Save for later" on a suggested mentor, or take them off the saved list. Private to the seeker. */
export function SaveForm({ mentorId, name, saved }: { mentorId: string; name: string; saved: boolean }) {
  const [saveState, save] = useActionState(saveMentorAction, idle);
  const [unsaveState, unsave] = useActionState(unsaveMentorAction, idle);
  // The latest answer: after a save the page re-reads and this form becomes "remove", and the other way round.
  const state = saved ? (unsaveState.status === "error" ? unsaveState : saveState) : unsaveState.status !== "idle" ? unsaveState : saveState;
  return (
    <form action={saved ? unsave : save} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="mentorId" value={mentorId} />
      <div>
        {saved ? (
          <SubmitButton tone="secondary" pendingLabel="Removing…">
            Remove from saved<span className="sr-only"> ({name})</span>
          </SubmitButton>
        ) : (
          <SubmitButton tone="secondary" pendingLabel="Saving…">
            Save for later<span className="sr-only"> ({name})</span>
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
