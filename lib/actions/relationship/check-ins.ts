"use server";

import { revalidatePath } from "next/cache";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { announceAbsence, cancelAbsence } from "@/lib/dal/relationship/absences";
import { saveCheckInEntry } from "@/lib/dal/relationship/check-ins";
import { proposeRhythm, respondToRhythm, withdrawRhythmProposal } from "@/lib/dal/relationship/rhythm";
import { absenceSchema, cancelAbsenceSchema, checkInEntrySchema, proposeRhythmSchema, respondRhythmSchema, withdrawRhythmSchema } from "@/lib/validation/check-ins";

// Each action refreshes the relationship page it came from, so both the
// header's record and the section show the new state.
const refresh = (relationshipId: string) => revalidatePath(`/relationships/${relationshipId}`);

export async function proposeRhythmAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, proposeRhythmSchema, {}, async (data) => {
    await proposeRhythm(data);
    refresh(data.relationshipId);
    return { status: "success", message: "Proposal sent. We'll let you know when they answer." };
  });
}

export async function respondRhythmAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, respondRhythmSchema, {}, async (data) => {
    const { outcome, description } = await respondToRhythm(data);
    refresh(data.relationshipId);
    if (outcome === "declined") return { status: "success", message: "You said no to that time. You can suggest one that suits you better." };
    return { status: "success", message: `Agreed: ${description}. Your check-ins follow it from now on.` };
  });
}

export async function withdrawRhythmAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, withdrawRhythmSchema, {}, async (data) => {
    await withdrawRhythmProposal(data);
    refresh(data.relationshipId);
    return { status: "success", message: "Proposal withdrawn." };
  });
}

export async function saveCheckInEntryAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, checkInEntrySchema, {}, async (data) => {
    const { kept } = await saveCheckInEntry(data);
    refresh(data.relationshipId);
    // The words stay in the form, so the person can keep editing them.
    const values = { relationshipId: data.relationshipId, checkInId: data.checkInId, arriving: String(data.arriving ?? ""), onMind: String(data.onMind ?? ""), wouldHelp: String(data.wouldHelp ?? "") };
    return { status: "success", message: kept ? "Saved. You've both checked in this time." : "Saved. You've checked in for this one.", values };
  });
}

export async function announceAbsenceAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, absenceSchema, {}, async (data) => {
    await announceAbsence(data);
    refresh(data.relationshipId);
    return { status: "success", message: "Thanks for saying so ahead. The check-ins in that time are excused." };
  });
}

export async function cancelAbsenceAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, cancelAbsenceSchema, {}, async (data) => {
    await cancelAbsence(data);
    refresh(data.relationshipId);
    return { status: "success", message: "Time away cancelled. Those check-ins are back on." };
  });
}
