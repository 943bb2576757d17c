import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContentItemPage } from "@/components/moderation/content-item-page";
import { subjectFact } from "@/components/moderation/item-layout";
import { now } from "@/lib/clock";
import { moderationHistoryFor } from "@/lib/dal/staff/history";
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
  return (
    <ContentItemPage
      item={{ kind: "report", id: report.id, open: report.status === "open", subject: report.subject, claim: report.claim, relationshipId: report.relationshipId, target: { kind: report.targetKind, removed: report.targetRemoved } }}
      title={`${categoryLabels[report.category].label}: ${report.targetKind === "person" ? about : `${contentKindLabels[report.targetKind]} from ${about}`}`}
      facts={[
        ["About", subjectFact(report.subject)],
        ["Reported by", report.reporterName ?? "A deleted account"],
        ["Their note", report.note ? <span className="whitespace-pre-line">{report.note}</span> : "—"],
        ["Waiting", report.status === "open" ? describeWait(report.createdAt, at) : "—"],
      ]}
      contentTitle="What was reported"
      content={content}
      history={history}
      closedText={`Decided${report.decidedAt ? ` ${describeWait(report.decidedAt, at)} ago` : ""}. The reporter reads: “${report.decision ?? ""}”`}
      done={done}
      at={at}
    />
  );
}
