"use server";

import { revalidatePath } from "next/cache";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/actions/form-state";
import { sendRequest } from "@/lib/dal/suggestions";
import { sendRequestSchema } from "@/lib/validation/requests";

export async function sendRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, sendRequestSchema, { fields: ["toId", "kind", "note"] }, async (data) => {
    const { alreadySent } = await sendRequest(data);
    revalidatePath("/requests");
    return {
      status: "success",
      message: alreadySent
        ? "Your request was already sent. We'll tell you here when they answer."
        : "Sent. They have 7 days to answer; we'll tell you here either way.",
    };
  });
}
