"use server";

import { notFound, redirect } from "next/navigation";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { saveNeedsStep } from "@/lib/dal/profiles/needs-profiles";
import { isStepKey } from "@/lib/profiles/onboarding-steps";
import { needsStepSchemas } from "@/lib/validation/needs-profile";

export type StepFormMode = "onboarding" | "profile";

/**
 * Saves one step of onboarding, or one section of the profile page (same
 * forms). Onboarding moves on to the next step; the profile page returns to
 * the profile — except when the person now wants a peer friend and has no
 * friend profile yet, who is asked the friend step first.
 */
export async function saveStepAction(mode: StepFormMode, step: string, _: FormState, formData: FormData): Promise<FormState> {
  if (!isStepKey(step) || (mode !== "onboarding" && mode !== "profile")) notFound();
  return handleForm(formData, needsStepSchemas[step], {}, async (data) => {
    const saved = await saveNeedsStep(step, data);
    if (mode === "profile" && saved.needsFriendStep) redirect("/profile/edit/friend");
    if (saved.completedNow) redirect("/profile?notice=welcome");
    if (mode === "profile" || step === "not-therapy") redirect(`/profile?notice=saved-${step}`);
    redirect(saved.next ? `/onboarding/${saved.next}` : "/onboarding");
  });
}
