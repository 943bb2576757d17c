"use client";

import { useActionState } from "react";
import { saveRotaAction } from "@/lib/actions/staff/on-call";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle } from "@/lib/forms/state";

export interface RotaPerson {
  id: string;
  name: string;
  place: number | null;
  onDuty: boolean;
}

/** Each moderator: a place on the rota (empty: not on it) and whether they are on duty now. */
export function RotaForm({ people }: { people: RotaPerson[] }) {
  const [state, action] = useActionState(saveRotaAction, idle);
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="people" value={people.map((p) => p.id).join(",")} />
      <ul className="flex flex-col gap-3">
        {people.map((p) => (
          <li key={p.id} className="flex flex-wrap items-end gap-4 rounded-xl border border-line bg-surface p-4">
            <span className="min-w-40 font-medium">{p.name}</span>
            <label className="flex flex-col gap-1">
              <span className="text-sm">Place on the rota</span>
              <input
                name={`place:${p.id}`}
                inputMode="numeric"
                defaultValue={p.place ?? ""}
                aria-describedby={errorOf(state, `place:${p.id}`) ? `err-${p.id}` : undefined}
                className="w-20 rounded-lg border border-line px-3 py-2"
              />
            </label>
            <label className="flex items-center gap-2">
              <input type="checkbox" name={`duty:${p.id}`} defaultChecked={p.onDuty} />
              <span>On duty now</span>
            </label>
            {errorOf(state, `place:${p.id}`) ? (
              <p id={`err-${p.id}`} className="w-full text-sm text-danger">
                {errorOf(state, `place:${p.id}`)}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <SubmitButton pendingLabel="Saving…">Save the rota</SubmitButton>
    </form>
  );
}
