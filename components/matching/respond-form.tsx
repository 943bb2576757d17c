"use client";

import { useActionState, useId } from "react";
import { respondAction } from "@/lib/actions/matching/requests";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idle, valueOf } from "@/lib/forms/state";
import { declineTemplates } from "@/lib/validation/request-templates";

/** Yes, or a kind no with a template and optional words of one's own. */
export function RespondForm({ requestId, otherName }: { requestId: string; otherName: string }) {
  const [state, action] = useActionState(respondAction, idle);
  const id = useId();
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <div className="flex flex-col gap-3">
      <FormMessage state={state} />
      <form action={action}>
        <input type="hidden" name="requestId" value={requestId} />
        <input type="hidden" name="decision" value="accept" />
        <input type="hidden" name="template" value="" />
        <input type="hidden" name="note" value="" />
        <SubmitButton pendingLabel="Saying yes…">Say yes to {otherName}</SubmitButton>
      </form>
      <details>
        <summary className="inline-flex min-h-11 cursor-pointer items-center underline">Say no kindly…</summary>
        <form action={action} className="mt-2 flex flex-col gap-3">
          <input type="hidden" name="requestId" value={requestId} />
          <input type="hidden" name="decision" value="decline" />
          <fieldset className="flex flex-col gap-2">
            <legend className="font-medium">What we&apos;ll tell {otherName}</legend>
            {declineTemplates.map((t, i) => (
              <label key={t.value} className="flex gap-3 rounded-lg border border-line bg-surface p-3 has-[:checked]:border-brand">
                <input type="radio" name="template" value={t.value} defaultChecked={valueOf(state, "template", declineTemplates[0].value) === t.value || (i === 0 && !valueOf(state, "template"))} className="mt-1 size-4" />
                <span>
                  <span className="font-medium">{t.label}</span>
                  <span className="block text-sm text-muted">{t.text}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <label htmlFor={id} className="font-medium">
            A few words of your own (optional)
          </label>
          <textarea id={id} name="note" rows={2} maxLength={500} defaultValue={valueOf(state, "note")} className="rounded-lg border border-line bg-surface p-2" />
          <SubmitButton tone="secondary" pendingLabel="Sending…">
            Send my answer
          </SubmitButton>
        </form>
      </details>
    </div>
  );
}
