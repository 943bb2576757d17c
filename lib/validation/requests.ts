import { z } from "zod";
import { uuid } from "./fields";
import { declineTemplates } from "./request-templates";

export { declineTemplates };

export const MAX_OPEN_REQUESTS = 3;
export const REQUEST_TTL_DAYS = 7;

export const sendRequestSchema = z.object({
  toId: uuid,
  kind: z.enum(["mentorship", "friendship"], { error: "Choose mentor or friend." }),
  note: z
    .string()
    .trim()
    .max(500, "Keep the note under 500 characters.")
    .transform((v) => (v === "" ? null : v)),
});

export const respondSchema = z.object({
  requestId: uuid,
  decision: z.enum(["accept", "decline"], { error: "Choose yes or no." }),
  template: z
    .enum(declineTemplates.map((t) => t.value) as [string, ...string[]])
    .or(z.literal(""))
    .transform((v) => (v === "" ? null : v)),
  note: z
    .string()
    .trim()
    .max(500, "Keep the note under 500 characters.")
    .transform((v) => (v === "" ? null : v)),
});

export const requestIdSchema = z.object({ requestId: uuid });
