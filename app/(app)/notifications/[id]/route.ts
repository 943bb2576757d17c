import { openNotification } from "@/lib/dal/notifications/bell";

/** Only a path on this site; anything else (or nothing) goes back to the list. */
function sameSitePath(href: string | null | undefined) {
  return href && /^\/(?![/\\])/.test(href) ? href : "/notifications";
}

/**
 * Opening a notification marks it read and goes where it points. Someone
 * else's id leads back to the list. The redirect is relative: behind a proxy
 * the server's own idea of its URL (request.url) can be localhost, and a
 * relative Location always stays on the host the person is using.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const href = await openNotification(id);
  return new Response(null, { status: 303, headers: { location: sameSitePath(href), "cache-control": "no-store" } });
}
