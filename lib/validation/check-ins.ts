import { z } from "zod";
import { cadenceOptions, dayParts, days } from "@/lib/profiles/options";
import { uuid, freeText } from "./fields";

/**
 * Forms of the check-ins section: agreeing a rhythm, writing a check-in
 * entry, and announcing time away. Shared by the server actions and the DAL
 * (both parse), so each schema accepts its own output.
 */

export const ENTRY_MAX = 500;
/** The longest planned absence, in days: longer than that is a conversation, not a pause. */
export const ABSENCE_MAX_DAYS = 84;

const cadence = z.enum(cadenceOptions.map((c) => c.value) as ["weekly", "fortnightly", "monthly"], { error: "Choose how often." });
const day = z.enum(days.map((d) => d.value) as ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], { error: "Choose a day." });
const part = z.enum(dayParts.map((p) => p.value) as ["morning", "afternoon", "evening"], { error: "Choose a part of the day." });

/** "" (or nothing) means "no open proposal was on screen". */
const optionalId = z.preprocess((v) => (v === "" || v === undefined ? null : v), uuid.nullable());

export const proposeRhythmSchema = z.object({
  relationshipId: uuid,
  cadence,
  day,
  part,
  /** The open proposal the person saw when they chose to propose another (a counter-proposal or a change to their own). */
  replaces: optionalId,
});

export const respondRhythmSchema = z.object({
  relationshipId: uuid,
  rhythmId: uuid,
  decision: z.enum(["accept", "decline"], { error: "Choose yes or no." }),
});

export const withdrawRhythmSchema = z.object({ relationshipId: uuid, rhythmId: uuid });

const answer = z.preprocess(
  (v) => v ?? "",
  freeText()
    .trim()
    .max(ENTRY_MAX, `Keep this under ${ENTRY_MAX} characters.`)
    .transform((v) => (v === "" ? null : v)),
);

export const checkInEntrySchema = z
  .object({
    relationshipId: uuid,
    checkInId: uuid,
    arriving: answer,
    onMind: answer,
    wouldHelp: answer,
  })
  .refine((e) => e.arriving !== null || e.onMind !== null || e.wouldHelp !== null, {
    path: ["arriving"],
    message: "Write a few words in at least one of the three.",
  });

/** What an entry holds once decrypted. */
export interface CheckInAnswers {
  arriving: string | null;
  onMind: string | null;
  wouldHelp: string | null;
}

const localDate = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), message);

export const absenceSchema = z
  .object({
    relationshipId: uuid,
    startDate: localDate("Choose the first day you'll be away."),
    returnDate: localDate("Choose the day you'll be back."),
  })
  .refine((a) => a.returnDate > a.startDate, { path: ["returnDate"], message: "The day you're back needs to come after the first day away." })
  .refine((a) => daysBetween(a.startDate, a.returnDate) <= ABSENCE_MAX_DAYS, {
    path: ["returnDate"],
    message: `Time away can be up to ${ABSENCE_MAX_DAYS / 7} weeks. For longer, it may help to talk it over together first.`,
  });

export const cancelAbsenceSchema = z.object({ relationshipId: uuid, absenceId: uuid });

/** Whole days from one "YYYY-MM-DD" to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
