import { z } from "zod";
import { uuid, freeText } from "./fields";

/**
 * The pulse, the fit check and rupture notes: the choices people see and the
 * schemas their forms are read with. Labels are the product's words.
 */

export const understoodChoices = [
  { value: "yes", label: "Yes" },
  { value: "partly", label: "Partly" },
  { value: "no", label: "No" },
] as const;

export const judgedChoices = [
  { value: "no", label: "No" },
  { value: "yes", label: "Yes" },
] as const;

export const fitChoices = [
  { value: "good_fit", label: "Good fit" },
  { value: "still_deciding", label: "Still deciding" },
  { value: "not_a_fit", label: "Not a fit" },
] as const;

export type FitChoice = (typeof fitChoices)[number]["value"];

export const NOTE_MAX = 1000;

const values = <T extends readonly { value: string }[]>(choices: T) => choices.map((c) => c.value) as [T[number]["value"], ...T[number]["value"][]];

/** Words someone must write: trimmed, not empty, bounded. */
const note = (empty: string) =>
  freeText({ error: empty })
    .trim()
    .min(1, empty)
    .max(NOTE_MAX, `Keep this under ${NOTE_MAX} characters.`);

/** Optional words: "" (or nothing) means none. */
const optionalNote = z.preprocess(
  (v) => v ?? "",
  freeText()
    .trim()
    .max(NOTE_MAX, `Keep this under ${NOTE_MAX} characters.`),
);

export const pulseSchema = z.object({
  relationshipId: uuid,
  checkInId: uuid,
  feltUnderstood: z.enum(values(understoodChoices), { error: "Choose yes, partly or no." }),
  // The DAL parses the action's output again, so a boolean is read as well as "yes"/"no".
  feltJudged: z.preprocess(
    (v) => (typeof v === "boolean" ? (v ? "yes" : "no") : v),
    z.enum(values(judgedChoices), { error: "Choose no or yes." }).transform((v) => v === "yes"),
  ),
});

export const skipPulseSchema = z.object({ relationshipId: uuid, checkInId: uuid });

export const fitCheckSchema = z.object({
  relationshipId: uuid,
  stage: z.coerce.number().pipe(z.union([z.literal(1), z.literal(3)], { error: "That question is not one we ask." })),
  answer: z.enum(values(fitChoices), { error: "Choose the answer closest to how it feels." }),
});

export const nameRuptureSchema = z.object({
  relationshipId: uuid,
  whatHappened: note("Write a few words about what happened, in your own way."),
  whatINeeded: optionalNote,
});

export const answerRuptureSchema = z.object({
  relationshipId: uuid,
  ruptureId: uuid,
  whatIHeard: note("Write a few words about what you heard."),
  whatINeedNow: optionalNote,
});

export const ruptureIdSchema = z.object({ relationshipId: uuid, ruptureId: uuid });

export interface OpenerNote {
  whatHappened: string;
  whatINeeded: string;
}

export interface ResponderNote {
  whatIHeard: string;
  whatINeedNow: string;
}
