import { z } from "zod";
import { email, freeText, lineText, reason, uuid } from "./fields";

export const statusChangeSchema = z.object({
  userId: uuid,
  reason,
});

/** Queue items a moderator can claim, so two people don't work the same one. */
export const CLAIM_KINDS = ["safety_item", "report", "appeal", "relationship"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const claimSchema = z.object({
  itemKind: z.enum(CLAIM_KINDS, { error: "That can't be claimed." }),
  itemId: uuid,
});

export const MODERATION_ACTIONS = ["dismiss", "warn", "remove_content", "suspend", "ban", "reinstate", "remove_from_circle"] as const;
export type ModerationActionValue = (typeof MODERATION_ACTIONS)[number];

/** Actions a person may appeal: the ones that did something to them. */
export const APPEALABLE_ACTIONS = ["warn", "remove_content", "suspend", "ban", "remove_from_circle"] as const satisfies readonly ModerationActionValue[];

/** What a report or safety item can be decided with (removal from a circle is taken from the circle's staff view). */
const ITEM_ACTIONS = ["dismiss", "warn", "remove_content", "suspend", "ban", "reinstate"] as const satisfies readonly ModerationActionValue[];
const action = z.enum(ITEM_ACTIONS, { error: "Choose what to do." });

/** An action on a report or a safety item: whom it is about comes from the item, never from the form. */
export const itemActionSchema = z.object({
  itemKind: z.enum(["report", "safety_item"], { error: "That item can't be acted on." }),
  itemId: uuid,
  action,
  reason,
});

/** An action on a person with no item behind it (e.g. reinstating after a conversation). */
export const personActionSchema = z.object({
  userId: uuid,
  action: z.enum(["warn", "suspend", "ban", "reinstate"], { error: "Choose what to do." }),
  reason,
});

export const BREAK_GLASS_REASON_MIN = 20;

export const breakGlassSchema = z.object({
  relationshipId: uuid,
  reason: freeText({ error: "Write why you need to read this thread." })
    .trim()
    .min(BREAK_GLASS_REASON_MIN, `Write at least ${BREAK_GLASS_REASON_MIN} characters: why you need to read this thread. Admins read it in the audit log.`)
    .max(1000, "Keep the reason under 1000 characters."),
});

export const APPEAL_MIN = 10;
export const APPEAL_MAX = 2000;

const appealText = freeText({ error: "Write your appeal." })
  .trim()
  .min(APPEAL_MIN, `Write at least ${APPEAL_MIN} characters: tell us what you'd like us to reconsider.`)
  .max(APPEAL_MAX, `Keep your appeal under ${APPEAL_MAX} characters.`);

export const appealSchema = z.object({ actionId: uuid, text: appealText });

/** An appeal sent from an emailed link, by someone who cannot sign in. */
export const appealByLinkSchema = z.object({
  token: lineText().trim().min(1, "That link is not valid.").max(300, "That link is not valid."),
  text: appealText,
});

export const appealLinkRequestSchema = z.object({ email });

export const appealDecisionSchema = z.object({
  appealId: uuid,
  outcome: z.enum(["uphold", "overturn"], { error: "Choose whether the decision stands." }),
  decision: reason,
});

/** A moderator removes a member from a circle, with a reason the person reads (sealed at rest). */
export const removeFromCircleSchema = z.object({ circleId: uuid, userId: uuid, reason });
