import type { AccountStatus } from "@/db/schema";
import type { ModerationActionValue } from "@/lib/validation/moderation";
import type { ContentKindValue } from "@/lib/validation/reports";

/**
 * Which actions make sense on an item, given what it points at and where the
 * person's account stands. Pure: the form offers these, the DAL enforces the
 * same rules on the locked rows.
 */
export function availableActions(target: { kind: ContentKindValue; removed: boolean }, accountStatus: AccountStatus | null): ModerationActionValue[] {
  const actions: ModerationActionValue[] = ["dismiss"];
  if (accountStatus === null || accountStatus === "deleted") return actions;
  if (accountStatus === "active") actions.push("warn");
  if ((target.kind === "message" || target.kind === "check_in_entry") && !target.removed) actions.push("remove_content");
  if (accountStatus === "active") actions.push("suspend");
  if (accountStatus === "active" || accountStatus === "suspended") actions.push("ban");
  if (accountStatus === "suspended" || accountStatus === "banned") actions.push("reinstate");
  return actions;
}
