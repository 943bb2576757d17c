"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formError, handleForm, readFormValues } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { reviseApplication, saveApplicationStep, submitApplication } from "@/lib/dal/profiles/mentor-application";
import { changeCapacity, pauseMentoring, requireMentor, resumeMentoring } from "@/lib/dal/profiles/mentor-profiles";
import { applicationStepHref } from "@/lib/mentoring/steps";
import { pauseCoverNotice } from "@/lib/circles";
import { listWords } from "@/lib/matching/explain";
import { formatDay } from "@/lib/mentoring/pause";
import { trainingField } from "@/lib/mentoring/training";
import { type AnswerStep, applicationStepForms, capacitySchema } from "@/lib/validation/mentor-application";

// Every action starts with requireMentor(): for anyone without the mentor
// role /volunteer does not exist (404). The DAL checks again and works on the
// viewer's own application only.

/** "Back": keep every answer that is valid on its own, then go to the previous step. */
async function goBack(step: AnswerStep, formData: FormData): Promise<FormState> {
  const values = readFormValues(formData, applicationStepForms[step].schema);
  try {
    await saveApplicationStep(step, values, "back");
  } catch (error) {
    return formError(error, values);
  }
  redirect(step > 1 ? applicationStepHref(step - 1) : "/volunteer");
}

async function saveStep(step: Exclude<AnswerStep, 6>, formData: FormData): Promise<FormState> {
  await requireMentor();
  if (formData.get("intent") === "back") return goBack(step, formData);
  const { schema } = applicationStepForms[step];
  return handleForm(formData, schema, {}, async (data) => {
    await saveApplicationStep(step, data, "continue");
    revalidatePath("/volunteer");
    redirect(applicationStepHref(step + 1));
  });
}

export async function saveTopicsAction(_: FormState, formData: FormData) {
  return saveStep(1, formData);
}
export async function saveRhythmAction(_: FormState, formData: FormData) {
  return saveStep(2, formData);
}
export async function saveStyleAction(_: FormState, formData: FormData) {
  return saveStep(3, formData);
}
export async function saveWordsAction(_: FormState, formData: FormData) {
  return saveStep(4, formData);
}
export async function savePledgesAction(_: FormState, formData: FormData) {
  return saveStep(5, formData);
}

/** Training: graded on the server; it moves on only once passed, and says which answers need another look. */
export async function saveTrainingAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireMentor();
  if (formData.get("intent") === "back") return goBack(6, formData);
  const { schema } = applicationStepForms[6];
  return handleForm(formData, schema, {}, async (data) => {
    const { grade } = await saveApplicationStep(6, data, "continue");
    if (grade?.passed) {
      revalidatePath("/volunteer");
      redirect(applicationStepHref(7));
    }
    const again = grade?.needsAnotherLook ?? [];
    return {
      status: "error",
      message: `Not passed yet: ${again.length === 1 ? "one question needs" : `${again.length} questions need`} another look. Read the feedback under ${again.length === 1 ? "it" : "each"}, change your answer, and continue again.`,
      fieldErrors: Object.fromEntries(again.map((id) => [trainingField(id), "This one is marked “Safety first”: it needs the answer the feedback describes."])),
      values: readFormValues(formData, schema),
    };
  });
}

export async function submitApplicationAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireMentor();
  return handleForm(formData, z.object({}), {}, async () => {
    await submitApplication();
    revalidatePath("/volunteer");
    redirect("/volunteer");
  });
}

export async function reviseApplicationAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireMentor();
  return handleForm(formData, z.object({}), {}, async () => {
    await reviseApplication();
    revalidatePath("/volunteer");
    redirect(applicationStepHref(7));
  });
}

/**
 * Pause until a return date, or end a pause now (one action, so the form's
 * message survives the switch). A facilitator whose pause would leave
 * circle sessions without them is asked first: the state comes back with the
 * date kept, the words saying what will happen, and the circles' ids for the
 * confirming submit (nothing is saved until then).
 */
export async function pauseSettingsAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireMentor();
  const schema = z.object({ intent: z.enum(["pause", "resume"]), pausedUntil: z.string().max(10), confirmCircleIds: z.string().max(4000).optional() });
  return handleForm(formData, schema, {}, async (input) => {
    // Parsed here: which of two DAL calls to make is this action's own choice.
    const { intent, pausedUntil, confirmCircleIds } = schema.parse(input);
    if (intent === "resume") {
      const { circlesWaiting } = await resumeMentoring();
      revalidatePath("/volunteer");
      revalidatePath("/circles");
      const waiting =
        circlesWaiting.length === 0
          ? ""
          : ` ${listWords(circlesWaiting.map((c) => `“${c.title}”`))} ${circlesWaiting.length === 1 ? "is" : "are"} still waiting for a facilitator: you can take ${circlesWaiting.length === 1 ? "it" : "them"} back from the Circles page.`;
      return { status: "success", message: `Welcome back. You can be suggested to people again.${waiting}` };
    }
    // The range (after today, within six months, in the mentor's timezone) is checked in the DAL.
    const outcome = await pauseMentoring({ pausedUntil, confirmCircleIds });
    if (outcome.kind === "confirm-circles") {
      return {
        status: "error",
        message: pauseCoverNotice(outcome.circles, formatDay(outcome.pausedUntil)),
        fieldErrors: {},
        values: { intent, pausedUntil: outcome.pausedUntil, confirmCircleIds: outcome.circles.map((c) => c.id).join(",") },
      };
    }
    revalidatePath("/volunteer");
    revalidatePath("/circles");
    const cover =
      outcome.circlesAway.length === 0
        ? ""
        : ` Moderators are finding cover for ${listWords(outcome.circlesAway.map((c) => `“${c.title}”`))}, and the members have been told, kindly.`;
    return { status: "success", message: `You're paused until ${formatDay(outcome.pausedUntil)}. Take good care.${cover}` };
  });
}

export async function capacityAction(_: FormState, formData: FormData): Promise<FormState> {
  await requireMentor();
  return handleForm(formData, capacitySchema, {}, async (data) => {
    const result = await changeCapacity(data);
    if (result.kind === "choose-relationship-to-close") {
      return {
        status: "error",
        message: `You're supporting ${result.activeRelationships} people right now. Before lowering your capacity to ${result.capacity}, choose which relationship to close on the “Your people” page (/relationships), so nobody is left without a word.`,
        fieldErrors: {},
        values: { capacity: String(data.capacity) },
      };
    }
    revalidatePath("/volunteer");
    return {
      status: "success",
      message: `Saved: you can support up to ${result.capacity} ${result.capacity === 1 ? "person" : "people"} at a time.`,
      values: { capacity: String(result.capacity) },
    };
  });
}
