"use server";

import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { sendRequest } from "@/lib/dal/matching/suggestions";
import { mentorIdSchema, sendRequestSchema } from "@/lib/validation/requests";
import { saveMentor, unsaveMentor } from "@/lib/dal/matching/saved";
import { revalidatePath } from "next/cache";

// No revalidatePath here: it would re-render the suggestions at once and the
// card holding this answer would vanish. Every page is dynamic, so the next
// visit to Requests or Suggestions shows the request anyway.
export async function sendRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, sendRequestSchema, {}, async (data) => {
    const { alreadySent } = await sendRequest(data);
    return {
      status: "success",
      message: alreadySent
        ? "Your request was already sent. We'll tell you here when they answer."
        : "Sent. They have 7 days to answer; we'll tell you here either way.",
    };
  });
}

// Saving changes what the page shows beside the card (the saved list), so the page is re-read.
export async function saveMentorAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, mentorIdSchema, {}, async (data) => {
    await saveMentor(data);
    revalidatePath("/suggestions");
    return { status: "success", message: "Saved for later. You'll find them under “Saved for later”." };
  });
}

export async function unsaveMentorAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, mentorIdSchema, {}, async (data) => {
    await unsaveMentor(data);
    revalidatePath("/suggestions");
    return { status: "success", message: "Removed from your saved mentors." };
  });
}
