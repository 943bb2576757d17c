import { z } from "zod";
import { CONTENT_NOTES, REACTIONS, WISHES } from "@/lib/spaces/words";
import { freeText, lineText, uuid } from "./fields";

/** Form and DAL rules for spaces (posts, replies, reactions, settings, admin). */

export const POST_TITLE_MAX = 120;
export const POST_BODY_MAX = 4000;
export const REPLY_MAX = 2000;
export const PSEUDONYM_MAX = 40;
export const SPACE_PAGE_SIZE = 20;

const text = (empty: string, max: number, what: string) =>
  z
    .string({ error: empty })
    // A textarea sends CRLF: store plain LF and count what the person sees.
    .transform((v) => v.replace(/\r\n?/g, "\n"))
    .pipe(freeText().trim().min(1, empty).max(max, `${what} can be up to ${max} characters. You could say it in two parts.`));

const optional = z.preprocess((v) => (v === undefined || v === null ? "" : v), freeText().trim());

export const slugSchema = freeText().trim().min(1).max(80).regex(/^[a-z0-9-]+$/);

export const newPostSchema = z.object({
  space: slugSchema,
  title: text("Give your post a short title.", POST_TITLE_MAX, "A title"),
  body: text("Write what's on your mind first.", POST_BODY_MAX, "A post"),
  wish: z.enum(WISHES, { error: "Choose what you would like from replies." }),
  contentNote: optional.pipe(z.union([z.literal("").transform(() => null), z.enum(CONTENT_NOTES, { error: "Choose a note from the list, or none." })])),
  showAs: z.enum(["name", "pseudonym"], { error: "Choose how your name shows." }),
  pseudonym: optional.pipe(lineText().max(PSEUDONYM_MAX, `Keep the pseudonym under ${PSEUDONYM_MAX} characters.`)),
  clientKey: uuid,
}).superRefine((v, ctx) => {
  if (v.showAs === "pseudonym" && v.pseudonym.length === 0) ctx.addIssue({ code: "custom", path: ["pseudonym"], message: "Choose a pseudonym, or post with your name." });
});
export type NewPostInput = z.output<typeof newPostSchema>;

export const replySchema = z.object({ postId: uuid, body: text("Write your reply first.", REPLY_MAX, "A reply"), clientKey: uuid });
export const reactSchema = z.object({ postId: uuid, kind: z.enum(REACTIONS) });
export const helpedSchema = z.object({ replyId: uuid });
export const postIdSchema = z.object({ postId: uuid });
export const hiddenNotesSchema = z.object({ notes: z.array(z.enum(CONTENT_NOTES)).max(CONTENT_NOTES.length) });

/** keyset cursor: the last post shown (published time + id), as "iso|uuid". */
export const spaceCursorSchema = lineText()
  .max(80)
  .transform((v, ctx) => {
    const [iso, id] = v.split("|");
    const at = new Date(iso ?? "");
    if (Number.isNaN(at.getTime()) || !uuid.safeParse(id).success) {
      ctx.addIssue({ code: "custom", message: "bad cursor" });
      return z.NEVER;
    }
    return { at, id: id! };
  });
export const encodeSpaceCursor = (p: { publishedAt: Date; id: string }) => `${p.publishedAt.toISOString()}|${p.id}`;

const reason = freeText().trim().min(3, "Write the reason the writer will read.").max(1000, "Keep the reason under 1000 characters.");

export const staffPostDecisionSchema = z.object({ postId: uuid });
export const staffRemoveSchema = z.object({
  postId: uuid,
  reason,
  pause: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});
export const staffMessageSchema = z.object({ postId: uuid, message: freeText().trim().min(3, "Write a few words to the writer.").max(2000) });
export const staffProposeSchema = z.object({ postId: uuid, title: text("Keep a title.", POST_TITLE_MAX, "A title"), body: text("Keep the words.", POST_BODY_MAX, "A post"), message: freeText().trim().max(1000).default("") });

export const spaceAdminSchema = z.object({
  spaceId: uuid,
  description: freeText().trim().max(300, "Keep the description under 300 characters."),
  guideline: freeText().trim().min(20, "Write a guideline of a few sentences.").max(2000),
  status: z.enum(["open", "paused", "retired"]),
  heldForReview: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});
export const openSpaceSchema = z.object({ topicId: uuid });
