"use server";

import { revalidatePath } from "next/cache";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { grantRole, revokeRole } from "@/lib/dal/staff/moderators";
import { requireAdmin } from "@/lib/dal/account/viewer";
import { grantRoleSchema, revokeRoleSchema, staffRoleLabels } from "@/lib/validation/admin-roles";

// Roles are for admins only: anyone else gets a 404, as from the page.

export async function grantRoleAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  return handleForm(formData, grantRoleSchema, {}, async (data) => {
    const { name, role } = await grantRole(data);
    revalidatePath("/admin/moderators");
    return { status: "success", message: `${name} is now ${role === "admin" ? "an" : "a"} ${staffRoleLabels[role].toLowerCase()}. It takes effect on their next click.` };
  });
}

export async function revokeRoleAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  return handleForm(formData, revokeRoleSchema, {}, async (data) => {
    const { name, role } = await revokeRole(data);
    revalidatePath("/admin/moderators");
    return { status: "success", message: `${name} is no longer ${role === "admin" ? "an" : "a"} ${staffRoleLabels[role].toLowerCase()}, and is signed out everywhere.` };
  });
}
