import Link from "next/link";
import type { ClaimInfo } from "@/lib/dal/staff/moderation";
import { describeWait } from "@/lib/moderation/words";
import type { ClaimKind } from "@/lib/validation/moderation";
import { ClaimControl } from "./claim-control";

/** One item in the queue: what it is (a link to its page), how long it has waited, and its claim. */
export function QueueRow({
  href,
  title,
  detail,
  badge,
  waitingSince,
  now,
  claim,
}: {
  href: string;
  title: string;
  detail?: React.ReactNode;
  badge?: { text: string; tone: "danger" | "warn" | "plain" };
  waitingSince: Date;
  now: Date;
  claim?: { kind: ClaimKind; id: string; info: ClaimInfo | null };
}) {
  const badgeClass = { danger: "bg-danger text-page", warn: "border border-danger text-danger", plain: "border border-line" };
  return (
    <li className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="flex flex-col gap-1">
        <p className="flex flex-wrap items-center gap-2">
          {badge ? <span className={`rounded px-2 py-0.5 text-xs font-bold uppercase ${badgeClass[badge.tone]}`}>{badge.text}</span> : null}
          {/* No prefetch: opening an item reads (and audits) its words, which must only happen when a moderator opens it. */}
          <Link href={href} prefetch={false} className="font-semibold underline">
            {title}
          </Link>
        </p>
        {detail ? <div className="text-sm text-muted">{detail}</div> : null}
        <p className="text-sm">Waiting {describeWait(waitingSince, now)}</p>
      </div>
      {claim ? (
        <ClaimControl
          itemKind={claim.kind}
          itemId={claim.id}
          label={title}
          claim={claim.info ? { moderatorName: claim.info.moderatorName, ago: describeWait(claim.info.claimedAt, now), mine: claim.info.mine } : null}
        />
      ) : null}
    </li>
  );
}
