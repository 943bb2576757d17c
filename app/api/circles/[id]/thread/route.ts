import { z } from "zod";
import { circleThreadSince, earlierCircleMessages } from "@/lib/dal/circle/thread";
import { NotFoundError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * The circle thread for the browser, as JSON:
 *   ?after=<iso>        what is new (the poll)
 *   ?before=<cursor>    the page before a place ("Show earlier messages")
 * The data layer
 * checks the viewer is the facilitator or a member; anyone else gets the
 * same 404 as for a circle that does not exist. Never cached.
 */
const headers = { "Cache-Control": "no-store, private", Vary: "Cookie" };

function json(body: unknown, status = 200) {
  return Response.json(body, { status, headers });
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const before = query.get("before");
  const after = query.get("after");
  if (before === null && after === null) return json({ error: "Ask for messages after a time (after=) or before a place (before=)." }, 400);
  try {
    if (before !== null) return json(await earlierCircleMessages(id, before));
    return json(await circleThreadSince(id, after));
  } catch (error) {
    if (error instanceof NotFoundError) return json({ error: error.message }, 404);
    if (error instanceof z.ZodError) return json({ error: "That request is not valid." }, 400);
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return json({ error: "You are signed out." }, 401);
    console.error("[circle-thread] poll failed:", error instanceof Error ? error.name : "unknown");
    return json({ error: "Something went wrong; trying again shortly." }, 500);
  }
}
