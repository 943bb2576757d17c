import { z } from "zod";
import { uuid, freeText } from "./fields";

/** Why a relationship ends. No-fault reasons come first; none of them blames anyone. */
export const endReasons = [
  { value: "not-a-fit", label: "It wasn't quite the right fit", noFault: true },
  { value: "life-changed", label: "My life has changed and I can't keep the rhythm", noFault: true },
  { value: "goal-reached", label: "I feel ready to go on by myself", noFault: true },
  { value: "capacity", label: "I need to support fewer people", noFault: true },
  { value: "other", label: "Something else", noFault: true },
  { value: "uncomfortable", label: "Something made me uncomfortable", noFault: false },
] as const;
export type EndReason = (typeof endReasons)[number]["value"];

/**
 * The reason as the *other* person reads it: about the one who left, never
 * about them. "Something made me uncomfortable" is never passed on (it is also
 * the reason a block records): the other person reads "for their own reasons".
 */
export const endReasonForOther: Record<EndReason, string> = {
  "not-a-fit": "It wasn't quite the right fit.",
  "life-changed": "Their life has changed and they couldn't keep the rhythm.",
  "goal-reached": "They feel ready to go on by themselves.",
  capacity: "They need to support fewer people.",
  other: "For their own reasons.",
  uncomfortable: "For their own reasons.",
};

export const endReasonLabel = (reason: string | null) => endReasons.find((r) => r.value === reason)?.label ?? null;

/** The closing reflection is stored as one text (relationships.endReflection); this is its whole length. */
export const REFLECTION_MAX = 1000;

// Optional words: "" and null both mean none, so the schema accepts its own output
// (the action parses, then the DAL parses again).
const optionalWords = z.preprocess(
  (v) => v ?? "",
  freeText()
    .trim()
    .max(REFLECTION_MAX, `Keep this under ${REFLECTION_MAX} characters.`)
    .transform((v) => (v === "" ? null : v)),
);

/** A checkbox: "on" from a form, true once parsed. */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "yes", z.boolean());

/** The two prompts of the closing reflection, joined into the one text the other person reads. */
export function closingWords({ valued, takeWithMe }: { valued: string | null; takeWithMe: string | null }): string | null {
  const parts = [valued ? `What I valued: ${valued}` : "", takeWithMe ? `What I take with me: ${takeWithMe}` : ""].filter(Boolean);
  return parts.length ? parts.join("\n\n") : null;
}

export const endRelationshipSchema = z
  .object({
    relationshipId: uuid,
    reason: z.enum(endReasons.map((r) => r.value) as [EndReason, ...EndReason[]], { error: "Choose a reason. Any of them is fine." }),
    valued: optionalWords,
    takeWithMe: optionalWords,
    /** "One final check-in first": plan the ending for after the next check-in closes. */
    finalCheckIn: checkbox,
  })
  .superRefine((data, ctx) => {
    if ((closingWords(data)?.length ?? 0) > REFLECTION_MAX) {
      ctx.addIssue({ code: "custom", path: ["takeWithMe"], message: `Together, your closing words need to stay under ${REFLECTION_MAX} characters.` });
    }
  });

export const relationshipIdSchema = z.object({ relationshipId: uuid });

/** Who to block or unblock. Never who is blocking: that is the viewer. */
export const personIdSchema = z.object({ personId: z.uuid({ error: "We couldn't find that person." }) });

/** Where a block was made from, so the person lands somewhere that still exists for them. */
export const blockFormSchema = personIdSchema.extend({
  from: z.enum(["thread", "suggestions", "requests"]).catch("thread"),
});
