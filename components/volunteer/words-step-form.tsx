"use client";

import { useActionState } from "react";
import { saveWordsAction } from "@/lib/actions/profiles/volunteer";
import { TextAreaField } from "@/components/forms/text-area-field";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import { INTRO_MAX, MOTIVATION_MAX } from "@/lib/mentoring/steps";
import { StepButtons } from "./step-buttons";

/** Step 4: an introduction for the people they may be suggested to, and their motivation, for moderators. */
export function WordsStepForm(saved: { intro: string | null; motivation: string | null }) {
  const [state, action] = useActionState(saveWordsAction, idle);
  return (
    <form action={action} noValidate className="flex flex-col gap-6">
      <FormMessage state={state} />
      <TextAreaField
        label="A few words about you"
        name="intro"
        hint="People you may be suggested to read this. What have you lived through, if you're happy to say, and how do you like to be there for someone? A first name or pseudonym is plenty; no contact details, please."
        value={valueOf(state, "intro", saved.intro ?? "")}
        error={errorOf(state, "intro")}
        maxLength={INTRO_MAX}
        rows={5}
        required
      />
      <TextAreaField
        label="Why would you like to mentor?"
        name="motivation"
        hint="Only our moderators read this. A few honest sentences are perfect."
        value={valueOf(state, "motivation", saved.motivation ?? "")}
        error={errorOf(state, "motivation")}
        maxLength={MOTIVATION_MAX}
        rows={5}
        required
      />
      <StepButtons />
    </form>
  );
}
