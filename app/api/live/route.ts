import { openLiveStream } from "@/lib/dal/notifications/live-stream";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

/**
 * Server-Sent Events: GET /api/live[?thread=<relationship id>]. Wakes the
 * page when its thread, the bell or (for moderators) the queue changes; the
 * page then asks the usual routes for what changed. See lib/dal/notifications/live-stream.ts.
 */
function isRedirect(error: unknown) {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT");
}

export async function GET(request: Request) {
  try {
    const stream = await openLiveStream({ thread: new URL(request.url).searchParams.get("thread"), signal: request.signal });
    if (!stream) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-store, no-transform",
        Connection: "keep-alive",
        "X-Accel-Buffering": "no",
        // next start compresses responses, which would hold events back until a buffer fills.
        "Content-Encoding": "none",
      },
    });
  } catch (error) {
    if (isRedirect(error)) return new Response("Signed out", { status: 401, headers: { "Cache-Control": "no-store" } });
    log.error("live.stream_failed", error);
    return new Response("Something went wrong on our side.", { status: 500 });
  }
}
