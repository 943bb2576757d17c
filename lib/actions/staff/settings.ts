"use server";

import { revalidatePath } from "next/cache";
import { handleForm, readFormValues } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { updateSettings } from "@/lib/dal/staff/settings";
import { requireAdmin } from "@/lib/dal/account/viewer";
import { settingDefinitions, settingsFormSchema } from "@/lib/validation/admin-settings";

// Settings are for admins only: anyone else gets a 404, as from the page.

export async function updateSettingsAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  return handleForm(formData, settingsFormSchema, {}, async (data) => {
    const { changed } = await updateSettings(data);
    // Settings steer pages everywhere (requests, queues, trends).
    revalidatePath("/", "layout");
    const { reason: _reason, ...values } = readFormValues(formData, settingsFormSchema);
    if (changed.length === 0) return { status: "success", message: "Nothing had changed.", values };
    const names = changed.map((key) => settingDefinitions[key].label.toLowerCase());
    return { status: "success", message: `Saved: ${names.join("; ")}.`, values };
  });
}
