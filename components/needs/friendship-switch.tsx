"use client";

import { useActionState } from "react";
import { friendshipAction } from "@/lib/actions/profiles/profile";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idle } from "@/lib/forms/state";

/** One button that switches peer friendship to the other state. */
export function FriendshipSwitch({ active }: { active: boolean }) {
  const [state, action] = useActionState(friendshipAction, idle);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="active" value={active ? "off" : "on"} />
      <div>
        <SubmitButton tone={active ? "secondary" : "primary"} pendingLabel="Saving…">
          {active ? "Switch peer friendship off" : "Switch peer friendship on"}
        </SubmitButton>
      </div>
    </form>
  );
}
