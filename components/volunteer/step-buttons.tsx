"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "@/components/ui/button-styles";

/**
 * Continue and Back for one application step. Both send the form: Continue
 * saves the step and moves on; Back keeps every valid answer and goes back,
 * so nothing typed is lost either way. Continue comes first, so Enter in a
 * field continues.
 */
export function StepButtons({ continueLabel = "Save and continue", backLabel = "Back" }: { continueLabel?: string; backLabel?: string }) {
  const { pending, data } = useFormStatus();
  const goingBack = pending && data?.get("intent") === "back";
  return (
    <div className="flex flex-wrap items-center gap-3 border-t border-line pt-5">
      <button type="submit" name="intent" value="continue" className={buttonClass("primary")} disabled={pending} aria-disabled={pending}>
        {pending && !goingBack ? "Saving…" : continueLabel}
      </button>
      <button type="submit" name="intent" value="back" className={buttonClass("secondary")} disabled={pending} aria-disabled={pending}>
        {goingBack ? "Saving…" : backLabel}
      </button>
    </div>
  );
}
