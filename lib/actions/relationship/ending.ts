"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { blockPerson, unblockPerson } from "@/lib/dal/safety/blocks";
import { cancelPlannedEnding, endRelationship } from "@/lib/dal/relationship/lifecycle";
import { blockFormSchema, endRelationshipSchema, personIdSchema, relationshipIdSchema } from "@/lib/validation/relationships";

/**
 * Ending, planning an ending, and blocking. Used from the relationship page,
 * the "Your people" list, suggestion cards, requests and the account page.
 */

export async function endRelationshipAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(
    formData,
    endRelationshipSchema,
    {},
    async (data) => {
      const result = await endRelationship(data);
      revalidatePath("/relationships");
      revalidatePath(`/relationships/${data.relationshipId}`);
      if (result.outcome === "planned") {
        // The section, rendered again, shows the moment in the viewer's own zone.
        return { status: "success", message: "Planned. Your relationship stays open for one final check-in and closes after it. You can change your mind until then." };
      }
      // Nobody is left alone: a seeker (or friend) goes straight to fresh suggestions; a mentor back to their people.
      redirect(result.viewerSide === "mentor" ? "/relationships?after=ended" : "/suggestions?after=ended");
    },
  );
}

export async function cancelPlannedEndingAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, relationshipIdSchema, {}, async (data) => {
    await cancelPlannedEnding(data);
    revalidatePath(`/relationships/${data.relationshipId}`);
    return { status: "success", message: "The planned ending is off. Your relationship goes on as before." };
  });
}

export async function blockAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, blockFormSchema, {}, async (data) => {
    const { endedRelationship } = await blockPerson({ personId: data.personId });
    revalidatePath("/", "layout");
    // Land somewhere that still exists for the viewer: the thread they were on no longer does.
    if (data.from === "suggestions" || (endedRelationship?.viewerWasSeeker && data.from === "thread")) redirect("/suggestions?after=blocked");
    if (data.from === "requests") redirect("/requests?after=blocked");
    redirect("/relationships?after=blocked");
  });
}

export async function unblockAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, personIdSchema, {}, async (data) => {
    await unblockPerson(data);
    revalidatePath("/account");
    return { status: "success", message: "Unblocked. Anything the block ended stays ended." };
  });
}
