"use client";

import { useActionState, useId } from "react";
import { grantRoleAction, revokeRoleAction } from "@/lib/actions/staff/moderators";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import { type StaffRole, staffRoleLabels } from "@/lib/validation/admin-roles";

const roleChoices = [
  { value: "moderator", label: "Moderator", hint: "Vets mentors, works the queues, reads program health." },
  { value: "admin", label: "Admin", hint: "Everything a moderator does, plus roles, settings, topics, crisis resources and the audit log." },
];

/** Give someone a staff role. They are found by the email they signed up with. */
export function GrantRoleForm() {
  const [state, action] = useActionState(grantRoleAction, idle);
  const echo = state.status === "error";
  return (
    <form action={action} className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:max-w-xl" aria-labelledby="grant-heading">
      <h2 id="grant-heading" className="text-xl font-semibold">
        Give a role
      </h2>
      <FormMessage state={state} />
      <Field
        label="Their email address"
        name="email"
        type="email"
        autoComplete="off"
        required
        maxLength={254}
        defaultValue={echo ? valueOf(state, "email") : ""}
        error={errorOf(state, "email")}
      />
      <ChoiceGroup
        key={`role-${state.status}`}
        type="radio"
        name="role"
        legend="Role"
        options={roleChoices}
        value={echo ? valueOf(state, "role", "moderator") : "moderator"}
        error={errorOf(state, "role")}
      />
      <TextAreaField
        key={`reason-${state.status}`}
        label="Why (kept in the audit log)"
        name="reason"
        rows={2}
        maxLength={1000}
        required
        value={echo ? valueOf(state, "reason") : ""}
        error={errorOf(state, "reason")}
      />
      <SubmitButton pendingLabel="Saving…">Give role</SubmitButton>
    </form>
  );
}

/** Take one role back from one person, with a reason; behind a disclosure so it is never one click. */
export function RevokeRoleForm({ userId, name, role }: { userId: string; name: string; role: StaffRole }) {
  const [state, action] = useActionState(revokeRoleAction, idle);
  const id = useId();
  const error = errorOf(state, "reason");
  const label = staffRoleLabels[role].toLowerCase();
  return (
    <div className="flex flex-col gap-2">
      {state.status === "success" ? <FormMessage state={state} /> : null}
      <details open={state.status === "error" || undefined}>
        <summary className="inline-flex min-h-11 cursor-pointer items-center rounded px-2 underline">
          Remove {label} role<span className="sr-only"> from {name}</span>…
        </summary>
        <form action={action} className="mt-2 flex flex-col gap-2">
          {state.status === "error" ? <FormMessage state={state} /> : null}
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="role" value={role} />
          <label htmlFor={id} className="text-sm font-medium">
            Why {name} stops being {role === "admin" ? "an" : "a"} {label}
          </label>
          <textarea
            id={id}
            name="reason"
            rows={2}
            required
            maxLength={1000}
            key={state.status}
            defaultValue={state.status === "error" ? valueOf(state, "reason") : ""}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className="rounded-lg border border-line bg-surface p-2"
          />
          {error ? (
            <p id={`${id}-error`} className="text-sm font-medium text-danger">
              {error}
            </p>
          ) : null}
          <SubmitButton tone="danger" pendingLabel="Saving…">
            Remove {label} role from {name}
          </SubmitButton>
        </form>
      </details>
    </div>
  );
}
