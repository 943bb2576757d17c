"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { addRoleAction } from "@/lib/actions/account/roles";
import { idle } from "@/lib/forms/state";
import type { SelfServiceRole } from "@/lib/validation/account";

const labels: Record<SelfServiceRole, string> = { mentor: "I'd like to volunteer", seeker: "I'd like support" };

/** One button that adds support or volunteering to the viewer's own account (the role is fixed by the page, never typed). */
export function AddRoleForm({ role, tone = "primary" }: { role: SelfServiceRole; tone?: "primary" | "secondary" }) {
  const [state, action] = useActionState(addRoleAction, idle);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="role" value={role} />
      <div>
        <SubmitButton tone={tone} pendingLabel="Adding…">
          {labels[role]}
        </SubmitButton>
      </div>
    </form>
  );
}
