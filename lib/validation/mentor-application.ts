import { z } from "zod";
import { pledges } from "@/lib/mentoring/pledges";
import { pauseWindow } from "@/lib/mentoring/pause";
import { INTRO_MAX, MENTOR_CAPACITY_MAX, MOTIVATION_MAX } from "@/lib/mentoring/steps";
import { trainingField, trainingQuestions } from "@/lib/mentoring/training";
import { reason, uuid } from "./fields";
import {
  ageBand,
  cadences,
  gender,
  languages,
  listenStyle,
  messageLength,
  mustAgree,
  optional,
  optionalText,
  requiredText,
  timezone,
  tone,
  topicIds,
  windows,
} from "./profile-fields";

/**
 * One schema per step of the mentor application, plus the moderators'
 * decisions and an approved mentor's settings. Each schema lists exactly the
 * fields its form may set: status, approval, decisions, training results and
 * whose application it is are never read from a form (zod drops unknown keys).
 */

/** A form's fields, for handleForm: single values and checkbox groups. */
export const capacity = z.coerce
  .number({ error: "Choose how many people you could support." })
  .int("Choose how many people you could support.")
  .min(1, "Choose how many people you could support.")
  .max(MENTOR_CAPACITY_MAX, `${MENTOR_CAPACITY_MAX} is the most we ask anyone to hold at once.`);

// Step 1
export const topicsStepSchema = z
  .object({
    topicIds: topicIds(1, "Choose at least one topic you have lived experience of."),
    avoidTopicIds: topicIds(0, ""),
  })
  .refine((data) => !data.topicIds.some((id) => data.avoidTopicIds.includes(id)), {
    message: "A topic can't be both one you'd support people with and one you'd rather not take on.",
    path: ["avoidTopicIds"],
  });
// Step 2
export const rhythmStepSchema = z.object({ capacity, cadences, windows, timezone });
// Step 3
export const styleStepSchema = z.object({
  languages,
  listenStyle,
  tone,
  messageLength,
  ageBand,
  gender: optional(gender),
});
// Step 4
export const wordsStepSchema = z.object({
  intro: requiredText(20, INTRO_MAX, "Write a few sentences about yourself — at least 20 characters."),
  motivation: requiredText(20, MOTIVATION_MAX, "Tell us a little about why — at least 20 characters."),
});
// Step 5: each pledge is its own required checkbox.
export const pledgesStepSchema = z.object(
  Object.fromEntries(pledges.map((p) => [p.field, mustAgree("Tick this pledge to go on. If you can't make it, mentoring may not be the right fit just now.")])) as Record<
    (typeof pledges)[number]["field"],
    ReturnType<typeof mustAgree>
  >,
);
// Step 6: one radio group per scenario. Grading (lib/mentoring/training.ts) happens after validation.
export const trainingStepSchema = z.object(
  Object.fromEntries(
    trainingQuestions.map((q) => [
      trainingField(q.id),
      z.enum(q.options.map((o) => o.id) as [string, ...string[]], { error: "Choose an answer to this question." }),
    ]),
  ),
);
/** The form of each step that collects answers (step 7 only sends). */
export const applicationStepForms = {
  1: { schema: topicsStepSchema },
  2: { schema: rhythmStepSchema },
  3: { schema: styleStepSchema },
  4: { schema: wordsStepSchema },
  5: { schema: pledgesStepSchema },
  6: { schema: trainingStepSchema },
} as const;
export type AnswerStep = keyof typeof applicationStepForms;

/**
 * The answers of a step that are valid on their own, for "Back": what can be
 * kept is kept, and nothing invalid is stored.
 */
export function validAnswersOf(schema: z.ZodObject, input: Record<string, unknown>) {
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const parsed = (field as z.ZodType).safeParse(input[key]);
    if (parsed.success) kept[key] = parsed.data;
  }
  return kept;
}

// Moderators' decisions
export const approveApplicationSchema = z.object({
  userId: uuid,
  note: z.preprocess((v) => v ?? "", optionalText(1000)),
});
export const declineApplicationSchema = z.object({
  userId: uuid,
  reason,
});

// An approved mentor's settings
export const capacitySchema = z.object({ capacity });

/** A return date after `today` and at most six months away (dates as YYYY-MM-DD in the mentor's timezone). */
export function pauseSchema(today: string) {
  const { earliest, latest } = pauseWindow(today);
  return z.object({
    pausedUntil: z.iso
      .date({ error: "Choose the day you expect to be back." })
      .refine((day) => day >= earliest, "Choose a day after today.")
      .refine((day) => day <= latest, "Choose a day within the next six months. You can always pause again."),
  });
}
