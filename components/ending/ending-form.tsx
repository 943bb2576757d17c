"use client";

import { useActionState, useId } from "react";
import { endRelationshipAction } from "@/lib/actions/relationship/ending";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import { endReasons, REFLECTION_MAX } from "@/lib/validation/relationships";

/** Whether "one final check-in first" can be offered, and when that check-in closes (already in the viewer's words). */
export type FinalCheckInOption = { available: true; closesAt: string } | { available: false; why: string };

/**
 * Closing a relationship without blame: a reason (no-fault ones first), two
 * optional prompts for closing words, and — where a rhythm is agreed — one
 * final check-in before it closes. Behind a disclosure so nobody ends by accident.
 */
export function EndingForm({
  relationshipId,
  otherName,
  viewerIsMentor,
  finalCheckIn,
}: {
  relationshipId: string;
  otherName: string;
  viewerIsMentor: boolean;
  /** Omitted where the rhythm isn't known (the "Your people" list): the relationship page offers it. */
  finalCheckIn?: FinalCheckInOption;
}) {
  const [state, action] = useActionState(endRelationshipAction, idle);
  const id = useId();
  if (state.status === "success") return <FormMessage state={state} />;
  // "I need to support fewer people" is a mentor's reason.
  const reasons = endReasons.filter((r) => viewerIsMentor || r.value !== "capacity");
  return (
    <details open={state.status === "error" || undefined} className="flex flex-col gap-3">
      <summary className="inline-flex min-h-11 cursor-pointer items-center underline">
        Close this relationship<span className="sr-only"> with {otherName}</span>…
      </summary>
      <form action={action} className="mt-2 flex flex-col gap-4">
        <FormMessage state={state} />
        <p className="text-muted">Relationships end, and that&apos;s all right. Whatever the reason, nobody is at fault.</p>
        <input type="hidden" name="relationshipId" value={relationshipId} />
        <ChoiceGroup
          type="radio"
          name="reason"
          legend="Why is it ending?"
          hint={`Any reason is fine. ${otherName} reads a kind version of it, never blame.`}
          options={reasons}
          value={valueOf(state, "reason")}
          error={errorOf(state, "reason")}
        />
        <p className="-mb-2 font-medium">Closing words for {otherName} (optional)</p>
        <TextAreaField label="What I valued" name="valued" rows={3} maxLength={REFLECTION_MAX} value={valueOf(state, "valued")} error={errorOf(state, "valued")} />
        <TextAreaField
          label="What I take with me"
          name="takeWithMe"
          rows={3}
          maxLength={REFLECTION_MAX}
          hint="Both together stay under the limit."
          value={valueOf(state, "takeWithMe")}
          error={errorOf(state, "takeWithMe")}
        />
        {finalCheckIn?.available ? (
          <div className="flex flex-col gap-1">
            <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-line bg-surface p-3 has-[:checked]:border-brand has-[:checked]:bg-brand-soft">
              <input type="checkbox" name="finalCheckIn" defaultChecked={valueOf(state, "finalCheckIn") === "on"} aria-describedby={`${id}-final`} className="mt-1 size-4 shrink-0" />
              <span className="font-medium">One final check-in first</span>
            </label>
            <p id={`${id}-final`} className="text-sm text-muted">
              Stay open for your next check-in, to say goodbye in your usual rhythm. It closes after {finalCheckIn.closesAt}.
            </p>
          </div>
        ) : finalCheckIn ? (
          <p className="text-sm text-muted">{finalCheckIn.why}</p>
        ) : null}
        <SubmitButton tone="secondary" pendingLabel="Closing…">
          Close the relationship with {otherName}
        </SubmitButton>
      </form>
    </details>
  );
}
