"use client";

import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { circleTrainingAction } from "@/lib/actions/circle/circles";
import { circleTrainingQuestions } from "@/lib/circles/training";
import { idle } from "@/lib/forms/state";

/** The facilitation module: choose an answer, read its feedback at once, change it as often as you like. */
export function CircleTrainingForm() {
  const [state, formAction] = useActionState(circleTrainingAction, idle);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  return (
    <form action={formAction} className="flex flex-col gap-6">
      {circleTrainingQuestions.map((q, i) => {
        const option = q.options.find((o) => o.id === chosen[q.id]);
        const error = state.status === "error" ? state.fieldErrors[q.id] : undefined;
        return (
          <fieldset key={q.id} className="flex flex-col gap-2 rounded-lg border border-line p-3" aria-describedby={option ? `${q.id}-feedback` : undefined}>
            <legend className="px-1 font-semibold">
              {i + 1}. {q.scenario}
              {q.safetyCritical ? " (Safety first)" : ""}
            </legend>
            {q.options.map((o) => (
              <label key={o.id} className="flex items-start gap-2">
                <input type="radio" name={q.id} value={o.id} className="mt-1 size-5" onChange={() => setChosen((c) => ({ ...c, [q.id]: o.id }))} />
                <span>{o.text}</span>
              </label>
            ))}
            {option ? (
              <p id={`${q.id}-feedback`} className="rounded bg-surface p-2 text-sm" aria-live="polite">
                {option.correct ? "Good choice. " : "Have another think. "}
                {option.feedback}
              </p>
            ) : null}
            {error ? <p className="text-sm text-danger">{error}</p> : null}
          </fieldset>
        );
      })}
      <div role="status" aria-live="polite">
        <FormMessage state={state} />
      </div>
      <div>
        <SubmitButton>Finish the module</SubmitButton>
      </div>
    </form>
  );
}
