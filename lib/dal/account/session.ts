import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { authSecret } from "@/lib/env";

/**
 * What the session token claims; lib/dal/account/viewer.ts decides whether to
 * believe it.
 *
 * The token is the cookie Auth.js sets at sign-in (an encrypted JWT), opened
 * here with Auth.js's own `decode`, the same secret and the same salt (the
 * cookie's name). Calling `auth()` instead ran Auth.js's whole session
 * endpoint on every page: it decrypted the token and then encrypted a fresh
 * one to extend it, which a page cannot even set (only a route handler or a
 * server action can write cookies). That was about a tenth of the server's
 * CPU on the relationship page (docs/benchmarks.md). The claims read are the
 * ones the session callback in lib/auth/config.ts maps: sub, sv, sid.
 */
export async function readSession(): Promise<SessionClaims | null> {
  const jar = await cookies();
  // Auth.js names the cookie __Secure-… over https; the salt is whichever name it was set under.
  for (const name of ["__Secure-authjs.session-token", "authjs.session-token"]) {
    const token = tokenFrom(jar.getAll(), name);
    if (!token) continue;
    return openToken(token, name);
  }
  return null;
}

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
  sessionId?: string;
}

/**
 * Tokens already opened by this process, by their exact text. Opening one
 * (key derivation, then decryption) was about 0.8 ms of CPU on every signed-in
 * request, about a tenth of a bare page (docs/benchmarks.md); a person's
 * browser sends the same token on every request for 30 days. Only what the
 * token itself says is kept: whether the session still counts is decided by
 * the database on every request (viewer.ts), so signing out still works at
 * once. A hit is refused after the token's own expiry, like a fresh decode.
 * Bounded: the oldest entry goes when it is full.
 */
const opened = new Map<string, { claims: SessionClaims | null; expiresAtMs: number }>();
const OPENED_LIMIT = 5000;

async function openToken(token: string, salt: string): Promise<SessionClaims | null> {
  const key = `${salt}\u0000${token}`;
  const hit = opened.get(key);
  if (hit && hit.expiresAtMs > Date.now()) return hit.claims;
  if (hit) opened.delete(key);
  const decoded = await decode({ token, secret: authSecret(), salt }).catch(() => null);
  // A token that does not open is not remembered: it costs its sender the decode each time, as before.
  if (!decoded) return null;
  const claims =
    typeof decoded.sub === "string" && decoded.sub !== ""
      ? { userId: decoded.sub, sessionVersion: typeof decoded.sv === "number" ? decoded.sv : 0, sessionId: typeof decoded.sid === "string" ? decoded.sid : undefined }
      : null;
  if (typeof decoded.exp === "number") {
    if (opened.size >= OPENED_LIMIT) opened.delete(opened.keys().next().value!);
    opened.set(key, { claims, expiresAtMs: decoded.exp * 1000 });
  }
  return claims;
}

/** The token under `name`, whole or, as Auth.js writes a large one, in chunks `name.0`, `name.1`, … */
export function tokenFrom(all: readonly { name: string; value: string }[], name: string): string | null {
  const whole = all.find((c) => c.name === name);
  if (whole) return whole.value || null;
  const chunks = all
    .map((c) => ({ c, n: c.name.startsWith(`${name}.`) ? Number(c.name.slice(name.length + 1)) : NaN }))
    .filter((x) => Number.isInteger(x.n) && x.n >= 0)
    .sort((a, b) => a.n - b.n);
  return chunks.length > 0 ? chunks.map((x) => x.c.value).join("") : null;
}
