"use client";

import { useActionState } from "react";
import { decideAppealAction } from "@/lib/actions/staff/queue";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";

/** Uphold or overturn an appeal, with what the person reads. Overturning undoes the action. */
export function AppealDecisionForm({ appealId, personName }: { appealId: string; personName: string }) {
  const [state, action] = useActionState(decideAppealAction, idle);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={action} noValidate className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4">
      <FormMessage state={state} />
      <input type="hidden" name="appealId" value={appealId} />
      <ChoiceGroup
        type="radio"
        name="outcome"
        legend="Your decision"
        options={[
          { value: "uphold", label: "Uphold", hint: "The decision stands." },
          { value: "overturn", label: "Overturn", hint: "Undo it: a suspension or ban is lifted, removed words come back." },
        ]}
        value={valueOf(state, "outcome")}
        error={errorOf(state, "outcome")}
      />
      <TextAreaField
        label={`What ${personName} will read`}
        name="decision"
        rows={3}
        maxLength={1000}
        required
        value={valueOf(state, "decision")}
        error={errorOf(state, "decision")}
      />
      <div>
        <SubmitButton pendingLabel="Deciding…">Decide the appeal</SubmitButton>
      </div>
    </form>
  );
}
