import { z } from "zod";
import { freeText } from "./fields";
import {
  ageBandOptions,
  allWindows,
  cadenceOptions,
  dealbreakerOptions,
  genderOptions,
  languageOptions,
  listenOptions,
  lookingForOptions,
  messageLengthOptions,
  toneOptions,
} from "@/lib/profiles/options";

/**
 * Field rules for needs profiles, mentor applications and friend profiles.
 * Every list is bounded and every value checked against its vocabulary, so a
 * hand-made request cannot store anything a form could not.
 */

const valuesOf = <T extends { value: string }>(options: readonly T[]) => options.map((o) => o.value) as [T["value"], ...T["value"][]];

export const lookingFor = z.enum(valuesOf(lookingForOptions), { error: "Choose what you are looking for." });
export const cadence = z.enum(valuesOf(cadenceOptions), { error: "Choose how often." });
export const cadences = z.array(cadence).min(1, "Choose at least one rhythm you can keep.").max(3);
export const listenStyle = z.enum(valuesOf(listenOptions), { error: "Choose one." });
export const tone = z.enum(valuesOf(toneOptions), { error: "Choose one." });
export const messageLength = z.enum(valuesOf(messageLengthOptions), { error: "Choose one." });
export const ageBand = z.enum(valuesOf(ageBandOptions), { error: "Choose an age band." });
export const gender = z.enum(valuesOf(genderOptions), { error: "Choose one, or leave it blank." });

/** An optional single choice: the empty string of an unchosen radio or select means "not said". */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === undefined ? null : v), schema.nullable());

export const importance = z.coerce
  .number({ error: "Choose how much this matters." })
  .int()
  .min(1, "Choose how much this matters.")
  .max(4, "Choose how much this matters.");

export const windows = z
  .array(z.enum(allWindows as [string, ...string[]], { error: "That time is not one we know." }))
  .min(1, "Choose at least one time that suits you.")
  .max(allWindows.length)
  .transform((list) => [...new Set(list)]);

export const languages = z
  .array(z.enum(valuesOf(languageOptions), { error: "That language is not one we offer yet." }))
  .min(1, "Choose at least one language.")
  .max(languageOptions.length)
  .transform((list) => [...new Set(list)]);

export const ageBands = z.array(ageBand).max(ageBandOptions.length).transform((list) => [...new Set(list)]);
export const genders = z.array(gender).max(genderOptions.length).transform((list) => [...new Set(list)]);
export const dealbreakers = z
  .array(z.enum(valuesOf(dealbreakerOptions)))
  .max(dealbreakerOptions.length)
  .transform((list) => [...new Set(list)]);

/** Topic ids: checked against the live topic list in the DAL, here only for shape and size. */
export const topicIds = (min: number, message: string) =>
  z
    .array(z.uuid({ error: "That topic is not one we know." }))
    .min(min, message)
    .max(30, "Choose fewer topics.")
    .transform((list) => [...new Set(list)]);

/** An IANA timezone the runtime knows, e.g. "Europe/Lisbon". */
export const timezone = z
  .string({ error: "Choose your timezone." })
  .min(1, "Choose your timezone.")
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "Choose your timezone from the list.");

/** Free text with a length limit; empty means "not said". */
export const optionalText = (max: number) =>
  freeText()
    .trim()
    .max(max, `Keep this under ${max} characters.`)
    .transform((v) => (v === "" ? null : v));

export const requiredText = (min: number, max: number, message: string) =>
  freeText({ error: message }).trim().min(min, message).max(max, `Keep this under ${max} characters.`);

/** A checkbox that must be ticked ("on" from a form). */
export const mustAgree = (message: string) => z.literal("on", { error: message });
