"use client";

import { DisclosedForm } from "@/components/forms/disclosed-form";
import { SubmitButton } from "@/components/ui/button";
import { blockInCircleAction } from "@/lib/actions/circle/safety";

/**
 * "Block…" beside a member on the circle page. The two buttons are the choice
 * the blocker has: stay in the circle (you won't see each other here), or be
 * placed in another circle with priority. The person blocked isn't told.
 */
export function BlockInCircleForm({ circleId, personId, name }: { circleId: string; personId: string; name: string }) {
  return (
    <DisclosedForm action={blockInCircleAction} summary={`Block ${name}…`} label={`Block ${name}`} hidden={{ circleId, personId }}>
      {() => (
        <>
          <p>
            Blocking hides you from each other everywhere on Alongside: in this circle you won&apos;t see {name} or their messages, and they won&apos;t see you
            or yours. {name} isn&apos;t told. Then it&apos;s your choice:
          </p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton tone="danger" name="choice" value="stay" pendingLabel="Blocking…">
              Block and stay in this circle
            </SubmitButton>
            <SubmitButton tone="secondary" name="choice" value="replace" pendingLabel="Blocking…">
              Block and move me to another circle
            </SubmitButton>
          </div>
          <p className="text-sm text-muted">
            Moving means leaving this circle now and waiting for another, marked for priority; the next circle round looks for a seat for you first, and you can
            also ask to join a suggested circle straight away.
          </p>
        </>
      )}
    </DisclosedForm>
  );
}
