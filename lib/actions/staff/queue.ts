"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { decideAppeal } from "@/lib/dal/safety/appeals";
import { claimItem, releaseClaim } from "@/lib/dal/staff/claims";
import { actOnPerson, takeAction } from "@/lib/dal/staff/decisions";
import { bulkQueueAction } from "@/lib/dal/staff/queue-bulk";
import { breakGlass, type BrokenGlass } from "@/lib/dal/staff/moderator-content";
import { requireStaff } from "@/lib/dal/account/viewer";
import { actionLabels } from "@/lib/moderation/words";
import { bulkQueueSchema, queueClaimSchema } from "@/lib/validation/queue";
import { appealDecisionSchema, breakGlassSchema, claimSchema, itemActionSchema, personActionSchema } from "@/lib/validation/moderation";

// Like every admin action: requireStaff() first (404 for anyone else); the DAL
// checks again, with the locked rows of whom the action is about.

const itemPaths = { report: "/admin/reports", safety_item: "/admin/safety", appeal: "/admin/queue/appeals", relationship: "/admin/queue/relationships" } as const;

function refresh(kind: keyof typeof itemPaths, id: string) {
  revalidatePath("/admin/queue");
  revalidatePath(`${itemPaths[kind]}/${id}`);
}

export async function claimAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, claimSchema, {}, async (data) => {
    await claimItem(data);
    refresh(data.itemKind, data.itemId);
    return { status: "success", message: "Claimed: it's yours for the next two hours." };
  });
}

export async function releaseAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, claimSchema, {}, async (data) => {
    await releaseClaim(data);
    refresh(data.itemKind, data.itemId);
    return { status: "success", message: "Released: it's back in the queue for anyone." };
  });
}

/** Claim or release from a queue row: the row's button names the item (lib/validation/queue.ts#queueClaimSchema). */
export async function queueClaimAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, queueClaimSchema, {}, async (data) => {
    const { intent, item } = queueClaimSchema.parse(data);
    if (intent === "claim") await claimItem(item);
    else await releaseClaim(item);
    refresh(item.itemKind, item.itemId);
    return { status: "success", message: intent === "claim" ? "Claimed: it's yours for the next two hours." : "Released: it's back in the queue for anyone." };
  });
}

export async function itemActionAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, itemActionSchema, {}, async (data) => {
    await takeAction(data);
    refresh(data.itemKind, data.itemId);
    revalidatePath("/admin");
    // The page re-renders closed; the confirmation travels in the address.
    redirect(`${itemPaths[data.itemKind]}/${data.itemId}?done=${data.action}`);
  });
}

export async function personActionAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, personActionSchema, {}, async (data) => {
    const { subjectName } = await actOnPerson(data);
    revalidatePath("/admin");
    revalidatePath("/admin/queue");
    return { status: "success", message: `${actionLabels[data.action]}: ${subjectName}. They have been told why.` };
  });
}

export async function decideAppealAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, appealDecisionSchema, {}, async (data) => {
    await decideAppeal(data);
    refresh("appeal", data.appealId);
    revalidatePath("/admin");
    redirect(`${itemPaths.appeal}/${data.appealId}?done=${data.outcome}`);
  });
}

/** Break glass answers with the thread itself, once, for this request only: nothing is cached or kept in the page. */
export type BreakGlassState = FormState & { thread?: BrokenGlass };

export async function breakGlassAction(_: BreakGlassState, formData: FormData): Promise<BreakGlassState> {
  await requireStaff();
  let thread: BrokenGlass | undefined;
  const state = await handleForm(formData, breakGlassSchema, {}, async (data) => {
    thread = await breakGlass(data);
    return { status: "success", message: `Recorded in the audit log with your reason. Showing the last ${thread.lines.length} messages.`, values: { relationshipId: data.relationshipId, reason: data.reason } };
  });
  return thread ? { ...state, thread } : state;
}

/**
 * Claim or dismiss the items ticked in the queue, all at once (one
 * transaction: all or nothing). The reason is kept with each dismissed item.
 */
export async function bulkQueueActionAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, bulkQueueSchema, {}, async (data) => {
    const { intent, done, alreadyClosed } = await bulkQueueAction(data);
    revalidatePath("/admin/queue");
    const verb = intent === "claim" ? "Claimed" : "Dismissed";
    const closed = alreadyClosed ? ` ${alreadyClosed === 1 ? "One was" : `${alreadyClosed} were`} no longer waiting (already decided, or closed with another about the same thing) and ${alreadyClosed === 1 ? "was" : "were"} left as ${alreadyClosed === 1 ? "it was" : "they were"}.` : "";
    const what = done === 0 ? "Nothing left to do: none of these is waiting any more." : `${verb} ${done === 1 ? "1 item" : `${done} items`}${intent === "claim" ? ": they're yours for the next two hours." : "."}`;
    // The list re-renders without what was dismissed; the reason field starts empty again.
    return { status: "success", message: `${what}${closed}` };
  });
}
