"use client";

import { useActionState } from "react";
import { askHelpAction, weAreGoodAction } from "@/lib/actions/relationship/care";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idle } from "@/lib/forms/state";

const actions = { good: weAreGoodAction, help: askHelpAction } as const;

/** One button about an open rupture: "we're good", or asking a moderator to help. */
export function RuptureButton({
  what,
  relationshipId,
  ruptureId,
  children,
}: {
  what: keyof typeof actions;
  relationshipId: string;
  ruptureId: string;
  children: React.ReactNode;
}) {
  const [state, action] = useActionState(actions[what], idle);
  return (
    <form action={action} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <input type="hidden" name="ruptureId" value={ruptureId} />
      <div>
        <SubmitButton tone={what === "good" ? "primary" : "secondary"} pendingLabel="Sending…">
          {children}
        </SubmitButton>
      </div>
    </form>
  );
}
