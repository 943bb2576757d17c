"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { requireAdmin } from "@/lib/dal/account/viewer";
import { retryFailedMail } from "@/lib/dal/notifications/delivery";

export async function retryMailAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  return handleForm(formData, z.object({ id: z.uuid() }), {}, async ({ id }) => {
    await retryFailedMail(id);
    revalidatePath("/admin/outbox");
    return { status: "success", message: "Put back in line: it goes out with the next delivery." };
  });
}
