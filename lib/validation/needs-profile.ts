import { z } from "zod";
import type { StepKey } from "@/lib/profiles/onboarding-steps";
import { displayName } from "./fields";
import * as field from "./profile-fields";

/**
 * One schema per onboarding step. Field names are the column names of
 * needs_profiles / friend_profiles, so a step's output is exactly what it
 * saves. Unknown keys (userId, completedAt, roles, status…) are stripped.
 * Each schema accepts its own output again (the action and the DAL both
 * parse), which is why optional text treats null as "not said".
 */

const optionalText = (max: number) => z.preprocess((v) => v ?? "", field.optionalText(max));

/**
 * What the person is looking for: a mentor, a peer friend or both, and — as
 * well as either — "a small group" (a circle). `smallGroup` is a checkbox:
 * "yes" ticked, "" unticked; left out (not on the form) it changes nothing.
 * It is saved to the circle waiting list (circle_seekers), not the profile row.
 */
export const lookingForStep = z.object({ lookingFor: field.lookingFor, smallGroup: z.enum(["yes", ""]).optional() });

export const topicsStep = z
  .object({
    topicIds: field.topicIds(1, "Choose at least one thing you'd like support with."),
    livedExperienceTopicIds: field.topicIds(0, ""),
    ownWords: optionalText(500),
  })
  .refine((step) => step.livedExperienceTopicIds.every((id) => step.topicIds.includes(id)), {
    path: ["livedExperienceTopicIds"],
    message: "You ticked “lived experience matters” for a topic you didn't choose. Choose that topic too, or untick it.",
  });

export const rhythmStep = z.object({
  cadence: field.cadence,
  windows: field.windows,
  timezone: field.timezone,
});

export const styleStep = z.object({
  listenStyle: field.listenStyle,
  tone: field.tone,
  messageLength: field.messageLength,
  consistencyImportance: field.importance,
  nonJudgmentImportance: field.importance,
});

export const aboutYouStep = z.object({
  languages: field.languages,
  ageBand: field.ageBand,
  gender: field.optional(field.gender),
  preferredAgeBands: field.ageBands,
  preferredGenders: field.genders,
});

export const boundariesStep = z.object({
  avoidTopicIds: field.topicIds(0, ""),
  dealbreakers: field.dealbreakers,
  dealbreakersNote: optionalText(500),
});

export const hopesStep = z.object({
  hopes: field.requiredText(10, 1000, "Write a sentence or two about what you hope for — at least 10 characters."),
});

export const friendStep = z.object({
  share: field.requiredText(10, 500, "Write a little about what you'd like to share with a friend — at least 10 characters."),
  cadence: field.cadence,
  windows: field.windows,
  timezone: field.timezone,
});

export const notTherapyStep = z.object({
  acknowledge: field.mustAgree("Tick the box to say you have read this."),
  version: z.coerce.number({ error: "Please reload the page and read the text again." }).int().positive("Please reload the page and read the text again."),
});

export const needsStepSchemas = {
  "looking-for": lookingForStep,
  topics: topicsStep,
  rhythm: rhythmStep,
  style: styleStep,
  "about-you": aboutYouStep,
  boundaries: boundariesStep,
  hopes: hopesStep,
  friend: friendStep,
  "not-therapy": notTherapyStep,
} as const satisfies Record<StepKey, z.ZodType>;

export type StepData<K extends StepKey> = z.output<(typeof needsStepSchemas)[K]>;


/** Switching peer friendship on or off from the profile page. */
export const friendshipSwitch = z.object({ active: z.enum(["on", "off"], { error: "Choose on or off." }) });

/** Changing one's display name (users.name). */
export const displayNameChange = z.object({ name: displayName });
