"use server";

import { signOut } from "@/lib/dal/account/auth";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { deleteMyAccount } from "@/lib/dal/account/my-data";
import { deleteAccountSchema } from "@/lib/validation/account";

export async function deleteAccountAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await handleForm(formData, deleteAccountSchema, { secret: ["password"] }, async (data) => {
    await deleteMyAccount(data);
    return { status: "success", message: "Deleted." };
  });
  if (result.status === "success") await signOut({ redirectTo: "/signed-out?reason=deleted-by-you" });
  return result;
}
