"use server";

import { revalidatePath } from "next/cache";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { reportContent } from "@/lib/dal/safety/reports";
import { reportSchema } from "@/lib/validation/reports";

export async function reportAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, reportSchema, {}, async (data) => {
    const { created } = await reportContent(data);
    revalidatePath("/reports");
    return {
      status: "success",
      message: created
        ? data.circleId
          ? "Thank you for telling us. A moderator will look at it, usually within a day, and nobody in the circle is told who reported. You can follow it on Your reports."
          : "Thank you for telling us. A moderator will look at it, usually within a day. You can follow it on Your reports."
        : "You've already reported this, and a moderator hasn't decided yet. You can follow it on Your reports.",
    };
  });
}
