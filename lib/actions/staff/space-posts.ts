"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { requireStaff } from "@/lib/dal/account/viewer";
import { messageWriter, proposeEdit, publishHeldPost, publishHeldReply, removePostWithReason } from "@/lib/dal/space/moderation";
import { uuid } from "@/lib/validation/fields";
import { staffMessageSchema, staffPostDecisionSchema, staffProposeSchema, staffRemoveSchema } from "@/lib/validation/spaces";

// Posts held in spaces, worked by moderators from the queue. Anyone else gets a 404.

function refresh() {
  revalidatePath("/admin/queue");
  revalidatePath("/admin/space-posts", "layout");
  revalidatePath("/spaces", "layout");
}

export async function publishHeldPostAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, staffPostDecisionSchema, {}, async (data) => {
    await publishHeldPost(data);
    refresh();
    return { status: "success", message: "Published. The writer has been told." };
  });
}

export async function removePostAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, staffRemoveSchema, {}, async (data) => {
    await removePostWithReason(data);
    refresh();
    return { status: "success", message: data.pause ? "Taken down, and their posting in this space paused. They were told why and how to appeal." : "Taken down. The writer was told which guideline and how to appeal." };
  });
}

export async function messageWriterAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, staffMessageSchema, {}, async (data) => {
    await messageWriter(data);
    refresh();
    return { status: "success", message: "Sent. The writer sees your words in their notifications." };
  });
}

export async function proposeEditAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, staffProposeSchema, {}, async (data) => {
    await proposeEdit(data);
    refresh();
    return { status: "success", message: "Suggested. Nothing changes unless the writer accepts it." };
  });
}

export async function publishHeldReplyAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, z.object({ replyId: uuid }), {}, async (data) => {
    await publishHeldReply(data);
    refresh();
    return { status: "success", message: "The reply is shown now." };
  });
}

