"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { actOnPerson } from "@/lib/dal/staff/decisions";
import { requireStaff } from "@/lib/dal/account/viewer";
import { statusChangeSchema } from "@/lib/validation/moderation";

// Every admin action starts with requireStaff(): to anyone else it answers 404,
// exactly like the pages. The DAL checks again, with the target's roles.

const changeSchema = statusChangeSchema.extend({ to: z.enum(["suspended", "active"]) });

/** Suspend (to = suspended) or reinstate (to = active) one person, with a reason. */
export async function changeStatusAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, changeSchema, {}, async (input) => {
    // Parsed here: the action chooses between suspending and reinstating; the DAL validates the rest again.
    const { to, ...data } = changeSchema.parse(input);
    // Through moderation, so the person gets the reason, a moderation action they can appeal, and the audit row.
    if (to === "suspended") {
      const { subjectName: name } = await actOnPerson({ ...data, action: "suspend" });
      revalidatePath("/admin");
      return { status: "success", message: `${name} is suspended and will be signed out on their next click.` };
    }
    const { subjectName: name } = await actOnPerson({ ...data, action: "reinstate" });
    revalidatePath("/admin");
    return { status: "success", message: `${name} is reinstated and can sign in again.` };
  });
}
