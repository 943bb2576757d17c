"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { proposeCircleAction } from "@/lib/actions/circle/circles";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import { days, languageOptions } from "@/lib/profiles/options";

const select = "min-h-11 rounded-lg border border-line bg-surface px-3 py-2";

/** Proposing a circle: focus, language, size, rhythm and window (in the mentor's own zone), start and length. */
export function ProposeCircleForm({ topics, timezone, languages }: { topics: { id: string; name: string }[]; timezone: string; languages: string[] }) {
  const [state, formAction] = useActionState(proposeCircleAction, idle);
  const offered = languageOptions.filter((l) => languages.includes(l.value));
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <Field label="Name of the circle" name="title" required maxLength={80} defaultValue={valueOf(state, "title")} error={errorOf(state, "title")} hint="Short and plain, e.g. “Tuesday evenings after a loss”." />
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">Focus topics (up to three)</legend>
        {topics.map((t) => (
          <label key={t.id} className="flex items-center gap-2">
            <input type="checkbox" name="focusTopicIds" value={t.id} className="size-5" />
            {t.name}
          </label>
        ))}
        {errorOf(state, "focusTopicIds") ? <p className="text-sm text-danger">{errorOf(state, "focusTopicIds")}</p> : null}
      </fieldset>
      <label className="flex flex-col gap-1">
        <span className="font-medium">Language</span>
        <select name="language" className={select} defaultValue={offered[0]?.value}>
          {offered.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Members you hope for (4–6)" name="targetSize" type="number" min={4} max={6} defaultValue={valueOf(state, "targetSize", "5")} error={errorOf(state, "targetSize")} />
        <Field label="Most you'd take (up to 8)" name="maxSize" type="number" min={4} max={8} defaultValue={valueOf(state, "maxSize", "6")} error={errorOf(state, "maxSize")} />
      </div>
      <label className="flex flex-col gap-1">
        <span className="font-medium">How often</span>
        <select name="cadence" className={select} defaultValue="weekly">
          <option value="weekly">Every week</option>
          <option value="fortnightly">Every two weeks</option>
        </select>
      </label>
      <div className="grid gap-4 sm:grid-cols-3">
        <label className="flex flex-col gap-1">
          <span className="font-medium">Day</span>
          <select name="day" className={select} defaultValue="tue">
            {days.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <Field label={`Starts at (${timezone})`} name="startTime" type="time" step={900} defaultValue={valueOf(state, "startTime", "19:00")} error={errorOf(state, "startTime")} />
        <Field label="Minutes" name="durationMinutes" type="number" min={30} max={180} step={15} defaultValue={valueOf(state, "durationMinutes", "90")} error={errorOf(state, "durationMinutes")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="First session on or after" name="startsOn" type="date" required defaultValue={valueOf(state, "startsOn")} error={errorOf(state, "startsOn")} />
        <Field label="Number of sessions" name="lengthSessions" type="number" min={4} max={24} defaultValue={valueOf(state, "lengthSessions", "8")} error={errorOf(state, "lengthSessions")} hint="It can be renewed at the end if you and most members agree." />
      </div>
      <div role="status" aria-live="polite">
        <FormMessage state={state} />
      </div>
      <div>
        <SubmitButton>Propose the circle</SubmitButton>
      </div>
    </form>
  );
}
