"use client";

import { useActionState } from "react";
import { saveRhythmAction } from "@/lib/actions/profiles/volunteer";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TimezoneField } from "@/components/forms/timezone-field";
import { WindowPicker } from "@/components/forms/window-picker";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf, valuesOf } from "@/lib/forms/state";
import { capacityOptions } from "@/lib/mentoring/steps";
import { cadenceOptions } from "@/lib/profiles/options";
import { StepButtons } from "./step-buttons";

/** Step 2: how many people, how often, and when. */
export function RhythmStepForm(saved: { capacity: number | null; cadences: string[]; windows: string[]; timezone: string | null }) {
  const [state, action] = useActionState(saveRhythmAction, idle);
  return (
    <form action={action} noValidate className="flex flex-col gap-6">
      <FormMessage state={state} />
      <ChoiceGroup
        type="radio"
        name="capacity"
        legend="How many people could you support at the same time?"
        hint="Fewer is absolutely fine. One person supported steadily means more than several squeezed in. You can change this later."
        options={capacityOptions}
        value={valueOf(state, "capacity", saved.capacity ? String(saved.capacity) : "")}
        error={errorOf(state, "capacity")}
      />
      <ChoiceGroup
        type="checkbox"
        name="cadences"
        legend="Which rhythms could you keep?"
        hint="A rhythm is how often you check in with each person. Choose every one you could keep up for months, not just weeks."
        options={cadenceOptions}
        value={valuesOf(state, "cadences", saved.cadences)}
        error={errorOf(state, "cadences")}
      />
      <WindowPicker
        legend="When are you usually free for a check-in?"
        hint="Choose every time that usually works. Check-ins are arranged within these, in your timezone."
        value={valuesOf(state, "windows", saved.windows)}
        error={errorOf(state, "windows")}
      />
      <TimezoneField value={valueOf(state, "timezone", saved.timezone ?? "") || undefined} error={errorOf(state, "timezone")} />
      <StepButtons />
    </form>
  );
}
