"use client";

import { useActionState } from "react";
import { blockAction } from "@/lib/actions/relationship/ending";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idle } from "@/lib/forms/state";

/**
 * "Block" wherever another person is shown. Opening it is the first step;
 * the button inside, after plain words on what happens, is the confirmation.
 * On success the action sends the viewer on, so there is no success state here.
 */
export function BlockForm({ personId, name, from }: { personId: string; name: string; from: "thread" | "suggestions" | "requests" }) {
  const [state, action] = useActionState(blockAction, idle);
  return (
    <details open={state.status === "error" || undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm underline">
        Block {name}…
      </summary>
      <form action={action} className="mt-2 flex flex-col gap-3 rounded-lg border border-line bg-surface p-4">
        <FormMessage state={state} />
        <input type="hidden" name="personId" value={personId} />
        <input type="hidden" name="from" value={from} />
        <p>
          Blocking hides you from each other everywhere on Alongside: no suggestions, requests or messages between you, and any
          relationship you have together closes now. {name} isn&apos;t told. You can unblock later from your account page.
        </p>
        <SubmitButton tone="danger" pendingLabel="Blocking…">
          Yes, block {name}
        </SubmitButton>
      </form>
    </details>
  );
}
