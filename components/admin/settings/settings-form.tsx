"use client";

import { useActionState } from "react";
import { updateSettingsAction } from "@/lib/actions/staff/settings";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import type { ProgramSettings, SettingDefinition, SettingKey } from "@/lib/validation/admin-settings";

export interface SettingRow {
  key: SettingKey;
  definition: SettingDefinition;
  /** "Last changed by Ada on 3 Mar 2026", or "Default". */
  changed: string;
}

/** Every setting in one form: one save, one audit entry listing what changed. */
export function SettingsForm({ rows, values }: { rows: SettingRow[]; values: ProgramSettings }) {
  const [state, action] = useActionState(updateSettingsAction, idle);
  const typed = state.status !== "idle" && state.values;
  return (
    <form action={action} className="flex flex-col gap-5 sm:max-w-2xl">
      <FormMessage state={state} />
      {rows.map(({ key, definition, changed }) => (
        <div key={key} className="flex flex-col gap-1 rounded-xl border border-line bg-surface p-4">
          <Field
            label={definition.label}
            name={key}
            type="number"
            inputMode="numeric"
            required
            min={definition.min}
            max={definition.max}
            step={1}
            hint={`${definition.hint} From ${definition.min} to ${definition.max} ${definition.unit}; the default is ${definition.default}.`}
            defaultValue={typed ? valueOf(state, key) : String(values[key])}
            error={errorOf(state, key)}
          />
          <p className="text-xs text-muted">{changed}</p>
        </div>
      ))}
      <TextAreaField
        key={state.status}
        label="Why (optional, kept in the audit log)"
        name="reason"
        rows={2}
        maxLength={500}
        value={state.status === "error" ? valueOf(state, "reason") : ""}
        error={errorOf(state, "reason")}
      />
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  );
}
