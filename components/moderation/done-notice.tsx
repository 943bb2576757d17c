import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { doneForModerator } from "@/lib/moderation/words";
import { MODERATION_ACTIONS } from "@/lib/validation/moderation";

/** The confirmation after a decision (from ?done=…), with the way back to the next item. */
export function DoneNotice({ done, name }: { done: string | string[] | undefined; name: string }) {
  const action = MODERATION_ACTIONS.find((a) => a === done);
  const text =
    action !== undefined
      ? doneForModerator(action, name)
      : done === "uphold"
        ? `Upheld. ${name} has been told the decision stands.`
        : done === "overturn"
          ? `Overturned. The action is undone and ${name} has been told.`
          : null;
  if (!text) return null;
  return (
    <Notice tone="success">
      {text}{" "}
      <Link href="/admin/queue" className="underline">
        Next in the queue
      </Link>
    </Notice>
  );
}
