"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { blockInCircle, replaceMe, sendFeltOff, settleFeltOff } from "@/lib/dal/circle/safety";
import { circleBlockSchema, circleIdSchema, feltOffSchema, settleFeltOffSchema } from "@/lib/validation/circles";

/** Safety inside a circle (docs/circles.md, "Safety"): the data layer finds the viewer and authorizes. */

export async function feltOffAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, feltOffSchema, {}, async (data) => {
    await sendFeltOff(data);
    revalidatePath(`/circles/${data.circleId}`);
    return {
      status: "success",
      message: "Thank you for saying so. Only your facilitator has been told; they'll likely reach out to you. If it's more than the circle can hold, you can also report it to a moderator.",
    };
  });
}

export async function settleFeltOffAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, settleFeltOffSchema, {}, async (data) => {
    await settleFeltOff(data);
    revalidatePath(`/circles/${data.circleId}`);
    return { status: "success", message: "Marked as talked through." };
  });
}

export async function blockInCircleAction(_: FormState, formData: FormData): Promise<FormState> {
  let replaced = false;
  const state = await handleForm(formData, circleBlockSchema, {}, async (data) => {
    replaced = (await blockInCircle(data)).replaced;
    revalidatePath("/", "layout");
    return { status: "success", message: "Blocked. You won't see each other in this circle, or anywhere on Alongside. They aren't told." };
  });
  if (state.status === "success" && replaced) redirect("/circles?after=replaced");
  return state;
}

export async function replaceMeAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await handleForm(formData, circleIdSchema, {}, async (data) => {
    await replaceMe(data);
    return { status: "success", message: "Done." };
  });
  if (state.status === "success") {
    revalidatePath("/", "layout");
    redirect("/circles?after=replaced");
  }
  return state;
}
