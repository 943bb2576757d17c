import { Notice } from "@/components/ui/notice";
import type { ItemSubject } from "@/lib/dal/staff/item-pages";
import { availableActions } from "@/lib/moderation/actions";
import type { ContentKindValue } from "@/lib/validation/reports";
import { ItemActionForm } from "./action-form";

/** The decision area of a report or safety item: the form while it is open and the viewer may act, else why not. */
export function ItemDecision({
  itemKind,
  itemId,
  open,
  closedText,
  subject,
  target,
}: {
  itemKind: "report" | "safety_item";
  itemId: string;
  open: boolean;
  closedText: string;
  subject: ItemSubject | null;
  target: { kind: ContentKindValue; removed: boolean };
}) {
  if (!open) return <Notice tone="info">{closedText}</Notice>;
  if (subject && !subject.mayAct) return <Notice tone="info">This is about staff, or about you: an admin decides it.</Notice>;
  return <ItemActionForm itemKind={itemKind} itemId={itemId} subjectName={subject?.name ?? null} actions={availableActions(target, subject?.status ?? null)} />;
}
