"use client";

import { useActionState } from "react";
import { pulseAction, skipPulseAction } from "@/lib/actions/relationship/care";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import { judgedChoices, understoodChoices } from "@/lib/validation/care";

/** Two private questions after a kept check-in; answering is never required. */
export function PulseForm({ relationshipId, checkInId, mentorName, when }: { relationshipId: string; checkInId: string; mentorName: string; when: string }) {
  const [state, action] = useActionState(pulseAction, idle);
  const [skipState, skip] = useActionState(skipPulseAction, idle);
  return (
    <div className="flex flex-col gap-3">
      <h3 className="font-semibold">About your check-in on {when}</h3>
      <p className="text-sm text-muted">
        Two quick, private questions. {mentorName} never sees a single answer: mentors only ever see a rounded trend across everyone they
        support, once there are enough answers. It also helps us suggest mentors who listen well.
      </p>
      <FormMessage state={state} />
      <form action={action} className="flex flex-col gap-3">
        <input type="hidden" name="relationshipId" value={relationshipId} />
        <input type="hidden" name="checkInId" value={checkInId} />
        <ChoiceGroup type="radio" name="feltUnderstood" legend="Did you feel understood?" options={understoodChoices} value={valueOf(state, "feltUnderstood")} error={errorOf(state, "feltUnderstood")} />
        <ChoiceGroup type="radio" name="feltJudged" legend="Did you feel judged?" options={judgedChoices} value={valueOf(state, "feltJudged")} error={errorOf(state, "feltJudged")} />
        <div>
          <SubmitButton pendingLabel="Sending…">Send privately</SubmitButton>
        </div>
      </form>
      <form action={skip}>
        <input type="hidden" name="relationshipId" value={relationshipId} />
        <input type="hidden" name="checkInId" value={checkInId} />
        <SubmitButton tone="secondary" pendingLabel="Skipping…">
          Skip this time
        </SubmitButton>
      </form>
      <FormMessage state={skipState} />
    </div>
  );
}
