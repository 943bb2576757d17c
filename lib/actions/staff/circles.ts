"use server";

import { revalidatePath } from "next/cache";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { removeFromCircle } from "@/lib/dal/circle/moderation";
import { requireStaff } from "@/lib/dal/account/viewer";
import { removeFromCircleSchema } from "@/lib/validation/moderation";

// Like every admin action: requireStaff() first (404 for anyone else); the DAL checks again.

export async function removeFromCircleAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, removeFromCircleSchema, {}, async (data) => {
    const { removed, name } = await removeFromCircle(data);
    revalidatePath(`/admin/circles/${data.circleId}`);
    revalidatePath("/admin/queue");
    return {
      status: "success",
      message: removed
        ? `Removed. ${name} has been told kindly, with your reason, and can appeal once; the circle was told only that someone left.`
        : `${name} is no longer in this circle, so nothing changed.`,
    };
  });
}
