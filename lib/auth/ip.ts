import { env } from "@/lib/env";

/**
 * The header carrying the TCP peer address of a request. Next does not hand
 * the socket to route handlers or server actions, and its own
 * `x-forwarded-for` is only filled from the socket when the client sent none
 * (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in
 * next/dist/server/base-server.js), so a client can put anything there.
 * lib/auth/peer-address.ts stamps this header from the socket on every
 * request, overwriting whatever the client sent, before Next sees it.
 */
export const PEER_HEADER = "x-alongside-peer";

/** "::ffff:192.0.2.1" and "192.0.2.1" are the same client. */
function normalise(address: string | null | undefined) {
  const value = address?.trim() ?? "";
  return value.startsWith("::ffff:") && value.includes(".") ? value.slice(7) : value;
}

/**
 * The client address used for per-IP limits, per TRUSTED_PROXY_HOPS
 * (docs/operations.md):
 * - 0 (default): the socket's peer address; X-Forwarded-For is ignored, since
 *   with no proxy in front the client writes it;
 * - n: the n-th X-Forwarded-For entry from the right, i.e. the address the
 *   outermost of your n proxies saw. Entries further left were written by the
 *   client and are never read. If the header has fewer than n entries the
 *   request did not come through your proxies, and the peer address is used.
 */
export function clientIp(headers: Headers, hops: number = env().trustedProxyHops): string {
  const peer = normalise(headers.get(PEER_HEADER)) || "unknown";
  if (hops <= 0) return peer;
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => normalise(entry))
    .filter(Boolean);
  if (entries.length < hops) return peer;
  return entries[entries.length - hops] ?? peer;
}
