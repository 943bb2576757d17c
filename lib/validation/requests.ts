import { z } from "zod";
import { uuid, freeText, lineText } from "./fields";
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

/**
 * The suggestions page has one form per kind of action, shared by every card:
 * a card's button names its person in its own value, so the page carries no
 * form per card. These read that value back.
 */

/** A person named by a card's button for an ask: "mentorship:<uuid>" or "friendship:<uuid>". */
const askRef = lineText({ error: "Choose someone to ask from your suggestions." })
  .max(60)
  .transform((value, ctx) => {
    const at = value.indexOf(":");
    const parsed = sendRequestSchema.pick({ toId: true, kind: true }).safeParse({ kind: value.slice(0, at), toId: value.slice(at + 1) });
    if (at < 0 || !parsed.success) {
      ctx.addIssue({ code: "custom", message: "That person is not among your suggestions. Reload the page and choose again." });
      return z.NEVER;
    }
    return parsed.data;
  });

/** The note box of a card, named after its person so the one form can hold a box per card: "note-<uuid>". */
export const noteFieldOf = (ask: string) => `note-${ask.slice(ask.indexOf(":") + 1)}`;

/** An ask from a card: whom (the button's value), as what, and the note typed in that card's box. */
export const askSchema = z.object({ ask: askRef, note: optionalNote }).transform(({ ask, note }) => ({ ...ask, note }));

/** Save or unsave from a card: the button's name says which, its value names the mentor. Exactly one of the two. */
export const saveChoiceSchema = z
  .object({
    save: z.union([z.literal(""), uuid]).optional(),
    unsave: z.union([z.literal(""), uuid]).optional(),
  })
  .transform((data, ctx) => {
    if (data.save && !data.unsave) return { intent: "save" as const, mentorId: data.save };
    if (data.unsave && !data.save) return { intent: "unsave" as const, mentorId: data.unsave };
    ctx.addIssue({ code: "custom", message: "Choose one mentor to save or remove." });
    return z.NEVER;
  });
