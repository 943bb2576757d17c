"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { acceptProposal, createPost, declineProposal, markHelped, replyToPost, toggleReaction } from "@/lib/dal/space/posts";
import { helpedSchema, newPostSchema, postIdSchema, reactSchema, replySchema } from "@/lib/validation/spaces";

/** The post form's state: on a crisis post it also carries where the post is, to show crisis lines in place. */
export type PostFormState = FormState & { held?: { postId: string; crisis: boolean; why: string | null } };

export async function createPostAction(_: FormState, formData: FormData): Promise<PostFormState> {
  let created: Awaited<ReturnType<typeof createPost>> | undefined;
  const space = String(formData.get("space") ?? "");
  const state = await handleForm(formData, newPostSchema, {}, async (data) => {
    created = await createPost(data);
    revalidatePath(`/spaces/${data.space}`);
    return { status: "success", message: created.status === "published" ? "Your post is in the space." : "Your post is saved and waiting for a moderator." };
  });
  if (!created || state.status !== "success") return state;
  // A crisis post stays on this page, with crisis lines, so nothing the person needs is a click away.
  if (created.status === "held_crisis") return { ...state, held: { postId: created.id, crisis: true, why: created.why } };
  redirect(`/spaces/${space}/posts/${created.id}`);
}

export type ReplyFormState = FormState & { reply?: { id: string; status: "published" | "held_crisis"; risk: "none" | "concern" | "crisis" } };

export async function replyAction(_: FormState, formData: FormData): Promise<ReplyFormState> {
  let reply: ReplyFormState["reply"];
  const state = await handleForm(formData, replySchema, {}, async (data) => {
    reply = await replyToPost(data);
    revalidatePath("/spaces", "layout");
    return {
      status: "success",
      message: reply.status === "held_crisis" ? "Your reply reached our moderators first. It isn't shown yet." : "Your reply is posted.",
    };
  });
  return reply && state.status === "success" ? { ...state, reply } : state;
}

export async function reactAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, reactSchema, {}, async (data) => {
    const { on } = await toggleReaction(data);
    revalidatePath("/spaces", "layout");
    return { status: "success", message: on ? "Sent. Only the writer sees it." : "Taken back." };
  });
}

const helpedForm = helpedSchema.extend({ helped: z.enum(["yes", "no"]) });

export async function helpedAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, helpedForm, {}, async (data) => {
    await markHelped({ replyId: data.replyId }, data.helped === "yes");
    revalidatePath("/spaces", "layout");
    return { status: "success", message: data.helped === "yes" ? "Marked: this helped. They'll see it." : "Mark taken back." };
  });
}

export async function acceptProposalAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, postIdSchema, {}, async (data) => {
    await acceptProposal(data);
    revalidatePath("/spaces", "layout");
    return { status: "success", message: "Thank you. The edited post is now shown in the space." };
  });
}

export async function declineProposalAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, postIdSchema, {}, async (data) => {
    await declineProposal(data);
    revalidatePath("/spaces", "layout");
    return { status: "success", message: "Declined. Your post stays with the moderators, and you can write to them through a report or wait for their note." };
  });
}
