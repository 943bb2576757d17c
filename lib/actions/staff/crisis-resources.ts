"use server";

import { revalidatePath } from "next/cache";
import { handleForm, readFormValues } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { addCrisisResource, importBuiltInCrisisResources, removeCrisisResource, updateCrisisResource } from "@/lib/dal/safety/crisis-resources";
import { requireAdmin } from "@/lib/dal/account/viewer";
import { crisisRegionEditFormSchema, crisisRegionFormSchema, crisisRegionIdSchema } from "@/lib/validation/admin-crisis";
import { z } from "zod";

// Crisis resources are edited by admins only: anyone else gets a 404, as from the page.

/** Everywhere the list is shown. */
function refresh() {
  revalidatePath("/admin/crisis-resources");
  revalidatePath("/get-help");
}

export async function addCrisisRegionAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  return handleForm(formData, crisisRegionFormSchema, {}, async (data) => {
    const { region } = await addCrisisResource(data);
    refresh();
    return { status: "success", message: `Added “${region}”. People see it on the help page now.` };
  });
}

export async function updateCrisisRegionAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  return handleForm(formData, crisisRegionEditFormSchema, {}, async (data) => {
    const { region, changed } = await updateCrisisResource(data);
    refresh();
    const values = readFormValues(formData, crisisRegionEditFormSchema);
    return { status: "success", message: changed.length === 0 ? "Nothing had changed." : `Saved “${region}”.`, values };
  });
}

export async function removeCrisisRegionAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  return handleForm(formData, crisisRegionIdSchema, {}, async (data) => {
    const { region } = await removeCrisisResource(data);
    refresh();
    return { status: "success", message: `Removed “${region}”.` };
  });
}

export async function importCrisisRegionsAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  return handleForm(formData, z.object({}), {}, async () => {
    const { imported } = await importBuiltInCrisisResources();
    refresh();
    return { status: "success", message: imported > 0 ? `Copied ${imported} regions. You can edit them now.` : "The list was already there." };
  });
}
