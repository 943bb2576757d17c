"use client";

import { useActionState, useState } from "react";
import { useLiveRisk } from "@/components/safety/use-live-risk";
import { WhileWritingHelp } from "@/components/safety/while-writing-help";
import { saveCheckInEntryAction } from "@/lib/actions/relationship/check-ins";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import type { CrisisRegion } from "@/lib/safety/crisis-resources";
import { ENTRY_MAX, type CheckInAnswers } from "@/lib/validation/check-ins";

/**
 * The viewer's own entry for the open check-in: three short, optional answers
 * (at least one). While they write, the risk detector reads the three answers
 * in the browser (debounced) and, at crisis level, crisis lines for their
 * region appear above the save button; saving is never blocked or changed.
 */
export function EntryForm({ relationshipId, checkInId, mine, region }: { relationshipId: string; checkInId: string; mine: CheckInAnswers | null; region?: CrisisRegion }) {
  const [state, action] = useActionState(saveCheckInEntryAction, idle);
  const [typed, setTyped] = useState("");
  const liveRisk = useLiveRisk(typed);
  const value = (field: keyof CheckInAnswers) => valueOf(state, field, mine?.[field] ?? "");
  return (
    <form
      action={action}
      className="flex flex-col gap-4"
      onInput={(event) => {
        const data = new FormData(event.currentTarget);
        setTyped(["arriving", "onMind", "wouldHelp"].map((f) => String(data.get(f) ?? "")).filter(Boolean).join("\n"));
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <input type="hidden" name="checkInId" value={checkInId} />
      <TextAreaField label="How I'm arriving" name="arriving" rows={2} maxLength={ENTRY_MAX} hint="A word or two is fine." value={value("arriving")} error={errorOf(state, "arriving")} />
      <TextAreaField label="What's on my mind" name="onMind" rows={3} maxLength={ENTRY_MAX} value={value("onMind")} error={errorOf(state, "onMind")} />
      <TextAreaField label="What would help" name="wouldHelp" rows={2} maxLength={ENTRY_MAX} hint="Listening, ideas, or just company." value={value("wouldHelp")} error={errorOf(state, "wouldHelp")} />
      <WhileWritingHelp level={liveRisk} region={region} />
      <div>
        <SubmitButton pendingLabel="Saving…">{mine ? "Save my changes" : "Save my check-in"}</SubmitButton>
      </div>
    </form>
  );
}
