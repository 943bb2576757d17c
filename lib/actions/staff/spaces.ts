"use server";

import { revalidatePath } from "next/cache";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { requireAdmin } from "@/lib/dal/account/viewer";
import { openSpaceForTopic, updateSpace } from "@/lib/dal/space/admin";
import { openSpaceSchema, spaceAdminSchema } from "@/lib/validation/spaces";

// Opening, describing, pausing and retiring spaces is for admins only: anyone else gets a 404.

function refresh() {
  revalidatePath("/admin/spaces");
  revalidatePath("/spaces", "layout");
}

export async function updateSpaceAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  return handleForm(formData, spaceAdminSchema, {}, async (data) => {
    await updateSpace(data);
    refresh();
    return { status: "success", message: "Saved." };
  });
}

export async function openSpaceAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  return handleForm(formData, openSpaceSchema, {}, async (data) => {
    await openSpaceForTopic(data);
    refresh();
    return { status: "success", message: "The space is open." };
  });
}
