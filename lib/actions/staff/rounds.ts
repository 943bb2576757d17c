"use server";

// No revalidatePath: the form keeps its answer on screen; pages are dynamic,
// so the next visit shows the new state.

import { redirect } from "next/navigation";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { commitRound, previewRound } from "@/lib/dal/matching/rounds";
import { requireStaff } from "@/lib/dal/account/viewer";
import { roundIdSchema, roundPreviewSchema } from "@/lib/validation/rounds";

export async function previewRoundAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  let roundId: string | null = null;
  const state = await handleForm(formData, roundPreviewSchema, {}, async (data) => {
    ({ roundId } = await previewRound(data));
    return { status: "success", message: "Preview ready." };
  });
  if (roundId) redirect(`/admin/rounds/${roundId}`);
  return state;
}

export async function commitRoundAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireStaff();
  return handleForm(formData, roundIdSchema, {}, async (data) => {
    const { proposed, skipped } = await commitRound(data);
    return {
      status: "success",
      message: `Sent ${proposed} proposals; each pair is matched once both say yes.${skipped ? ` ${skipped} pairs were skipped: they already had a request between them.` : ""}`,
    };
  });
}
