import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BreakGlassForm } from "@/components/moderation/break-glass-form";
import { ClaimControl } from "@/components/moderation/claim-control";
import { ItemLayout, ItemSection } from "@/components/moderation/item-layout";
import { now } from "@/lib/clock";
import { getRelationshipForStaff } from "@/lib/dal/staff/stalled";
import { requireStaff } from "@/lib/dal/account/viewer";
import { describeWait } from "@/lib/moderation/words";

export const metadata: Metadata = { title: "Admin · Relationship" };

const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/**
 * A relationship as moderators see it: who, since when, and the record of
 * check-ins — never the words. Reading the thread is break glass, with a reason.
 */
export default async function RelationshipReviewPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const rel = await getRelationshipForStaff((await params).id);
  if (!rel) notFound();
  const at = now();
  return (
    <ItemLayout
      title={`${rel.seeker.name} and ${rel.partner.name}`}
      facts={[
        ["Kind", rel.kind],
        ["Since", dayFormat.format(rel.startedAt)],
        ["Status", rel.status],
        [
          "Claim",
          rel.status === "active" ? (
            <ClaimControl
              itemKind="relationship"
              itemId={rel.id}
              label={`relationship of ${rel.seeker.name} and ${rel.partner.name}`}
              claim={rel.claim ? { moderatorName: rel.claim.moderatorName, ago: describeWait(rel.claim.claimedAt, at), mine: rel.claim.mine } : null}
            />
          ) : (
            "—"
          ),
        ],
      ]}
    >
      <ItemSection id="record" title="Recent check-ins">
        {rel.recent.length === 0 ? (
          <p>No check-ins recorded yet.</p>
        ) : (
          <ol className="flex flex-col gap-1">
            {rel.recent.map((c) => (
              <li key={c.startsAt.toISOString()}>
                {dayFormat.format(c.startsAt)}: <span className={c.status === "missed" ? "font-semibold text-danger" : ""}>{c.status}</span>
              </li>
            ))}
          </ol>
        )}
        <p className="text-sm text-muted">A nudge or a word with either person is usually enough; their words stay private unless you break glass.</p>
      </ItemSection>
      <ItemSection id="break-glass" title="Break glass">
        <BreakGlassForm relationshipId={rel.id} />
      </ItemSection>
    </ItemLayout>
  );
}
