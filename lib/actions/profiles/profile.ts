"use server";

import { redirect } from "next/navigation";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { changeDisplayName } from "@/lib/dal/account/display-name";
import { setFriendshipActive } from "@/lib/dal/profiles/friend-profiles";
import { displayNameChange, friendshipSwitch } from "@/lib/validation/needs-profile";

export async function friendshipAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, friendshipSwitch, {}, async (input) => {
    // Parsed here: this action itself turns the answer into a yes or no.
    const { active } = friendshipSwitch.parse(input);
    const { needsFriendStep } = await setFriendshipActive(active === "on");
    if (needsFriendStep) redirect("/profile/edit/friend");
    redirect(`/profile?notice=friendship-${active}`);
  });
}

export async function displayNameAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, displayNameChange, {}, async (data) => {
    await changeDisplayName(data);
    redirect("/profile?notice=saved-name");
  });
}
