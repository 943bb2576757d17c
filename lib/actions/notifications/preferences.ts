"use server";

import { revalidatePath } from "next/cache";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { applyLinkChoice, saveMyPreferences } from "@/lib/dal/notifications/preferences";
import { deliveryLabels } from "@/lib/notifications/kinds";
import { linkChoiceSchema, preferencesFields, preferencesSchema } from "@/lib/validation/notification-preferences";

export async function savePreferencesAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, preferencesSchema, {}, async (data) => {
    await saveMyPreferences(data);
    revalidatePath("/account/notifications");
    const values = Object.fromEntries(preferencesFields.map((f) => [f, String(formData.get(f) ?? "")]));
    return { status: "success", message: "Saved. We'll reach you the way you chose.", values };
  });
}

/** The one-click link from an email: no sign-in, one kind, for the person the link was sent to. */
export async function changeByLinkAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, linkChoiceSchema, {}, async (data): Promise<FormState> => {
    const result = await applyLinkChoice(data);
    if (!result) return { status: "error", message: "This link no longer works. You can change everything in your account settings.", fieldErrors: {}, values: {} };
    return { status: "success", message: `Done. “${result.label}”: ${deliveryLabels[result.delivery].toLowerCase()}.`, values: { delivery: data.delivery } };
  });
}
