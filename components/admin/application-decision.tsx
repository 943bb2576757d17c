"use client";

import { useActionState } from "react";
import { approveApplicationAction, declineApplicationAction } from "@/lib/actions/staff/applications";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, idle, valueOf } from "@/lib/forms/state";

/** Approve (with an optional note) or decline (with a reason): the applicant reads either on their volunteering page. */
export function ApplicationDecision({ userId, name }: { userId: string; name: string }) {
  const [approveState, approve] = useActionState(approveApplicationAction, idle);
  const [declineState, decline] = useActionState(declineApplicationAction, idle);
  return (
    <div className="grid gap-5 md:grid-cols-2">
      <form action={approve} noValidate className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4">
        <h3 className="font-semibold">Approve</h3>
        <FormMessage state={approveState} />
        <input type="hidden" name="userId" value={userId} />
        <TextAreaField
          label={`A note ${name} will read (optional)`}
          name="note"
          rows={3}
          maxLength={1000}
          value={valueOf(approveState, "note")}
          error={errorOf(approveState, "note")}
        />
        <div>
          <SubmitButton pendingLabel="Approving…">Approve {name}</SubmitButton>
        </div>
      </form>
      <form action={decline} noValidate className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4">
        <h3 className="font-semibold">Decline</h3>
        <FormMessage state={declineState} />
        <input type="hidden" name="userId" value={userId} />
        <TextAreaField
          label={`Reason ${name} will read`}
          name="reason"
          hint="Be kind and specific: what would need to change for a yes? They can revise and send it again."
          rows={3}
          maxLength={1000}
          required
          value={valueOf(declineState, "reason")}
          error={errorOf(declineState, "reason")}
        />
        <div>
          <SubmitButton tone="danger" pendingLabel="Declining…">
            Decline {name}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
