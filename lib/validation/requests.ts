import { z } from "zod";
import { uuid, freeText } from "./fields";
import { declineTemplates } from "./request-templates";

export { declineTemplates };

// Optional words: "" and null both mean none. Accepting null too keeps the
// schema valid on its own output, as the action and the DAL both parse.
const optionalNote = z.preprocess(
  (v) => v ?? "",
  freeText()
    .trim()
    .max(500, "Keep the note under 500 characters.")
    .transform((v) => (v === "" ? null : v)),
);

export const sendRequestSchema = z.object({
  toId: uuid,
  kind: z.enum(["mentorship", "friendship"], { error: "Choose mentor or friend." }),
  note: optionalNote,
});

export const respondSchema = z.object({
  requestId: uuid,
  decision: z.enum(["accept", "decline"], { error: "Choose yes or no." }),
  template: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(declineTemplates.map((t) => t.value) as [string, ...string[]]).nullable()),
  note: optionalNote,
});

export const requestIdSchema = z.object({ requestId: uuid });

/** Save a suggested mentor for later, or forget them. */
export const mentorIdSchema = z.object({ mentorId: uuid });
