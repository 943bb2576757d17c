"use server";

// No revalidatePath: the confirmation stays on screen; the next visit shows the change.

import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/actions/form-state";
import { endRelationship } from "@/lib/dal/relationships";
import { endRelationshipSchema } from "@/lib/validation/relationships";

export async function endRelationshipAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, endRelationshipSchema, { fields: ["relationshipId", "reason", "reflection"] }, async (data) => {
    await endRelationship(data);
    return { status: "success", message: "The relationship has ended, with nobody at fault. Thank you for the time you gave each other." };
  });
}
