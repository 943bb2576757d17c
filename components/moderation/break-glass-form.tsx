"use client";

import { useActionState } from "react";
import { breakGlassAction, type BreakGlassState } from "@/lib/actions/staff/queue";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { errorOf, valueOf } from "@/lib/forms/state";
import { BREAK_GLASS_REASON_MIN } from "@/lib/validation/moderation";
import { ThreadLines } from "./thread-lines";

const initial: BreakGlassState = { status: "idle" };

/**
 * Break glass: read a relationship's last 50 messages when nothing was
 * reported but someone may be at risk. The reason goes to the audit log for
 * admins; the messages come back with this answer only and are gone on reload.
 */
export function BreakGlassForm({ relationshipId }: { relationshipId: string }) {
  const [state, action] = useActionState(breakGlassAction, initial);
  return (
    <div className="flex flex-col gap-4">
      <form action={action} noValidate className="flex flex-col gap-4 rounded-xl border border-danger bg-surface p-4">
        <FormMessage state={state} />
        <input type="hidden" name="relationshipId" value={relationshipId} />
        <TextAreaField
          label="Why you need to read this thread"
          hint={`At least ${BREAK_GLASS_REASON_MIN} characters. Admins read it in the audit log, and both people's records show the thread was read.`}
          name="reason"
          rows={3}
          maxLength={1000}
          required
          value={valueOf(state, "reason")}
          error={errorOf(state, "reason")}
        />
        <div>
          <SubmitButton tone="danger" pendingLabel="Opening…">
            Break glass and read the thread
          </SubmitButton>
        </div>
      </form>
      {state.thread ? (
        <section aria-labelledby="broken-glass" className="flex flex-col gap-2">
          <h3 id="broken-glass" className="font-semibold">
            The last messages between {state.thread.names.seeker} and {state.thread.names.partner}
          </h3>
          <ThreadLines lines={state.thread.lines} label="The thread's last messages" />
        </section>
      ) : null}
    </div>
  );
}
