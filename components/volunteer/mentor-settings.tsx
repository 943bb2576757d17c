"use client";

import { useActionState, useId } from "react";
import { capacityAction, pauseSettingsAction } from "@/lib/actions/profiles/volunteer";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Notice } from "@/components/ui/notice";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import { formatDay } from "@/lib/mentoring/pause";
import { capacityOptions } from "@/lib/mentoring/steps";

/**
 * Pause new suggestions until a return date, or come back early. A
 * facilitator whose pause would leave circle sessions without them reads
 * what will happen and confirms (or picks another day) before anything is saved.
 */
export function PauseSettings({ pausedUntil, earliest, latest }: { pausedUntil: string | null; earliest: string; latest: string }) {
  const [state, action] = useActionState(pauseSettingsAction, idle);
  const confirming = state.status === "error" ? valueOf(state, "confirmCircleIds") : "";
  return (
    <div className="flex flex-col gap-3">
      {confirming ? null : <FormMessage state={state} />}
      {confirming && state.status === "error" ? (
        <form action={action} className="flex flex-col gap-3">
          <Notice tone="help" title="Before you pause">
            {state.message}
          </Notice>
          <input type="hidden" name="intent" value="pause" />
          <input type="hidden" name="pausedUntil" value={valueOf(state, "pausedUntil")} />
          <input type="hidden" name="confirmCircleIds" value={confirming} />
          <div>
            <SubmitButton pendingLabel="Pausing…">Pause and ask for cover</SubmitButton>
          </div>
          <p className="text-sm text-muted">Or choose another day below: a pause that falls between sessions leaves your circles as they are.</p>
        </form>
      ) : null}
      {pausedUntil ? (
        <form action={action} className="flex flex-col gap-3">
          <p>
            You&apos;re paused until <strong>{formatDay(pausedUntil)}</strong>. Nobody new is suggested to you until then;
            people you already support still have you.
          </p>
          <input type="hidden" name="intent" value="resume" />
          <div>
            <SubmitButton pendingLabel="Saving…">I&apos;m back — end my pause now</SubmitButton>
          </div>
        </form>
      ) : (
        <form action={action} noValidate className="flex flex-col gap-3">
          <p className="text-muted">
            Life happens. Pausing stops new people being suggested to you until the day you choose; people you already
            support keep you.
          </p>
          <input type="hidden" name="intent" value="pause" />
          <Field
            label="The day you expect to be back"
            name="pausedUntil"
            type="date"
            min={earliest}
            max={latest}
            required
            hint="Any day from tomorrow up to six months away. You can come back sooner."
            defaultValue={valueOf(state, "pausedUntil")}
            error={errorOf(state, "pausedUntil")}
            className="max-w-xs"
          />
          <div>
            <SubmitButton pendingLabel="Pausing…">Pause until then</SubmitButton>
          </div>
        </form>
      )}
    </div>
  );
}

/** How many people, 1–5. Lowering below the people supported now asks which relationship to close first. */
export function CapacityForm({ capacity }: { capacity: number }) {
  const [state, action] = useActionState(capacityAction, idle);
  const id = useId();
  return (
    <form action={action} noValidate className="flex flex-col gap-3" aria-describedby={`${id}-hint`}>
      <FormMessage state={state} />
      <p id={`${id}-hint`} className="text-sm text-muted">
        Fewer is always fine. Lowering it never ends a relationship by itself: if you support more people than your new
        number, we&apos;ll ask you which one to close, so nobody is left without a word.
      </p>
      <ChoiceGroup
        type="radio"
        name="capacity"
        legend="How many people can you support at the same time?"
        options={capacityOptions}
        value={valueOf(state, "capacity", String(capacity))}
        error={errorOf(state, "capacity")}
      />
      <div>
        <SubmitButton pendingLabel="Saving…">Save capacity</SubmitButton>
      </div>
    </form>
  );
}
