import Link from "next/link";
import type { ClaimInfo } from "@/lib/dal/staff/claims";
import { describeWait } from "@/lib/moderation/words";
import type { ClaimKind } from "@/lib/validation/moderation";
import { BULK_FORM_ID, CLAIM_FORM_ID, MINE_ATTRIBUTE } from "./queue-ids";

const small = "inline-flex min-h-11 cursor-pointer items-center rounded-lg border border-line bg-surface px-3 text-sm font-medium hover:bg-brand-soft";

/**
 * One item in the queue: what it is (a link to its page), how long it has
 * waited, and its claim. Server-rendered only: the Claim and Release buttons
 * submit one form the page shares (QueueBulkBar), naming the item by their
 * value, so a row carries no form of its own and no client component.
 */
export function QueueRow({
  href,
  title,
  detail,
  badge,
  waitingSince,
  now,
  claim,
  selectable = false,
}: {
  href: string;
  title: string;
  detail?: React.ReactNode;
  badge?: { text: string; tone: "danger" | "warn" | "plain" };
  waitingSince: Date;
  now: Date;
  claim?: { kind: ClaimKind; id: string; info: ClaimInfo | null };
  /** A checkbox for the queue's bulk actions (needs `claim`). */
  selectable?: boolean;
}) {
  const badgeClass = { danger: "bg-danger text-page", warn: "border border-danger text-danger", plain: "border border-line" };
  return (
    <li
      {...(claim?.info?.mine ? { [MINE_ATTRIBUTE]: "" } : {})}
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
        {detail ? <div className="text-sm text-muted">{detail}</div> : null}
        <p className="text-sm">Waiting {describeWait(waitingSince, now)}</p>
      </div>
      </div>
      {claim ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {claim.info ? (
            <span>
              Claimed by {claim.info.mine ? "you" : claim.info.moderatorName} {describeWait(claim.info.claimedAt, now)} ago
            </span>
          ) : null}
          {!claim.info || claim.info.mine ? (
            <button
              type="submit"
              form={CLAIM_FORM_ID}
              name={claim.info ? "release" : "claim"}
              value={`${claim.kind}:${claim.id}`}
              className={small}
              aria-label={`${claim.info ? "Release" : "Claim"} ${title}`}
            >
              {claim.info ? "Release" : "Claim"}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
