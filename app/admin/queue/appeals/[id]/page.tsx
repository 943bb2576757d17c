import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppealDecisionForm } from "@/components/moderation/appeal-decision-form";
import { ClaimControl } from "@/components/moderation/claim-control";
import { DoneNotice } from "@/components/moderation/done-notice";
import { ModerationHistory } from "@/components/moderation/history";
import { ItemLayout, ItemSection } from "@/components/moderation/item-layout";
import { ReportedContentView } from "@/components/moderation/reported-content";
import { Notice } from "@/components/ui/notice";
import { now } from "@/lib/clock";
import { getAppealForStaff } from "@/lib/dal/safety/appeals";
import { moderationHistoryFor } from "@/lib/dal/staff/history";
import { readReportedContent } from "@/lib/dal/staff/moderator-content";
import { requireStaff } from "@/lib/dal/account/viewer";
import { actionLabels, describeWait } from "@/lib/moderation/words";

export const metadata: Metadata = { title: "Admin · Appeal" };

const outcomeWords = { upheld: "Upheld: the decision stands.", overturned: "Overturned: the action was undone." } as const;

/** An appeal: the person's words, the decision they appeal (and for a removal, the removed words, audited), and the decision on it. */
export default async function AppealReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff();
  const { id } = await params;
  const { done } = await searchParams;
  const appeal = await getAppealForStaff(id);
  if (!appeal) notFound();
  const removal = appeal.action.action === "remove_content";
  const [content, history] = await Promise.all([removal ? readReportedContent("appeal", id) : null, appeal.person ? moderationHistoryFor(appeal.person.id) : null]);
  const at = now();
  const name = appeal.person?.name ?? "A deleted account";
  return (
    <ItemLayout
      title={`Appeal from ${name}`}
      facts={[
        ["Decision appealed", `${actionLabels[appeal.action.action]} ${describeWait(appeal.action.createdAt, at)} ago${appeal.action.moderatorName ? ` by ${appeal.action.moderatorName}` : ""}`],
        ["Reason they were given", `“${appeal.action.reason}”`],
        ["Account", appeal.person?.status ?? "deleted"],
        ["Waiting", appeal.status === "open" ? describeWait(appeal.createdAt, at) : "—"],
        [
          "Claim",
          appeal.status === "open" ? (
            <ClaimControl
              itemKind="appeal"
              itemId={appeal.id}
              label={`appeal from ${name}`}
              claim={appeal.claim ? { moderatorName: appeal.claim.moderatorName, ago: describeWait(appeal.claim.claimedAt, at), mine: appeal.claim.mine } : null}
            />
          ) : (
            "—"
          ),
        ],
      ]}
    >
      <DoneNotice done={done} name={name} />
      <ItemSection id="appeal-text" title="Their appeal">
        <blockquote className="whitespace-pre-line rounded-xl border border-line bg-surface p-4">{appeal.text}</blockquote>
      </ItemSection>
      {content ? (
        <ItemSection id="content" title="What was removed">
          <ReportedContentView content={content} />
        </ItemSection>
      ) : null}
      {history && appeal.person ? (
        <ItemSection id="history" title={`What moderators did before about ${appeal.person.name}`}>
          <ModerationHistory name={appeal.person.name} history={history} />
        </ItemSection>
      ) : null}
      <ItemSection id="decide" title="Decide">
        {appeal.status !== "open" ? (
          <Notice tone="info">
            {outcomeWords[appeal.status]} They read: “{appeal.decision}”
          </Notice>
        ) : appeal.decisionBlock ? (
          <Notice tone="info">{appeal.decisionBlock}</Notice>
        ) : (
          <AppealDecisionForm appealId={appeal.id} personName={name} />
        )}
      </ItemSection>
    </ItemLayout>
  );
}
