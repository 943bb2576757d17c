"use server";

import { revalidatePath } from "next/cache";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { requireAdmin } from "@/lib/dal/account/viewer";
import { saveRota } from "@/lib/dal/safety/on-call";
import { rotaFields, rotaFormSchema } from "@/lib/validation/on-call";

// The rota is for admins only: anyone else gets a 404, as from the page.

export async function saveRotaAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const ids = String(formData.get("people") ?? "").split(",").filter(Boolean).slice(0, 200);
  return handleForm(formData, rotaFormSchema, { extra: rotaFields(ids) }, async (data) => {
    const { saved } = await saveRota(data);
    revalidatePath("/admin/on-call");
    return { status: "success", message: saved === 0 ? "The rota is empty: every moderator will be alerted to a crisis." : `Saved: ${saved} ${saved === 1 ? "person" : "people"} on the rota.` };
  });
}
