"use client";

import Link from "next/link";
import type { ClaimKind } from "@/lib/validation/moderation";
import { BULK_FORM_ID, CLAIM_FORM_ID, MINE_ATTRIBUTE } from "./queue-ids";

const badgeClass = { danger: "bg-danger text-page", warn: "border border-danger text-danger", plain: "border border-line" };
const small = "inline-flex min-h-11 cursor-pointer items-center rounded-lg border border-line bg-surface px-3 text-sm font-medium hover:bg-brand-soft";

/** A row's claim, already in words by the server: who holds it ("you" for the viewer) and for how long. */
export interface QueueRowClaim {
  kind: ClaimKind;
  id: string;
  /** null when nobody holds it. */
  holder: { name: string; ago: string; mine: boolean } | null;
}

/**
 * One item in the queue: what it is (a link to its page), how long it has
 * waited, and its claim. A client leaf only so the page's payload carries each
 * row's few values rather than its whole markup (a queue shows about a
 * hundred rows); it has no state. Claim and Release submit the one form the
 * page shares (QueueBulkBar), the button's value naming the item, so a row has
 * no form of its own.
 */
export function QueueRow({
  href,
  title,
  detail,
  badge,
  waiting,
  claim,
  selectable = false,
}: {
  href: string;
  title: string;
  detail?: string | null;
  badge?: { text: string; tone: "danger" | "warn" | "plain" };
  /** How long it has waited, in words (describeWait). */
  waiting: string;
  claim?: QueueRowClaim;
  /** A checkbox for the queue's bulk actions (needs `claim`). */
  selectable?: boolean;
}) {
  const holder = claim?.holder;
  return (
    <li
      {...(holder?.mine ? { [MINE_ATTRIBUTE]: "" } : {})}
      className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-4 sm:flex-row sm:items-center sm:justify-between"
    >
      <div className="flex min-w-0 gap-2">
        {selectable && claim ? (
          <label className="-m-2 flex min-h-11 min-w-11 shrink-0 cursor-pointer items-start justify-center pt-3">
            <input type="checkbox" form={BULK_FORM_ID} name="items" value={`${claim.kind}:${claim.id}`} className="size-5" />
            <span className="sr-only">Choose {title}</span>
          </label>
        ) : null}
        <div className="flex min-w-0 flex-col gap-1">
          <p className="flex flex-wrap items-center gap-2">
            {badge ? <span className={`rounded px-2 py-0.5 text-xs font-bold uppercase ${badgeClass[badge.tone]}`}>{badge.text}</span> : null}
            {/* No prefetch: opening an item reads (and audits) its words, which must only happen when a moderator opens it. */}
            <Link href={href} prefetch={false} data-queue-item="" className="font-semibold break-words underline">
              {title}
            </Link>
          </p>
          {detail ? <p className="text-sm text-muted">{detail}</p> : null}
          <p className="text-sm">Waiting {waiting}</p>
        </div>
      </div>
      {claim ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {holder ? (
            <span>
              Claimed by {holder.mine ? "you" : holder.name} {holder.ago} ago
            </span>
          ) : null}
          {!holder || holder.mine ? (
            <button type="submit" form={CLAIM_FORM_ID} name={holder ? "release" : "claim"} value={`${claim.kind}:${claim.id}`} className={small} aria-label={`${holder ? "Release" : "Claim"} ${title}`}>
              {holder ? "Release" : "Claim"}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
