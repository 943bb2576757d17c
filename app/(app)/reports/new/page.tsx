import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportForm } from "@/components/reports/report-form";
import { describeReportTarget } from "@/lib/dal/safety/reports";
import { DomainError } from "@/lib/errors";
import { contentKindLabels } from "@/lib/moderation/words";

export const metadata: Metadata = { title: "Report" };

type Params = Record<string, string | string[] | undefined>;

/**
 * /reports/new?kind=person&id=… — a page of its own for a report, e.g. linked
 * from a person's card, or from "Report this message…" before the thread's
 * page is interactive (components/reports/report-link.tsx). `circle` names
 * the circle a circle message or member is reported from.
 */
export default async function NewReportPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { kind, id, circle } = await searchParams;
  const circleId = typeof circle === "string" && circle !== "" ? circle : undefined;
  const target = await describeReportTarget(kind, id, circleId).catch((error: unknown) => {
    if (error instanceof DomainError) notFound();
    throw error;
  });
  const what = target.kind === "person" ? target.subjectName : `${contentKindLabels[target.kind]} from ${target.subjectName}`;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/reports" className="underline">
          Your reports
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Report {what}</h1>
      <p className="text-muted">
        A moderator reads every report. {target.subjectName} is not told who reported them. If you&apos;d rather talk it through with them first,
        &ldquo;something felt off&rdquo; on your relationship page is there for that.
      </p>
      <ReportForm targetKind={target.kind} targetId={target.id} circleId={circleId} label={`Report ${what}`} open />
    </div>
  );
}
