"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { handleForm } from "@/lib/actions/form";
import { pulseSkipCookie } from "@/lib/care/pulse-skip";
import { PULSE_OPEN_DAYS } from "@/lib/care/pulse-trend";
import type { FormState } from "@/lib/forms/state";
import { answerFitCheck } from "@/lib/dal/relationship/fit-checks";
import { answerPulse } from "@/lib/dal/relationship/pulse";
import { answerRupture, askModeratorHelp, nameRupture, sayWereGood } from "@/lib/dal/relationship/ruptures";
import { answerRuptureSchema, fitCheckSchema, nameRuptureSchema, pulseSchema, ruptureIdSchema, skipPulseSchema } from "@/lib/validation/care";

/**
 * The pulse, the fit check and rupture and repair, on the relationship page.
 * Each action re-renders the page, whose sections then show the new state
 * (a thank-you, the open conversation, the repair).
 */

const page = (relationshipId: string) => `/relationships/${relationshipId}`;

export async function pulseAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, pulseSchema, {}, async (data) => {
    await answerPulse(data);
    revalidatePath(page(data.relationshipId));
    return { status: "success", message: "Thank you. Your answer stays private." };
  });
}

/**
 * "Not this time": remembered in this browser only, for this check-in. The
 * schema has no place for a skipped pulse, and a skip needs none: the next
 * kept check-in asks again.
 */
export async function skipPulseAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, skipPulseSchema, {}, async (input) => {
    // Nothing reaches the data layer, so this action validates what it writes into the cookie.
    const data = skipPulseSchema.parse(input);
    (await cookies()).set(pulseSkipCookie(data.relationshipId), data.checkInId, {
      httpOnly: true,
      sameSite: "lax",
      path: page(data.relationshipId),
      maxAge: PULSE_OPEN_DAYS * 86_400,
    });
    revalidatePath(page(data.relationshipId));
    return { status: "success", message: "No problem. We'll ask again after your next check-in." };
  });
}

export async function fitCheckAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, fitCheckSchema, {}, async (data) => {
    await answerFitCheck(data);
    revalidatePath(page(data.relationshipId));
    return { status: "success", message: "Thank you for saying how it feels. Only you can see your answer." };
  });
}

export async function nameRuptureAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, nameRuptureSchema, {}, async (data) => {
    const { created } = await nameRupture(data);
    revalidatePath(page(data.relationshipId));
    return {
      status: "success",
      message: created ? "Thank you for saying it. We've let them know, gently, without sharing your words outside this page." : "This is already open between you: it's just below.",
    };
  });
}

export async function answerRuptureAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, answerRuptureSchema, {}, async (data) => {
    await answerRupture(data);
    revalidatePath(page(data.relationshipId));
    return { status: "success", message: "Thank you for listening and answering." };
  });
}

export async function weAreGoodAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ruptureIdSchema, {}, async (data) => {
    const { repaired } = await sayWereGood(data);
    revalidatePath(page(data.relationshipId));
    return { status: "success", message: repaired ? "You're both good again." : "We've told them you feel you're good. It's repaired once they feel the same." };
  });
}

export async function askHelpAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ruptureIdSchema, {}, async (data) => {
    await askModeratorHelp(data);
    revalidatePath(page(data.relationshipId));
    return { status: "success", message: "A moderator will look at this with you. They see that something is unresolved, never what either of you wrote." };
  });
}
