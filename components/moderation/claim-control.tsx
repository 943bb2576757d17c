"use client";

import { useActionState } from "react";
import { claimAction, releaseAction } from "@/lib/actions/staff/queue";
import { Notice } from "@/components/ui/notice";
import type { ClaimKind } from "@/lib/validation/moderation";

export interface ClaimView {
  moderatorName: string;
  /** How long ago, already in words ("5 min"). */
  ago: string;
  mine: boolean;
}

const small = "inline-flex min-h-11 cursor-pointer items-center rounded-lg border border-line bg-surface px-3 text-sm font-medium hover:bg-brand-soft disabled:opacity-60";

/**
 * One-click claim for a queue item, so two moderators don't work the same
 * thing; the holder can release it. A claim lapses by itself after two hours.
 * `label` names the item for screen readers ("Claim crisis item about Alex").
 */
export function ClaimControl({ itemKind, itemId, claim, label }: { itemKind: ClaimKind; itemId: string; claim: ClaimView | null; label: string }) {
  const [claimState, claimIt, claiming] = useActionState(claimAction, { status: "idle" });
  const [releaseState, releaseIt, releasing] = useActionState(releaseAction, { status: "idle" });
  const error = claimState.status === "error" ? claimState.message : releaseState.status === "error" ? releaseState.message : null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {claim ? (
        <span>
          Claimed by {claim.mine ? "you" : claim.moderatorName} {claim.ago} ago
        </span>
      ) : null}
      {!claim ? (
        <form action={claimIt}>
          <input type="hidden" name="itemKind" value={itemKind} />
          <input type="hidden" name="itemId" value={itemId} />
          <button type="submit" className={small} disabled={claiming} aria-label={`Claim ${label}`}>
            {claiming ? "Claiming…" : "Claim"}
          </button>
        </form>
      ) : claim.mine ? (
        <form action={releaseIt}>
          <input type="hidden" name="itemKind" value={itemKind} />
          <input type="hidden" name="itemId" value={itemId} />
          <button type="submit" className={small} disabled={releasing} aria-label={`Release ${label}`}>
            {releasing ? "Releasing…" : "Release"}
          </button>
        </form>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
