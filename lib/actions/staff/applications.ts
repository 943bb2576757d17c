"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { approveApplication, declineApplication } from "@/lib/dal/staff/mentor-review";
import { requireStaff } from "@/lib/dal/account/viewer";
import { approveApplicationSchema, declineApplicationSchema } from "@/lib/validation/mentor-application";

// Like every admin action: requireStaff() first (404 for anyone else), and the
// DAL checks again, with who the applicant is.

export async function approveApplicationAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, approveApplicationSchema, {}, async (data) => {
    await approveApplication(data);
    revalidatePath("/admin/applications");
    redirect(`/admin/applications/${data.userId}?decided=approved`);
  });
}

export async function declineApplicationAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, declineApplicationSchema, {}, async (data) => {
    await declineApplication(data);
    revalidatePath("/admin/applications");
    redirect(`/admin/applications/${data.userId}?decided=declined`);
  });
}
