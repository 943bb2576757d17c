import "server-only";
import { and, eq, gt, ne, or } from "drizzle-orm";
import { transaction } from "@/db/client";
import { moderationClaims, users } from "@/db/schema";
import { now } from "@/lib/clock";
import { ConflictError } from "@/lib/errors";
import type { Viewer } from "@/lib/dal/account/viewer";
import { requireStaff } from "@/lib/dal/account/viewer";
import { bulkQueueSchema } from "@/lib/validation/queue";
import type { ClaimKind } from "@/lib/validation/moderation";
import { CLAIM_TTL_MS, claimItem, itemIsOpen } from "./claims";
import { decideItem, type FollowUp, tellPeople } from "./decisions";

/**
 * Claiming or dismissing several queue items at once: one transaction, so
 * either every chosen item is claimed (or dismissed) or none is. Each item
 * goes through the same path as one at a time — claimItem, or decideItem with
 * its row lock, canModerate on the person and its audit row — so a bulk
 * action can do nothing a single one could not.
 *
 * Items someone else holds refuse the whole batch, with who holds them.
 * Items that closed meanwhile (decided by someone, or by this same list sent
 * twice) are left alone and counted, so a double submit changes nothing more.
 */

/** What dismissing means for each claimable kind; kinds not here are decided one by one on their own page. */
const dismissers: Partial<Record<ClaimKind, (actor: Viewer, itemId: string, reason: string) => Promise<FollowUp>>> = {
  report: (actor, itemId, reason) => decideItem(actor, { itemKind: "report", itemId, action: "dismiss", reason }),
  safety_item: (actor, itemId, reason) => decideItem(actor, { itemKind: "safety_item", itemId, action: "dismiss", reason }),
};

/** In words, for messages about a kind that can't be handled in bulk. */
const kindWords: Record<ClaimKind, string> = {
  safety_item: "safety items",
  report: "reports",
  appeal: "Appeals (they need an outcome)",
  relationship: "Stalled relationships (they are looked after, not dismissed)",
};

export const canDismissInBulk = (kind: ClaimKind) => Boolean(dismissers[kind]);

export interface BulkQueueResult {
  intent: "claim" | "dismiss";
  /** Items claimed or dismissed now. */
  done: number;
  /** Items that were no longer waiting, left as they were. */
  alreadyClosed: number;
}

export async function bulkQueueAction(input: unknown): Promise<BulkQueueResult> {
  const viewer = await requireStaff();
  const { intent, items, reason } = bulkQueueSchema.parse(input);
  if (intent === "dismiss") {
    const kinds = [...new Set(items.filter((i) => !dismissers[i.itemKind]).map((i) => i.itemKind))];
    if (kinds.length) throw new ConflictError(`${kinds.map((k) => kindWords[k]).join(" and ")} can't be dismissed from the list: open each to decide it. Nothing was changed.`);
  }
  const { result, followUps } = await transaction(async (tx) => {
    const cutoff = new Date(now().getTime() - CLAIM_TTL_MS);
    const held = await tx
      .select({ name: users.name })
      .from(moderationClaims)
      .innerJoin(users, eq(users.id, moderationClaims.moderatorId))
      .where(
        and(
          or(...items.map((i) => and(eq(moderationClaims.itemKind, i.itemKind), eq(moderationClaims.itemId, i.itemId)))),
          gt(moderationClaims.claimedAt, cutoff),
          ne(moderationClaims.moderatorId, viewer.id),
        ),
      );
    if (held.length) {
      const byName = new Map<string, number>();
      for (const h of held) byName.set(h.name, (byName.get(h.name) ?? 0) + 1);
      const who = [...byName].map(([name, n]) => `${name} holds ${n === 1 ? "one" : n} of them`).join(", ");
      throw new ConflictError(
        `${held.length === 1 ? "One of the chosen items is" : `${held.length} of the chosen items are`} claimed by someone else (${who}). Nothing was changed: untick ${held.length === 1 ? "it" : "them"}, or ask for a release.`,
      );
    }
    const followUps: FollowUp[] = [];
    let done = 0;
    let alreadyClosed = 0;
    for (const item of items) {
      if (!(await itemIsOpen(item.itemKind, item.itemId))) {
        alreadyClosed += 1;
        continue;
      }
      if (intent === "claim") await claimItem(item);
      else followUps.push(await dismissers[item.itemKind]!(viewer, item.itemId, reason!));
      done += 1;
    }
    return { result: { intent, done, alreadyClosed }, followUps };
  });
  // After the commit, as for one decision: reporters are told a decision was made.
  for (const f of followUps) await tellPeople(f);
  return result;
}
