"use server";

import { revalidatePath } from "next/cache";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/actions/form-state";
import { reinstateAccount, suspendAccount } from "@/lib/dal/people";
import { requireStaff } from "@/lib/dal/viewer";
import { statusChangeSchema } from "@/lib/validation/moderation";

// Every admin action starts with requireStaff(): to anyone else it answers 404,
// exactly like the pages. The DAL checks again, with the target's roles.

export async function suspendAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, statusChangeSchema, { fields: ["userId", "reason"] }, async (data) => {
    const { name } = await suspendAccount(data);
    revalidatePath("/admin");
    return { status: "success", message: `${name} is suspended and will be signed out on their next click.` };
  });
}

export async function reinstateAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, statusChangeSchema, { fields: ["userId", "reason"] }, async (data) => {
    const { name } = await reinstateAccount(data);
    revalidatePath("/admin");
    return { status: "success", message: `${name} is reinstated and can sign in again.` };
  });
}
