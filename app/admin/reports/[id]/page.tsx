import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimControl } from "@/components/moderation/claim-control";
import { DoneNotice } from "@/components/moderation/done-notice";
import { ModerationHistory } from "@/components/moderation/history";
import { ItemDecision } from "@/components/moderation/item-decision";
import { ItemLayout, ItemSection, subjectFact } from "@/components/moderation/item-layout";
import { ReportedContentView } from "@/components/moderation/reported-content";
import { now } from "@/lib/clock";
import { moderationHistoryFor } from "@/lib/dal/staff/moderation";
import { readReportedContent } from "@/lib/dal/staff/moderator-content";
import { getReportForStaff } from "@/lib/dal/safety/reports";
import { requireStaff } from "@/lib/dal/account/viewer";
import { categoryLabels, contentKindLabels, describeWait } from "@/lib/moderation/words";

export const metadata: Metadata = { title: "Admin · Report" };

/** A report: who reported what and why, the reported words (read here, audited), the person's history, and the decision. */
export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff();
  const { id } = await params;
  const { done } = await searchParams;
  const report = await getReportForStaff(id);
  if (!report) notFound();
  const [content, history] = await Promise.all([readReportedContent("report", id), report.subject ? moderationHistoryFor(report.subject.id) : null]);
  const at = now();
  const about = report.subject?.name ?? "a deleted account";
  const label = `report about ${about}`;
  return (
    <ItemLayout
      title={`${categoryLabels[report.category].label}: ${report.targetKind === "person" ? about : `${contentKindLabels[report.targetKind]} from ${about}`}`}
      facts={[
        ["About", subjectFact(report.subject)],
        ["Reported by", report.reporterName ?? "A deleted account"],
        ["Their note", report.note ? <span className="whitespace-pre-line">{report.note}</span> : "—"],
        ["Waiting", report.status === "open" ? describeWait(report.createdAt, at) : "—"],
        [
          "Claim",
          report.status === "open" ? (
            <ClaimControl
              itemKind="report"
              itemId={report.id}
              label={label}
              claim={report.claim ? { moderatorName: report.claim.moderatorName, ago: describeWait(report.claim.claimedAt, at), mine: report.claim.mine } : null}
            />
          ) : (
            "—"
          ),
        ],
      ]}
    >
      <DoneNotice done={done} name={report.subject?.name ?? "The person"} />
      <ItemSection id="content" title="What was reported">
        <ReportedContentView content={content} />
        {report.relationshipId ? (
          <p className="text-sm">
            <Link href={`/admin/queue/relationships/${report.relationshipId}`} className="underline">
              Their relationship: check-in record and break glass
            </Link>
          </p>
        ) : null}
      </ItemSection>
      {history && report.subject ? (
        <ItemSection id="history" title={`What moderators did before about ${report.subject.name}`}>
          <ModerationHistory name={report.subject.name} history={history} />
        </ItemSection>
      ) : null}
      <ItemSection id="decide" title="Decide">
        <ItemDecision
          itemKind="report"
          itemId={report.id}
          open={report.status === "open"}
          closedText={`Decided${report.decidedAt ? ` ${describeWait(report.decidedAt, at)} ago` : ""}. The reporter reads: “${report.decision ?? ""}”`}
          subject={report.subject}
          target={{ kind: report.targetKind, removed: report.targetRemoved }}
        />
      </ItemSection>
    </ItemLayout>
  );
}
