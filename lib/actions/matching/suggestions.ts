"use server";

import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { sendRequest } from "@/lib/dal/matching/suggestions";
import { sendRequestSchema } from "@/lib/validation/requests";

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
