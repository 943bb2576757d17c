import { z } from "zod";
import { uuid, freeText } from "./fields";

/** The longest message a person can send, counted after trimming. */
export const MESSAGE_MAX = 4000;

/** How many messages a page of the thread holds: the latest ones first, older ones on request. */
export const THREAD_PAGE_SIZE = 50;

/**
 * How many the page opens with. The thread's box shows about eight at a time;
 * every message sent is decrypted, rendered to HTML and sent again as data
 * for the browser, so the first render carries two or three screens of the
 * latest and "Show earlier messages" brings the rest a page at a time.
 */
export const THREAD_FIRST_PAGE_SIZE = 20;

/**
 * How far before the poll's `after` we look again. Two sends can take their
 * times in one order and commit in the other (or on two instances with a
 * little clock drift), so a message may become visible with a time just
 * before the newest one a browser has seen. The browser drops what it
 * already has by id.
 */
export const POLL_OVERLAP_MS = 30_000;

/** The most a single poll returns; the browser asks again from the newest it got. */
export const POLL_MAX = 200;

export const messageBody = z
  .string({ error: "Write a message first." })
  // Browsers send a textarea's line breaks as CRLF: store plain LF, and count what the person sees.
  .transform((v) => v.replace(/\r\n?/g, "\n"))
  .pipe(
    freeText()
      .trim()
      .min(1, "Write a message first.")
      .max(MESSAGE_MAX, {
        error: (issue) => {
          const length = typeof issue.input === "string" ? issue.input.length : undefined;
          return `A message can be up to ${MESSAGE_MAX} characters${length ? `; this one has ${length}` : ""}. You could send it in two parts.`;
        },
      }),
  );

export const sendMessageSchema = z.object({
  relationshipId: uuid,
  body: messageBody,
  // Made by the browser once per draft; never shown, so its error is generic.
  clientKey: z.uuid({ error: "Something went wrong with this draft. Please reload the page and try again." }),
});

export type SendMessageInput = z.input<typeof sendMessageSchema>;

/**
 * A place in the thread for paging back: the (createdAt, id) of the oldest
 * message shown. Written as "<iso time>_<id>" so it fits in a query string.
 */
export interface ThreadCursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(cursor: ThreadCursor): string {
  return `${cursor.createdAt.toISOString()}_${cursor.id}`;
}

export const cursorSchema = z
  .string()
  .max(80)
  .transform((value, ctx): ThreadCursor => {
    const [time, id, ...rest] = value.split("_");
    const createdAt = new Date(time ?? "");
    if (rest.length > 0 || !z.iso.datetime().safeParse(time).success || Number.isNaN(createdAt.getTime()) || !uuid.safeParse(id).success) {
      ctx.addIssue({ code: "custom", message: "That place in the thread is not valid." });
      return z.NEVER;
    }
    return { createdAt, id: id! };
  });

/** The `after` of a poll: an ISO time, as the browser got it from the server. */
export const afterSchema = z.iso.datetime({ error: "That time is not valid." }).transform((v) => new Date(v));
