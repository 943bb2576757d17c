"use client";

import { DisclosedForm } from "@/components/forms/disclosed-form";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { removeFromCircleAction } from "@/lib/actions/staff/circles";
import { errorOf, valueOf } from "@/lib/forms/state";

/** "Remove from the circle", with the reason the person reads (kept sealed). The circle hears only that someone left. */
export function RemoveMemberForm({ circleId, userId, name }: { circleId: string; userId: string; name: string }) {
  return (
    <DisclosedForm action={removeFromCircleAction} summary={`Remove ${name} from the circle…`} label={`Remove ${name} from the circle`} hidden={{ circleId, userId }}>
      {(state) => (
        <>
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
        </>
      )}
    </DisclosedForm>
  );
}
