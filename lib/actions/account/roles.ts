"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { addMyRole } from "@/lib/dal/account/roles";
import { addRoleSchema } from "@/lib/validation/account";

/** "I'd like to volunteer" / "I'd like support": adds the role, then opens its first step. */
export async function addRoleAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, addRoleSchema, {}, async (input) => {
    const { role } = await addMyRole(input);
    // The header's navigation follows the roles on every page.
    revalidatePath("/", "layout");
    redirect(role === "mentor" ? "/volunteer?notice=added" : "/onboarding");
  });
}
