"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import { bulkQueueActionAction, queueClaimAction } from "@/lib/actions/staff/queue";
import { buttonClass } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { errorOf, valueOf } from "@/lib/forms/state";
import { BULK_FORM_ID, CLAIM_FORM_ID } from "./queue-ids";


const chosenBoxes = () => document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][form="${BULK_FORM_ID}"]`);

/**
 * Claim or dismiss the ticked items together. Sticks to the bottom of the
 * screen so it is in reach wherever the ticking happened. The checkboxes are
 * plain form controls (the `form` attribute), so this works before the script
 * has loaded; the script only counts the ticks and clears them after success.
 *
 * Beside it, the one form every row's Claim and Release button submits (the
 * button names the item), with the answer in the same place at the bottom.
 */
export function QueueBulkBar() {
  const [claimState, claimOrRelease, claiming] = useActionState(queueClaimAction, { status: "idle" });
  const [state, act, pending] = useActionState(bulkQueueActionAction, { status: "idle" });
  const [chosen, setChosen] = useState(0);
  const reasonId = useId();
  const reasonError = errorOf(state, "reason");
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const count = () => setChosen([...chosenBoxes()].filter((b) => b.checked).length);
    count();
    document.addEventListener("change", count);
    return () => document.removeEventListener("change", count);
  }, []);

  useEffect(() => {
    if (state.status !== "success") return;
    for (const box of chosenBoxes()) box.checked = false;
    document.dispatchEvent(new Event("change")); // recounts
    if (details.current) details.current.open = false;
  }, [state]);

  return (
    <div className="sticky bottom-0 z-10 -mx-4 flex flex-col gap-2 border-t border-line bg-page/95 px-4 py-3 backdrop-blur">
      {/* display: contents, so the empty form adds no gap to the bar until it has an answer to show. */}
      <form id={CLAIM_FORM_ID} action={claimOrRelease} className="contents">
        {claiming ? <p role="status" className="text-sm">Working…</p> : null}
        {!claiming && claimState.status === "error" && claimState.message ? <Notice tone="error">{claimState.message}</Notice> : null}
        {!claiming && claimState.status === "success" ? <Notice tone="success">{claimState.message}</Notice> : null}
      </form>
      <form id={BULK_FORM_ID} action={act} aria-label="Act on the chosen items" className="flex flex-col gap-2">
        {state.status === "error" && state.message ? <Notice tone="error">{state.message}</Notice> : null}
        {state.status === "success" ? <Notice tone="success">{state.message}</Notice> : null}
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm" aria-live="polite">
            <span className="font-semibold">{chosen}</span> chosen
          </p>
          <button type="submit" name="intent" value="claim" className={buttonClass("secondary")} disabled={pending}>
            {pending ? "Working…" : "Claim chosen"}
          </button>
          <details ref={details} className="group" open={Boolean(reasonError)}>
            <summary className={`${buttonClass("secondary")} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>Dismiss chosen…</summary>
            <div className="mt-2 flex flex-col gap-2">
              <label htmlFor={reasonId} className="font-medium">
                Reason for dismissing
              </label>
              <p id={`${reasonId}-hint`} className="text-sm text-muted">
                One reason for all of them, kept with each item&apos;s record. Reports and safety items only: appeals and relationships are decided on their own page.
              </p>
              <textarea
                id={reasonId}
                name="reason"
                rows={2}
                defaultValue={valueOf(state, "reason")}
                aria-invalid={reasonError ? true : undefined}
                aria-describedby={`${reasonId}-hint${reasonError ? ` ${reasonId}-error` : ""}`}
                className={`w-full rounded-lg border bg-surface px-3 py-2 ${reasonError ? "border-danger" : "border-line"}`}
              />
              {reasonError ? (
                <p id={`${reasonId}-error`} className="text-sm font-medium text-danger">
                  {reasonError}
                </p>
              ) : null}
              <div>
                <button type="submit" name="intent" value="dismiss" className={buttonClass("danger")} disabled={pending}>
                  {pending ? "Working…" : "Dismiss chosen"}
                </button>
              </div>
            </div>
          </details>
        </div>
      </form>
    </div>
  );
}
