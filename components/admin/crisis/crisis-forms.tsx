"use client";

import { useActionState, useId } from "react";
import {
  addCrisisRegionAction,
  importCrisisRegionsAction,
  removeCrisisRegionAction,
  updateCrisisRegionAction,
} from "@/lib/actions/staff/crisis-resources";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, type FormState, idle, valueOf } from "@/lib/forms/state";
import type { CrisisLine } from "@/lib/safety/crisis-resources";
import { CRISIS_LINE_SLOTS } from "@/lib/validation/admin-crisis";

export interface CrisisRegionValues {
  id: string;
  region: string;
  emergency: string;
  timezones: string[];
  lines: CrisisLine[];
  order: number;
}

/** The form's fields: what was typed (after an answer), else the region as stored. */
function RegionFields({ state, initial, prefix }: { state: FormState; initial?: CrisisRegionValues; prefix: string }) {
  const typed = state.status === "error" || (state.status === "success" && state.values);
  const v = (field: string, stored: string) => (typed ? valueOf(state, field) : stored);
  const timezonesId = useId();
  const timezonesError = errorOf(state, "timezones");
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_auto]">
        <Field label="Region" name="region" required maxLength={80} defaultValue={v("region", initial?.region ?? "")} error={errorOf(state, "region")} />
        <Field
          label="Emergency number"
          name="emergency"
          required
          maxLength={60}
          defaultValue={v("emergency", initial?.emergency ?? "")}
          error={errorOf(state, "emergency")}
        />
        <Field
          label="Position"
          name="order"
          type="number"
          min={1}
          max={99}
          required
          className="sm:w-28"
          hint="1 comes first"
          defaultValue={v("order", String(initial?.order ?? 50))}
          error={errorOf(state, "order")}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={timezonesId} className="font-medium">
          Timezones that place a person here
        </label>
        <p id={`${timezonesId}-hint`} className="text-sm text-muted">
          One a line, like Europe/London. End with a slash for a whole area: Australia/ or Europe/. An exact zone wins over
          an area.
        </p>
        <textarea
          id={timezonesId}
          name="timezones"
          rows={3}
          defaultValue={v("timezones", initial?.timezones.join("\n") ?? "")}
          aria-invalid={timezonesError ? true : undefined}
          aria-describedby={`${timezonesId}-hint${timezonesError ? ` ${timezonesId}-error` : ""}`}
          className={`rounded-lg border bg-surface p-3 font-mono text-sm ${timezonesError ? "border-danger" : "border-line"}`}
        />
        {timezonesError ? (
          <p id={`${timezonesId}-error`} className="text-sm font-medium text-danger">
            {timezonesError}
          </p>
        ) : null}
      </div>
      {Array.from({ length: CRISIS_LINE_SLOTS }, (_, i) => {
        const line = initial?.lines[i];
        return (
          <fieldset key={`${prefix}-${i}`} className="grid gap-3 rounded-lg border border-line p-3 sm:grid-cols-2">
            <legend className="px-1 font-medium">Line {i + 1}{i > 0 || initial ? " (optional)" : ""}</legend>
            <Field label="Name" name={`line${i}Name`} maxLength={80} defaultValue={v(`line${i}Name`, line?.name ?? "")} error={errorOf(state, `line${i}Name`)} />
            <Field
              label="How to reach it"
              name={`line${i}Contact`}
              maxLength={80}
              hint="As people read it, e.g. Call 116 123"
              defaultValue={v(`line${i}Contact`, line?.contact ?? "")}
              error={errorOf(state, `line${i}Contact`)}
            />
            <Field
              label="Link"
              name={`line${i}Href`}
              maxLength={300}
              hint="tel:, sms: or https:// only"
              defaultValue={v(`line${i}Href`, line?.href ?? "")}
              error={errorOf(state, `line${i}Href`)}
            />
            <Field label="Note" name={`line${i}Note`} maxLength={120} hint="e.g. 24/7, free" defaultValue={v(`line${i}Note`, line?.note ?? "")} error={errorOf(state, `line${i}Note`)} />
          </fieldset>
        );
      })}
    </>
  );
}

export function AddCrisisRegionForm() {
  const [state, action] = useActionState(addCrisisRegionAction, idle);
  return (
    <details className="rounded-xl border border-line bg-surface p-4" open={state.status === "error" || undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-lg font-semibold">Add a region…</summary>
      <form action={action} className="mt-3 flex flex-col gap-4" key={state.status === "success" ? state.message : "form"}>
        <FormMessage state={state} />
        <RegionFields state={state} prefix="add" />
        <SubmitButton pendingLabel="Adding…">Add region</SubmitButton>
      </form>
    </details>
  );
}

export function EditCrisisRegionForm({ region }: { region: CrisisRegionValues }) {
  const [state, action] = useActionState(updateCrisisRegionAction, idle);
  return (
    <details open={state.status !== "idle" || undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center underline">
        Edit<span className="sr-only"> {region.region}</span>…
      </summary>
      <form action={action} className="mt-3 flex flex-col gap-4">
        <FormMessage state={state} />
        <input type="hidden" name="id" value={region.id} />
        <RegionFields state={state} initial={region} prefix={region.id} />
        <SubmitButton pendingLabel="Saving…">
          Save<span className="sr-only"> {region.region}</span>
        </SubmitButton>
      </form>
    </details>
  );
}

export function RemoveCrisisRegionForm({ id, region }: { id: string; region: string }) {
  const [state, action] = useActionState(removeCrisisRegionAction, idle);
  return (
    <details>
      <summary className="inline-flex min-h-11 cursor-pointer items-center underline">
        Remove<span className="sr-only"> {region}</span>…
      </summary>
      <form action={action} className="mt-2 flex flex-col gap-2">
        <FormMessage state={state} />
        <p className="text-sm">People will no longer see {region} on the help page.</p>
        <input type="hidden" name="id" value={id} />
        <SubmitButton tone="danger" pendingLabel="Removing…">
          Remove {region}
        </SubmitButton>
      </form>
    </details>
  );
}

export function ImportCrisisRegionsForm() {
  const [state, action] = useActionState(importCrisisRegionsAction, idle);
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Copying…">Start editing from the built-in list</SubmitButton>
    </form>
  );
}
