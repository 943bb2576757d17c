import { z } from "zod";
import { uuid } from "./fields";

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

export const endRelationshipSchema = z.object({
  relationshipId: uuid,
  reason: z.enum(endReasons.map((r) => r.value) as [EndReason, ...EndReason[]], { error: "Choose a reason. Any of them is fine." }),
  reflection: z.preprocess(
    (v) => v ?? "",
    z
      .string()
      .trim()
      .max(1000, "Keep this under 1000 characters.")
      .transform((v) => (v === "" ? null : v)),
  ),
});
