"use client";

import { useActionState, useState } from "react";
import { saveTrainingAction } from "@/lib/actions/profiles/volunteer";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle } from "@/lib/forms/state";
import { findOption, TRAINING_PASS_RULE, trainingField, trainingQuestions } from "@/lib/mentoring/training";
import { StepButtons } from "./step-buttons";

/**
 * Step 6: the scenarios. Feedback on an answer appears as soon as it is
 * chosen (and, without JavaScript, after sending); any answer can be changed.
 * The server grades what is sent.
 */
export function TrainingForm({ saved }: { saved: Record<string, string> }) {
  const [state, action] = useActionState(saveTrainingAction, idle);
  const [answers, setAnswers] = useState<Record<string, string>>(() =>
    Object.fromEntries(trainingQuestions.map((q) => [q.id, saved[q.id] ?? ""])),
  );
  return (
    <form action={action} noValidate className="flex flex-col gap-6">
      <p className="rounded-lg border border-line bg-surface p-4">{TRAINING_PASS_RULE}</p>
      <FormMessage state={state} />
      <ol className="flex flex-col gap-6">
        {trainingQuestions.map((question, index) => {
          const chosen = findOption(question.id, answers[question.id]);
          const field = trainingField(question.id);
          const error = errorOf(state, field);
          const idBase = `q-${question.id}`;
          return (
            <li key={question.id} className="rounded-xl border border-line bg-surface p-4">
              <fieldset
                className="flex flex-col gap-2"
                aria-describedby={[chosen ? `${idBase}-feedback` : "", error ? `${idBase}-error` : ""].filter(Boolean).join(" ") || undefined}
                aria-invalid={error ? true : undefined}
              >
                <legend className="mb-2 font-medium">
                  <span className="block text-sm text-muted">
                    Question {index + 1} of {trainingQuestions.length}
                    {question.safetyCritical ? <span className="ml-2 rounded bg-help-soft px-2 py-0.5 font-semibold text-help">Safety first</span> : null}
                  </span>
                  {question.scenario}
                </legend>
                {question.options.map((option) => (
                  <label
                    key={option.id}
                    className="flex cursor-pointer gap-3 rounded-lg border border-line p-3 has-[:checked]:border-brand has-[:checked]:bg-brand-soft"
                  >
                    <input
                      type="radio"
                      name={field}
                      value={option.id}
                      checked={answers[question.id] === option.id}
                      onChange={() => setAnswers((current) => ({ ...current, [question.id]: option.id }))}
                      className="mt-1 size-4 shrink-0"
                    />
                    <span>{option.text}</span>
                  </label>
                ))}
              </fieldset>
              <div aria-live="polite">
                {chosen ? (
                  <p
                    id={`${idBase}-feedback`}
                    className={`mt-3 rounded-lg border-l-4 p-3 ${chosen.correct ? "border-brand bg-brand-soft" : "border-help bg-help-soft"}`}
                  >
                    <span className="font-semibold">{chosen.correct ? "That's it. " : "Not quite. "}</span>
                    {chosen.feedback}
                  </p>
                ) : null}
              </div>
              {error ? (
                <p id={`${idBase}-error`} className="mt-2 text-sm font-medium text-danger">
                  {error}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <StepButtons continueLabel="Check my answers and continue" />
    </form>
  );
}
