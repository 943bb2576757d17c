"use client";

import { useActionState } from "react";
import { blockInCircleAction } from "@/lib/actions/circle/safety";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idle } from "@/lib/forms/state";

/**
 * "Block…" beside a member on the circle page. The two buttons are the choice
 * the blocker has: stay in the circle (you won't see each other here), or be
 * placed in another circle with priority. The person blocked isn't told.
 */
export function BlockInCircleForm({ circleId, personId, name }: { circleId: string; personId: string; name: string }) {
  const [state, action] = useActionState(blockInCircleAction, idle);
  if (state.status === "success") {
    return (
      <p role="status" className="text-sm">
        {state.message}
      </p>
    );
  }
  return (
    <details open={state.status === "error" || undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm underline">Block {name}…</summary>
      <form action={action} aria-label={`Block ${name}`} className="mt-2 flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
        <FormMessage state={state} />
        <input type="hidden" name="circleId" value={circleId} />
        <input type="hidden" name="personId" value={personId} />
        <p>
          Blocking hides you from each other everywhere on Alongside: in this circle you won&apos;t see {name} or their messages, and they won&apos;t see you or
          yours. {name} isn&apos;t told. Then it&apos;s your choice:
        </p>
        <div className="flex flex-wrap gap-3">
          <SubmitButton tone="danger" name="choice" value="stay" pendingLabel="Blocking…">
            Block and stay in this circle
          </SubmitButton>
          <SubmitButton tone="secondary" name="choice" value="replace" pendingLabel="Blocking…">
            Block and move me to another circle
          </SubmitButton>
        </div>
        <p className="text-sm text-muted">Moving means leaving this circle now and waiting for another, marked for priority; you can also ask to join a suggested circle straight away.</p>
      </form>
    </details>
  );
}
