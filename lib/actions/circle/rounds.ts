"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { commitCircleRound, previewCircleRound } from "@/lib/dal/circle/rounds";
import { uuid } from "@/lib/validation/fields";

/** Moderators: preview a circle round, then commit it. */
export async function previewCircleRoundAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, z.object({}), {}, async () => {
    const preview = await previewCircleRound();
    revalidatePath("/admin/rounds");
    return { status: "success", message: `Preview ready: ${preview.placements.length} people placed in circles.` };
  });
}

export async function commitCircleRoundAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, z.object({ roundId: uuid }), {}, async ({ roundId }) => {
    const result = await commitCircleRound(roundId);
    revalidatePath("/admin/rounds");
    return { status: "success", message: `Committed: ${result.seated} seated${result.skipped ? `, ${result.skipped} skipped because their seat was taken since the preview` : ""}.` };
  });
}
