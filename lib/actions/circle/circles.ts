"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { handleForm } from "@/lib/actions/form";
import type { FormState } from "@/lib/forms/state";
import { circleTrainingQuestions } from "@/lib/circles";
import { proposeCircle, submitCircleTraining } from "@/lib/dal/circle/circles";
import { answerJoinRequest, askToJoin, leaveCircle } from "@/lib/dal/circle/membership";
import { excuseAhead, openSession, reachOut } from "@/lib/dal/circle/sessions";
import { sendCircleMessage } from "@/lib/dal/circle/thread";
import { answerRenewal, proposeRenewal, writeReflection } from "@/lib/dal/circle/ending";
import { assignFacilitator, stepBackAsFacilitator, takeBackCircle } from "@/lib/dal/circle/facilitation";
import type { CircleMessageDto } from "@/lib/circles/types";
import {
  circleIdSchema,
  circleMessageSchema,
  excuseSchema,
  joinAnswerSchema,
  leaveCircleSchema,
  openSessionSchema,
  proposeCircleSchema,
  reachOutSchema,
  answerRenewalSchema,
  assignFacilitatorSchema,
  proposeRenewalSchema,
  reflectionSchema,
  stepBackSchema,
} from "@/lib/validation/circles";

/** Circle actions: each validates with zod through handleForm and calls the data layer, which finds the viewer and authorizes. */

const trainingSchema = z.object(Object.fromEntries(circleTrainingQuestions.map((q) => [q.id, z.string().optional()])));

export async function circleTrainingAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, trainingSchema, {}, async (data) => {
    const grade = await submitCircleTraining(data as Record<string, string | undefined>);
    revalidatePath("/circles");
    if (grade.passed) return { status: "success", message: "Thank you — you can now propose a circle." };
    return { status: "error", message: "Have another look at the questions marked below; the feedback under each answer explains why.", fieldErrors: Object.fromEntries(grade.needsAnotherLook.map((id) => [id, "Have another look at this one."])), values: {} };
  });
}

export async function proposeCircleAction(_: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await handleForm(
    formData,
    proposeCircleSchema,
    {},
    async (data) => {
      id = (await proposeCircle(data)).id;
      return { status: "success", message: "Your circle is proposed." };
    },
  );
  if (id) redirect(`/circles/${id}`);
  return state;
}

export async function askToJoinAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, circleIdSchema, {}, async (data) => {
    await askToJoin(data);
    revalidatePath("/circles");
    return { status: "success", message: "Asked. The facilitator will say yes or no soon; you'll hear on your bell." };
  });
}

export async function answerJoinAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, joinAnswerSchema, {}, async (data) => {
    const result = await answerJoinRequest(data);
    revalidatePath("/circles");
    return { status: "success", message: result.seated ? "Welcomed into the circle." : "Declined kindly; they've been told." };
  });
}

export async function openSessionAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, openSessionSchema, {}, async (data) => {
    await openSession(data);
    revalidatePath(`/circles/${data.circleId}`);
    return { status: "success", message: "The session is open. Members who write in the circle now are there." };
  });
}

export async function excuseAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, excuseSchema, {}, async (data) => {
    await excuseAhead(data);
    revalidatePath(`/circles/${data.circleId}`);
    return { status: "success", message: "Thanks for saying — that session counts as excused." };
  });
}

export async function reachOutAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, reachOutSchema, {}, async (data) => {
    await reachOut(data);
    revalidatePath(`/circles/${data.circleId}`);
    return { status: "success", message: "Sent. Thank you for noticing." };
  });
}

export async function leaveCircleAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await handleForm(formData, leaveCircleSchema, {}, async (data) => {
    await leaveCircle(data);
    return { status: "success", message: "You've left the circle." };
  });
  if (state.status === "success") redirect("/suggestions?after=left-circle");
  return state;
}

export type CircleMessageState = FormState & { sent?: CircleMessageDto };

export async function sendCircleMessageAction(_: FormState, formData: FormData): Promise<CircleMessageState> {
  let sent: CircleMessageDto | undefined;
  const state = await handleForm(formData, circleMessageSchema, {}, async (data) => {
    sent = await sendCircleMessage(data);
    return { status: "success", message: "Sent." };
  });
  return sent && state.status === "success" ? { ...state, sent } : state;
}

export async function stepBackAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await handleForm(formData, stepBackSchema, {}, async (data) => {
    await stepBackAsFacilitator(data);
    return { status: "success", message: "You've stepped back. The members have been told, kindly, and moderators are finding someone to carry on." };
  });
  if (state.status === "success") redirect("/circles?after=stepped-back");
  return state;
}

/** Back from a pause, the facilitator takes their circle back (while nobody else has been assigned). */
export async function takeBackAction(_: FormState, formData: FormData): Promise<FormState> {
  let circleId = "";
  const state = await handleForm(formData, circleIdSchema, {}, async (data) => {
    await takeBackCircle(data);
    circleId = data.circleId;
    revalidatePath("/circles");
    return { status: "success", message: "Welcome back. The circle is yours again, and its members have been told." };
  });
  if (state.status === "success") redirect(`/circles/${circleId}?after=taken-back`);
  return state;
}

export async function proposeRenewalAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, proposeRenewalSchema, {}, async (data) => {
    await proposeRenewal(data);
    revalidatePath(`/circles/${data.circleId}`);
    return { status: "success", message: "Asked. Members answer on the circle page; you'll hear the outcome." };
  });
}

export async function answerRenewalAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, answerRenewalSchema, {}, async (data) => {
    const { status } = await answerRenewal(data);
    revalidatePath(`/circles/${data.circleId}`);
    const outcome = status === "agreed" ? " Most of the circle said yes, so it carries on." : status === "declined" ? " The circle will close as planned." : "";
    return { status: "success", message: `Thanks for answering.${outcome}` };
  });
}

export async function reflectionAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, reflectionSchema, {}, async (data) => {
    await writeReflection(data);
    revalidatePath(`/circles/${data.circleId}`);
    return { status: "success", message: "Your reflection is with the circle. Thank you." };
  });
}

export async function assignFacilitatorAction(_: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, assignFacilitatorSchema, {}, async (data) => {
    const result = await assignFacilitator(data);
    revalidatePath("/admin/queue");
    return { status: "success", message: result.name ? `${result.name} now holds the circle; they and the members have been told.` : "This circle already has that facilitator." };
  });
}
