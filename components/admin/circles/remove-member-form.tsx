"use client";

import { useActionState } from "react";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { removeFromCircleAction } from "@/lib/actions/staff/circles";
import { errorOf, idle, valueOf } from "@/lib/forms/state";

/** "Remove from the circle", with the reason the person reads (kept sealed). The circle hears only that someone left. */
export function RemoveMemberForm({ circleId, userId, name }: { circleId: string; userId: string; name: string }) {
  const [state, action] = useActionState(removeFromCircleAction, idle);
  if (state.status === "success") {
    return (
      <p role="status" className="text-sm">
        {state.message}
      </p>
    );
  }
  return (
    <details open={state.status === "error" || undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm underline">Remove {name} from the circle…</summary>
      <form action={action} aria-label={`Remove ${name} from the circle`} className="mt-2 flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
        <FormMessage state={state} />
        <input type="hidden" name="circleId" value={circleId} />
        <input type="hidden" name="userId" value={userId} />
        <TextAreaField
          label="Reason"
          hint={`${name} reads this with the news, kindly worded around it, and can appeal once. The circle is told only that someone left.`}
          name="reason"
          rows={3}
          maxLength={1000}
          value={valueOf(state, "reason")}
          error={errorOf(state, "reason")}
        />
        <div>
          <SubmitButton tone="danger" pendingLabel="Removing…">
            Remove {name}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
