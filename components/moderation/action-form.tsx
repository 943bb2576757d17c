"use client";

import { useActionState } from "react";
import { itemActionAction } from "@/lib/actions/staff/queue";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";
import type { ModerationActionValue } from "@/lib/validation/moderation";

const descriptions: Record<ModerationActionValue, { label: string; hint: string }> = {
  dismiss: { label: "Dismiss", hint: "Close it with no action on the person. Your reason stays in the record; nobody else reads it." },
  warn: { label: "Warn", hint: "They get a notification with your reason, and can appeal once." },
  remove_content: { label: "Remove the content", hint: "Hidden from the thread as “removed by a moderator”; kept encrypted for the record. They're told why." },
  suspend: { label: "Suspend", hint: "Signed out on their next click; they read your reason and can appeal." },
  ban: { label: "Ban", hint: "The account is closed; they read your reason and can appeal." },
  reinstate: { label: "Reinstate", hint: "Their account is active again; they're told." },
  remove_from_circle: { label: "Remove from the circle", hint: "Their seat is freed; they read your reason and can appeal. The circle hears only that someone left." },
};

/**
 * What to do about a report or a safety item. Whom it touches comes from the
 * item on the server; the form only names the item, the action and the reason.
 */
export function ItemActionForm({
  itemKind,
  itemId,
  subjectName,
  actions,
}: {
  itemKind: "report" | "safety_item";
  itemId: string;
  subjectName: string | null;
  actions: ModerationActionValue[];
}) {
  const [state, action] = useActionState(itemActionAction, idle);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={action} noValidate className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4">
      <FormMessage state={state} />
      <input type="hidden" name="itemKind" value={itemKind} />
      <input type="hidden" name="itemId" value={itemId} />
      <ChoiceGroup
        type="radio"
        name="action"
        legend="What to do"
        options={actions.map((value) => ({ value, ...descriptions[value] }))}
        value={valueOf(state, "action")}
        error={errorOf(state, "action")}
      />
      <TextAreaField
        label={subjectName ? `Reason ${subjectName} will read` : "Reason"}
        hint="Plain and specific: what happened and what it means. For a dismissal it stays in the record only."
        name="reason"
        rows={3}
        maxLength={1000}
        required
        value={valueOf(state, "reason")}
        error={errorOf(state, "reason")}
      />
      <div>
        <SubmitButton pendingLabel="Applying…">Apply decision</SubmitButton>
      </div>
    </form>
  );
}
