"use server";

import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { sendRequest } from "@/lib/dal/matching/suggestions";
import { askSchema, noteFieldOf, saveChoiceSchema } from "@/lib/validation/requests";
import { saveMentor, unsaveMentor } from "@/lib/dal/matching/saved";
import { revalidatePath } from "next/cache";

// The suggestions page shares one form per kind of action between its cards
// (components/matching/suggestion-forms.tsx): the pressed button names the
// person. Each answer carries that name back in `values`, so the page shows
// it on the right card.

/**
 * Ask a suggested mentor or peer friend. The form holds a note box per card,
 * each named after its person; the ask's note is the pressed card's box (the
 * same person can have two cards, a suggestion and a saved one: the box typed
 * in wins).
 *
 * No revalidatePath here: it would re-render the suggestions at once and the
 * card holding this answer would vanish. Every page is dynamic, so the next
 * visit to Requests or Suggestions shows the request anyway.
 */
export async function askAction(_: FormState, formData: FormData): Promise<FormState> {
  const ask = formData.get("ask");
  const fields = new FormData();
  fields.set("ask", typeof ask === "string" ? ask : "");
  const notes = typeof ask === "string" ? formData.getAll(noteFieldOf(ask)).filter((n): n is string => typeof n === "string") : [];
  fields.set("note", notes.find((n) => n.trim() !== "") ?? "");
  return handleForm(fields, askSchema, {}, async (data) => {
    const { alreadySent } = await sendRequest(askSchema.parse(data));
    return {
      status: "success",
      message: alreadySent
        ? "Your request was already sent. We'll tell you here when they answer."
        : "Sent. They have 7 days to answer; we'll tell you here either way.",
      values: { ask: data.ask },
    };
  });
}

// Saving changes what the page shows beside the card (the saved list), so the page is re-read.
export async function saveChoiceAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, saveChoiceSchema, {}, async (data) => {
    const { intent, mentorId } = saveChoiceSchema.parse(data);
    if (intent === "save") await saveMentor({ mentorId });
    else await unsaveMentor({ mentorId });
    revalidatePath("/suggestions");
    return {
      status: "success",
      message: intent === "save" ? "Saved for later. You'll find them under “Saved for later”." : "Removed from your saved mentors.",
      values: { [intent]: mentorId },
    };
  });
}
