import Link from "next/link";
import { ClaimControl } from "@/components/moderation/claim-control";
import { DoneNotice } from "@/components/moderation/done-notice";
import { ModerationHistory } from "@/components/moderation/history";
import { ItemDecision } from "@/components/moderation/item-decision";
import { ItemLayout, ItemSection } from "@/components/moderation/item-layout";
import { ReportedContentView } from "@/components/moderation/reported-content";
import type { moderationHistoryFor } from "@/lib/dal/staff/history";
import type { ItemSubject } from "@/lib/dal/staff/item-pages";
import type { ReportedContent } from "@/lib/dal/staff/moderator-content";
import { describeWait } from "@/lib/moderation/words";

type ItemDecisionProps = Parameters<typeof ItemDecision>[0];

/** What every item about a piece of content (a report, a safety item…) shows, whatever its kind. */
export interface ContentItem {
  kind: "report" | "safety_item";
  id: string;
  open: boolean;
  subject: ItemSubject | null;
  claim: { moderatorName: string; claimedAt: Date; mine: boolean } | null;
  relationshipId: string | null;
  target: ItemDecisionProps["target"];
}

/**
 * The frame the item pages share: the facts with the claim, the done notice,
 * what was written (read here, audited), the person's history and the
 * decision. Each page adds only what is its own (its facts, a notice).
 */
export function ContentItemPage({
  item,
  title,
  facts,
  contentTitle,
  content,
  history,
  closedText,
  done,
  at,
  notice,
}: {
  item: ContentItem;
  title: string;
  facts: [string, React.ReactNode][];
  contentTitle: string;
  content: ReportedContent;
  history: Awaited<ReturnType<typeof moderationHistoryFor>> | null;
  closedText: string;
  done: string | string[] | undefined;
  at: Date;
  notice?: React.ReactNode;
}) {
  const about = item.subject?.name ?? "a deleted account";
  const label = `${item.kind === "report" ? "report" : "item"} about ${about}`;
  const claim = item.open ? (
    <ClaimControl
      itemKind={item.kind}
      itemId={item.id}
      label={label}
      claim={item.claim ? { moderatorName: item.claim.moderatorName, ago: describeWait(item.claim.claimedAt, at), mine: item.claim.mine } : null}
    />
  ) : (
    "—"
  );
  return (
    <ItemLayout title={title} facts={[...facts, ["Claim", claim]]}>
      <DoneNotice done={done} name={item.subject?.name ?? "The person"} />
      {notice}
      <ItemSection id="content" title={contentTitle}>
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
        <ItemDecision itemKind={item.kind} itemId={item.id} open={item.open} closedText={closedText} subject={item.subject} target={item.target} />
      </ItemSection>
    </ItemLayout>
  );
}
