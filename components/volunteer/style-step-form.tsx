"use client";

import { useActionState } from "react";
import { saveStyleAction } from "@/lib/actions/profiles/volunteer";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf, valuesOf } from "@/lib/forms/state";
import { ageBandOptions, genderOptions, languageOptions, listenOptions, messageLengthOptions, toneOptions } from "@/lib/profiles/options";
import { StepButtons } from "./step-buttons";

interface Saved {
  languages: string[];
  listenStyle: string | null;
  tone: string | null;
  messageLength: string | null;
  ageBand: string | null;
  gender: string | null;
}

/** Step 3: languages, the way they tend to support someone, and a little about themselves. */
export function StyleStepForm(saved: Saved) {
  const [state, action] = useActionState(saveStyleAction, idle);
  const one = (field: keyof Omit<Saved, "languages">) => valueOf(state, field, saved[field] ?? "");
  return (
    <form action={action} noValidate className="flex flex-col gap-6">
      <FormMessage state={state} />
      <ChoiceGroup
        type="checkbox"
        name="languages"
        legend="Which languages could you mentor in?"
        options={languageOptions}
        value={valuesOf(state, "languages", saved.languages)}
        error={errorOf(state, "languages")}
        columns
      />
      <ChoiceGroup
        type="radio"
        name="listenStyle"
        legend="When someone shares something hard, you tend to…"
        hint="There's no better answer: people ask for both, and matching uses this to find a good fit."
        options={listenOptions}
        value={one("listenStyle")}
        error={errorOf(state, "listenStyle")}
      />
      <ChoiceGroup type="radio" name="tone" legend="Your way of putting things is…" options={toneOptions} value={one("tone")} error={errorOf(state, "tone")} />
      <ChoiceGroup
        type="radio"
        name="messageLength"
        legend="Your messages are usually…"
        options={messageLengthOptions}
        value={one("messageLength")}
        error={errorOf(state, "messageLength")}
      />
      <ChoiceGroup
        type="radio"
        name="ageBand"
        legend="Your age band"
        hint="Some people would like a mentor near their own age. Only matching uses this."
        options={ageBandOptions}
        value={one("ageBand")}
        error={errorOf(state, "ageBand")}
        columns
      />
      <ChoiceGroup
        type="radio"
        name="gender"
        legend="Your gender (optional)"
        hint="Only matching uses this, for people who ask. Leave it unsaid if you prefer."
        options={[...genderOptions, { value: "", label: "Prefer not to say" }]}
        value={one("gender")}
        error={errorOf(state, "gender")}
        columns
      />
      <StepButtons />
    </form>
  );
}
