/**
 * Reading a cohort file (the JSON of `match:generate`, or one a coordinator
 * exported): every field checked against the same vocabularies as the forms,
 * so a hand-edited file fails with a message naming the field instead of
 * matching on nonsense. The format is described in docs/matching.md.
 */
import { z } from "zod";
import { ageBandOptions, allWindows, cadenceOptions, dealbreakerOptions, genderOptions, listenOptions, messageLengthOptions, toneOptions } from "@/lib/profiles/options";
import type { Cohort } from "./types";
import { isKnownTimezone } from "./windows";

const valuesOf = <T extends { value: string }>(options: readonly T[]) => options.map((o) => o.value) as [T["value"], ...T["value"][]];
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}/, "a date like 2026-03-16");
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional().transform((v) => v ?? null);
const list = <T extends z.ZodType>(schema: T) => z.array(schema).optional().transform((v) => v ?? []);
const timezone = nullable(z.string().refine(isKnownTimezone, "an IANA timezone such as Europe/London"));
const id = z.string().min(1);
const cadence = z.enum(valuesOf(cadenceOptions));
const window = z.enum(allWindows as [string, ...string[]]);
const ageBand = z.enum(valuesOf(ageBandOptions));
const gender = z.enum(valuesOf(genderOptions));
const style = {
  listenStyle: nullable(z.enum(valuesOf(listenOptions))),
  tone: nullable(z.enum(valuesOf(toneOptions))),
  messageLength: nullable(z.enum(valuesOf(messageLengthOptions))),
};
const count = z.number().int().min(0);

const seeker = z.object({
  id,
  name: z.string().optional(),
  waitingSince: nullable(date),
  topics: list(z.object({ topicId: id, livedExperienceMatters: z.boolean() })),
  cadence: nullable(cadence),
  windows: list(window),
  timezone,
  languages: list(z.string()),
  ...style,
  consistencyImportance: nullable(z.number().int().min(1).max(4)),
  nonJudgmentImportance: nullable(z.number().int().min(1).max(4)),
  ageBand: nullable(ageBand),
  gender: nullable(gender),
  preferredAgeBands: list(ageBand),
  preferredGenders: list(gender),
  avoidTopicIds: list(id),
  dealbreakers: list(z.enum(valuesOf(dealbreakerOptions))),
  safetyHold: z.boolean().optional(),
});

const mentor = z.object({
  id,
  name: z.string().optional(),
  approved: z.boolean(),
  pausedUntil: nullable(date),
  capacity: count,
  activeCount: count,
  topicIds: list(id),
  avoidTopicIds: list(id),
  cadences: list(cadence),
  windows: list(window),
  timezone,
  languages: list(z.string()),
  ...style,
  ageBand: nullable(ageBand),
  gender: nullable(gender),
  safetyHold: z.boolean().optional(),
  signals: z.object({ keptCheckIns: count, scheduledCheckIns: count, notJudgedYes: count, pulseAnswers: count }).optional(),
});

const friend = z.object({
  id,
  name: z.string().optional(),
  waitingSince: nullable(date),
  topicIds: list(id),
  avoidTopicIds: list(id),
  cadence: nullable(cadence),
  windows: list(window),
  timezone,
  languages: list(z.string()),
  ...style,
  ageBand: nullable(ageBand),
  gender: nullable(gender),
  preferredAgeBands: list(ageBand),
  preferredGenders: list(gender),
  dealbreakers: list(z.enum(valuesOf(dealbreakerOptions))),
  safetyHold: z.boolean().optional(),
});

const pairs = list(z.tuple([id, id]));
const rate = z.number().min(0).max(1);

export const cohortSchema = z.object({
  format: z.literal("alongside-cohort/1"),
  referenceDate: date,
  seed: z.number().int().optional(),
  topics: list(z.object({ id, label: z.string() })),
  seekers: z.array(seeker),
  mentors: z.array(mentor),
  friends: z.array(friend).optional(),
  blockedPairs: pairs,
  pastPairs: pairs,
  requestedPairs: pairs,
  priors: z.object({ keptRate: rate, notJudgedRate: rate }).optional(),
  settings: z.object({ minOverlapHours: z.number().min(0).optional(), maxTimezoneDifferenceHours: z.number().min(0).optional() }).optional(),
});

/** Parses and checks a cohort; throws an Error listing the first problems, with their paths. */
export function parseCohort(input: unknown): Cohort {
  const result = cohortSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 5).map((issue) => `${issue.path.join(".") || "(top)"}: ${issue.message}`);
    throw new Error(`Not a valid cohort file:\n  ${problems.join("\n  ")}`);
  }
  return result.data as Cohort;
}
