"use client";

import { useActionState } from "react";
import { savePreferencesAction } from "@/lib/actions/notifications/preferences";
import { TimezoneField } from "@/components/forms/timezone-field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import { type Delivery, deliveryLabels, groupLabels, type KindGroup } from "@/lib/notifications/kinds";

export interface KindRow {
  kind: string;
  label: string;
  group: string;
  choices: readonly Delivery[];
  delivery: Delivery;
}

interface Props {
  kinds: KindRow[];
  timeZone: string;
  quietHoursOn: boolean;
  quietStart: number;
  quietEnd: number;
  digestHour: number;
  saved: boolean;
}

const hours = Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${String(h).padStart(2, "0")}:00` }));

function HourSelect({ name, label, value }: { name: string; label: string; value: string }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value} key={value} className="rounded-lg border border-line bg-surface px-3 py-2">
        {hours.map((h) => (
          <option key={h.value} value={h.value}>
            {h.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Every kind with its three ways, and quiet hours, in one form. */
export function PreferencesForm(props: Props) {
  const [state, action] = useActionState(savePreferencesAction, idle);
  const typed = state.status !== "idle" && Boolean(state.values);
  const v = (field: string, fallback: string) => (typed ? valueOf(state, field, fallback) : fallback);
  const groups = [...new Set(props.kinds.map((k) => k.group))] as KindGroup[];
  return (
    <form action={action} className="flex flex-col gap-6">
      <FormMessage state={state} />
      <section aria-labelledby="quiet-hours" className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5">
        <h2 id="quiet-hours" className="text-xl font-semibold">
          Quiet hours
        </h2>
        <p className="text-muted">
          During quiet hours emails wait until the morning; the bell in Alongside still shows everything. Alerts about
          someone in crisis, for moderators on call, never wait.
        </p>
        <TimezoneField name="timezone" value={v("timezone", props.saved ? props.timeZone : "")} error={errorOf(state, "timezone")} />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="quietHoursOn" defaultChecked={typed ? valueOf(state, "quietHoursOn") === "on" : props.quietHoursOn} />
          <span>Keep email quiet at night</span>
        </label>
        <div className="flex flex-wrap gap-4">
          <HourSelect name="quietStart" label="Quiet from" value={v("quietStart", String(props.quietStart))} />
          <HourSelect name="quietEnd" label="Until" value={v("quietEnd", String(props.quietEnd))} />
          <HourSelect name="digestHour" label="Daily summary at" value={v("digestHour", String(props.digestHour))} />
        </div>
      </section>
      {groups.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5">
          <h2 id={`group-${group}`} className="text-xl font-semibold">
            {groupLabels[group]}
          </h2>
          {props.kinds
            .filter((k) => k.group === group)
            .map((k) => {
              const field = `kind:${k.kind}`;
              const current = v(field, k.delivery);
              return (
                <fieldset key={k.kind} className="flex flex-col gap-1 border-t border-line pt-3 first-of-type:border-t-0 first-of-type:pt-0">
                  <legend className="font-medium">{k.label}</legend>
                  <div className="flex flex-wrap gap-x-5 gap-y-1">
                    {k.choices.map((choice) => (
                      <label key={choice} className="flex items-center gap-2">
                        <input type="radio" name={field} value={choice} defaultChecked={current === choice} key={`${current}`} />
                        <span>{deliveryLabels[choice]}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              );
            })}
        </section>
      ))}
      <SubmitButton pendingLabel="Saving…">Save my choices</SubmitButton>
    </form>
  );
}
