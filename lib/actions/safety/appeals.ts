"use server";

import { revalidatePath } from "next/cache";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { submitAppeal } from "@/lib/dal/safety/appeals";
import { appealSchema } from "@/lib/validation/moderation";

export async function appealAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, appealSchema, {}, async (data) => {
    await submitAppeal(data);
    revalidatePath(`/appeals/${data.actionId}`);
    return { status: "success", message: "Your appeal is sent. A moderator who wasn't part of the decision will read it, and we'll tell you the outcome." };
  });
}
