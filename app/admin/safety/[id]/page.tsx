import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentItemPage } from "@/components/moderation/content-item-page";
import { subjectFact } from "@/components/moderation/item-layout";
import { Notice } from "@/components/ui/notice";
import { now } from "@/lib/clock";
import { moderationHistoryFor } from "@/lib/dal/staff/history";
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
  return (
    <ContentItemPage
      item={{ kind: "safety_item", id: item.id, open: item.status === "open", subject: item.subject, claim: item.claim, relationshipId: item.relationshipId, target: { kind: item.targetKind, removed: item.targetRemoved } }}
      title={`${item.level === "crisis" ? "Crisis" : "Concern"}: ${item.targetKind === "person" ? "several signs in a day from" : `${contentKindLabels[item.targetKind]} by`} ${item.subject?.name ?? "a deleted account"}`}
      facts={[
        ["Person", subjectFact(item.subject)],
        ["Kind of risk", item.categoryLabel],
        ["What the detector noticed", item.reasons.length ? item.reasons.join(" · ") : "—"],
        ["Raised", `${describeWait(item.createdAt, at)} ago`],
        ["Status", item.status === "open" ? "Open" : "Closed"],
      ]}
      notice={
        item.level === "crisis" && item.status === "open" ? (
          <Notice tone="help" title="Someone may be in danger">
            They were shown crisis resources where they wrote this. If you believe there is an immediate risk to life, follow the program&apos;s emergency
            procedure now; don&apos;t wait for the queue.
          </Notice>
        ) : null
      }
      contentTitle="What was written"
      content={content}
      history={history}
      closedText={`Closed${item.resolvedAt ? ` ${describeWait(item.resolvedAt, at)} ago` : ""}: ${item.resolution ? (actionLabels[item.resolution as ModerationActionValue] ?? item.resolution) : "—"}.`}
      done={done}
      at={at}
    />
  );
}
