"use server";

// No revalidatePath: the form keeps its answer on screen; pages are dynamic,
// so the next visit shows the new state.

import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { respondToRequest, withdrawRequest } from "@/lib/dal/matching/requests";
import { requestIdSchema, respondSchema } from "@/lib/validation/requests";

export async function respondAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, respondSchema, {}, async (data) => {
    const result = await respondToRequest(data);
    if (result.outcome === "accepted") return { status: "success", message: "You said yes. You'll find each other under “Your people” on your home page." };
    if (result.outcome === "waiting") return { status: "success", message: "You said yes. We're waiting for the other person's answer too." };
    return { status: "success", message: "You said no, kindly. They'll be shown other people who fit." };
  });
}

export async function withdrawAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, requestIdSchema, {}, async (data) => {
    await withdrawRequest(data);
    return { status: "success", message: "Request withdrawn." };
  });
}
