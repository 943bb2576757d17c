import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimControl } from "@/components/moderation/claim-control";
import { DoneNotice } from "@/components/moderation/done-notice";
import { ModerationHistory } from "@/components/moderation/history";
import { ItemDecision } from "@/components/moderation/item-decision";
import { ItemLayout, ItemSection, subjectFact } from "@/components/moderation/item-layout";
import { ReportedContentView } from "@/components/moderation/reported-content";
import { Notice } from "@/components/ui/notice";
import { now } from "@/lib/clock";
import { moderationHistoryFor } from "@/lib/dal/staff/moderation";
import { readReportedContent } from "@/lib/dal/staff/moderator-content";
import { getSafetyItemForStaff } from "@/lib/dal/safety/safety-items";
import { requireStaff } from "@/lib/dal/account/viewer";
import { actionLabels, contentKindLabels, describeWait } from "@/lib/moderation/words";
import type { ModerationActionValue } from "@/lib/validation/moderation";

export const metadata: Metadata = { title: "Admin · Safety item" };

/** A safety item: what was written (read here, audited), the person's history, and the decision. */
export default async function SafetyItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff();
  const { id } = await params;
  const { done } = await searchParams;
  const item = await getSafetyItemForStaff(id);
  if (!item) notFound();
  const [content, history] = await Promise.all([readReportedContent("safety_item", id), item.subject ? moderationHistoryFor(item.subject.id) : null]);
  const at = now();
  const label = `${item.level} item about ${item.subject?.name ?? "a deleted account"}`;
  return (
    <ItemLayout
      title={`${item.level === "crisis" ? "Crisis" : "Concern"}: ${item.targetKind === "person" ? "several signs in a day from" : `${contentKindLabels[item.targetKind]} by`} ${item.subject?.name ?? "a deleted account"}`}
      facts={[
        ["Person", subjectFact(item.subject)],
        ["Kind of risk", item.categoryLabel],
        ["What the detector noticed", item.reasons.length ? item.reasons.join(" · ") : "—"],
        ["Raised", `${describeWait(item.createdAt, at)} ago`],
        ["Status", item.status === "open" ? "Open" : "Closed"],
        [
          "Claim",
          item.status === "open" ? (
            <ClaimControl
              itemKind="safety_item"
              itemId={item.id}
              label={label}
              claim={item.claim ? { moderatorName: item.claim.moderatorName, ago: describeWait(item.claim.claimedAt, at), mine: item.claim.mine } : null}
            />
          ) : (
            "—"
          ),
        ],
      ]}
    >
      <DoneNotice done={done} name={item.subject?.name ?? "The person"} />
      {item.level === "crisis" && item.status === "open" ? (
        <Notice tone="help" title="Someone may be in danger">
          They were shown crisis resources where they wrote this. If you believe there is an immediate risk to life, follow the program&apos;s emergency
          procedure now; don&apos;t wait for the queue.
        </Notice>
      ) : null}
      <ItemSection id="content" title="What was written">
        <ReportedContentView content={content} />
        {item.relationshipId ? (
          <p className="text-sm">
            <Link href={`/admin/queue/relationships/${item.relationshipId}`} className="underline">
              Their relationship: check-in record and break glass
            </Link>
          </p>
        ) : null}
      </ItemSection>
      {history && item.subject ? (
        <ItemSection id="history" title={`What moderators did before about ${item.subject.name}`}>
          <ModerationHistory name={item.subject.name} history={history} />
        </ItemSection>
      ) : null}
      <ItemSection id="decide" title="Decide">
        <ItemDecision
          itemKind="safety_item"
          itemId={item.id}
          open={item.status === "open"}
          closedText={`Closed${item.resolvedAt ? ` ${describeWait(item.resolvedAt, at)} ago` : ""}: ${item.resolution ? (actionLabels[item.resolution as ModerationActionValue] ?? item.resolution) : "—"}.`}
          subject={item.subject}
          target={{ kind: item.targetKind, removed: item.targetRemoved }}
        />
      </ItemSection>
    </ItemLayout>
  );
}
