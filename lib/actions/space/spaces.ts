"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { setFollowing, setHiddenNotes } from "@/lib/dal/space/spaces";
import { CONTENT_NOTES } from "@/lib/spaces/words";
import { uuid } from "@/lib/validation/fields";

const followForm = z.object({ spaceId: uuid, follow: z.enum(["yes", "no"]) });

export async function followAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, followForm, {}, async (data) => {
    await setFollowing({ spaceId: data.spaceId, follow: data.follow === "yes" });
    revalidatePath("/spaces", "layout");
    revalidatePath("/dashboard");
    return { status: "success", message: data.follow === "yes" ? "Following. New posts show on your home page." : "No longer following." };
  });
}

const notesForm = z.object({ notes: z.array(z.enum(CONTENT_NOTES)) });

export async function hiddenNotesAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, notesForm, {}, async (data) => {
    await setHiddenNotes(data);
    revalidatePath("/spaces", "layout");
    return { status: "success", message: data.notes.length ? "Saved. Posts with those notes are left out for you." : "Saved. Posts with content notes show folded." };
  });
}
