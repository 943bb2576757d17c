/**
 * The client address used for per-IP limits. Behind a reverse proxy, the
 * proxy must set X-Forwarded-For (docs/operations.md); the first entry is the
 * client it saw. A spoofed header can only move a client between per-IP
 * buckets; per-account limits do not depend on it.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
