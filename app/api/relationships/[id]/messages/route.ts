import { z } from "zod";
import { earlierMessages, threadSince } from "@/lib/dal/relationship/thread";
import { NotFoundError } from "@/lib/errors";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

/**
 * The thread for the browser, as JSON:
 *   ?after=<iso>[&read=1]  what is new (the live poll); read=1 while the page is in view moves the read mark
 *   ?before=<cursor>       the page before a cursor ("Show earlier messages")
 * The DAL checks that the viewer is one of the two people; anyone else gets
 * the same 404 as for a thread that does not exist. Nothing is cached
 * anywhere on the way: these are private messages.
 */
const headers = { "Cache-Control": "no-store, private", Vary: "Cookie" };

function json(body: unknown, status = 200) {
  return Response.json(body, { status, headers });
}

/** The DAL sends signed-out and ended sessions to a page; a poll needs a status instead. */
function isRedirect(error: unknown) {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT");
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  try {
    const before = query.get("before");
    if (before !== null) return json(await earlierMessages(id, before));
    const after = query.get("after");
    if (after === null) return json({ error: "Ask for messages after a time (after=) or before a place (before=)." }, 400);
    return json(await threadSince(id, after, { markRead: query.get("read") === "1" }));
  } catch (error) {
    if (error instanceof NotFoundError) return json({ error: error.message }, 404);
    if (error instanceof z.ZodError) return json({ error: error.issues[0]?.message ?? "That request is not valid." }, 400);
    if (isRedirect(error)) return json({ error: "You are signed out. Sign in again to see new messages." }, 401);
    log.error("thread.poll_failed", error);
    return json({ error: "Something went wrong on our side." }, 500);
  }
}
