"use client";

import { useActionState, useId } from "react";
import { proposeRhythmAction } from "@/lib/actions/relationship/check-ins";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import { cadenceOptions, dayParts, days } from "@/lib/profiles/options";

const partHints: Record<string, string> = { morning: "08:00–12:00", afternoon: "12:00–17:00", evening: "17:00–22:00" };

/**
 * Proposes a rhythm: how often, and a day and part of day on the proposer's
 * own clock (the other person reads it on theirs). Starts from a suggestion.
 */
export function RhythmForm({
  relationshipId,
  suggestion,
  replaces,
  timezone,
  submitLabel,
}: {
  relationshipId: string;
  suggestion: { cadence: string; day: string; part: string };
  /** The open proposal this one answers or replaces, if any. */
  replaces: string | null;
  timezone: string;
  submitLabel: string;
}) {
  const [state, action] = useActionState(proposeRhythmAction, idle);
  const id = useId();
  const dayError = errorOf(state, "day");
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <input type="hidden" name="replaces" value={replaces ?? ""} />
      <ChoiceGroup type="radio" name="cadence" legend="How often" options={cadenceOptions} value={valueOf(state, "cadence", suggestion.cadence)} error={errorOf(state, "cadence")} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-day`} className="font-medium">
          Day
        </label>
        <select
          id={`${id}-day`}
          name="day"
          defaultValue={valueOf(state, "day", suggestion.day)}
          aria-invalid={dayError ? true : undefined}
          aria-describedby={dayError ? `${id}-day-error` : undefined}
          className="min-h-11 rounded-lg border border-line bg-surface px-3 py-2"
        >
          {days.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </select>
        {dayError ? (
          <p id={`${id}-day-error`} className="text-sm font-medium text-danger">
            {dayError}
          </p>
        ) : null}
      </div>
      <ChoiceGroup
        type="radio"
        name="part"
        legend="Part of the day"
        hint={`On your clock (${timezone}). The other person sees it on theirs.`}
        options={dayParts.map((p) => ({ ...p, hint: partHints[p.value] }))}
        value={valueOf(state, "part", suggestion.part)}
        error={errorOf(state, "part")}
      />
      <div>
        <SubmitButton pendingLabel="Sending…">{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
