import { z } from "zod";
import { freeText, lineText, uuid } from "./fields";

/** Forms and inputs of circles (docs/circles.md). */
const time = z.string().regex(/^([01]\d|2[0-3]):(00|15|30|45)$/, "Choose a start time on the quarter hour, e.g. 19:00.");

export const proposeCircleSchema = z
  .object({
    title: lineText().trim().min(3, "Give the circle a short name.").max(80, "Keep the name under 80 characters."),
    focusTopicIds: z.array(uuid).min(1, "Choose at least one focus topic.").max(3, "Choose up to three focus topics."),
    language: lineText().trim().min(2, "Choose a language.").max(12),
    targetSize: z.coerce.number().int().min(4, "A circle has 4 to 6 members.").max(6, "A circle has 4 to 6 members."),
    maxSize: z.coerce.number().int().min(4).max(8, "At most 8 members."),
    cadence: z.enum(["weekly", "fortnightly"], { error: "Choose how often the circle meets." }),
    day: z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"], { error: "Choose a day." }),
    startTime: time,
    durationMinutes: z.coerce.number().int().min(30).max(180).multipleOf(15),
    startsOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a start date."),
    lengthSessions: z.coerce.number().int().min(4, "At least 4 sessions.").max(24, "At most 24 sessions."),
  })
  .refine((v) => v.maxSize >= v.targetSize, { path: ["maxSize"], message: "The most you'll take can't be below the size you hope for." });

export const circleIdSchema = z.object({ circleId: uuid });
export const joinAnswerSchema = z.object({ requestId: uuid, accept: z.enum(["yes", "no"]) });
export const openSessionSchema = z.object({ circleId: uuid, prompt: freeText().trim().min(3, "Write a short prompt.").max(600) });
export const excuseSchema = z.object({ circleId: uuid, sessionNumber: z.coerce.number().int().min(1).max(24) });
export const leaveCircleSchema = z.object({ circleId: uuid, closingWords: freeText().trim().max(1000).optional().default("") });
export const circleMessageSchema = z.object({ circleId: uuid, body: freeText().trim().min(1, "Write something first.").max(4000), clientKey: uuid });
export const reachOutSchema = z.object({
  circleId: uuid,
  memberId: uuid,
  sessionNumber: z.coerce.number().int().min(1).max(24),
  words: freeText().trim().min(3, "Write a few words.").max(1000),
});

/** Circle safety (docs/circles.md, "Safety"). */
export const FELT_OFF_MAX = 1000;
export const feltOffSchema = z.object({
  circleId: uuid,
  words: freeText().trim().max(FELT_OFF_MAX, `Keep it under ${FELT_OFF_MAX} characters.`).optional().default(""),
  clientKey: uuid,
});
export const settleFeltOffSchema = z.object({ circleId: uuid, noteId: uuid });
export const circleBlockSchema = z.object({
  circleId: uuid,
  personId: uuid,
  choice: z.enum(["stay", "replace"], { error: "Choose whether to stay in the circle or be placed in another." }),
});
export const stepBackSchema = z.object({ circleId: uuid, words: freeText().trim().max(1000).optional().default("") });
export const assignFacilitatorSchema = z.object({ circleId: uuid, mentorId: uuid });
export const proposeRenewalSchema = z.object({ circleId: uuid, extraSessions: z.coerce.number().int().min(1, "At least one more session.").max(12, "At most 12 more sessions.") });
export const answerRenewalSchema = z.object({ circleId: uuid, agree: z.enum(["yes", "no"]) });
export const reflectionSchema = z.object({ circleId: uuid, body: freeText().trim().min(3, "Write a few words.").max(2000) });
