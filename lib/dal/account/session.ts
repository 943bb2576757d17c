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
export async function readSession(): Promise<{ userId: string; sessionVersion: number; sessionId?: string } | null> {
  const jar = await cookies();
  // Auth.js names the cookie __Secure-… over https; the salt is whichever name it was set under.
  for (const name of ["__Secure-authjs.session-token", "authjs.session-token"]) {
    const token = tokenFrom(jar.getAll(), name);
    if (!token) continue;
    const claims = await decode({ token, secret: authSecret(), salt: name }).catch(() => null);
    if (!claims || typeof claims.sub !== "string" || claims.sub === "") return null;
    return {
      userId: claims.sub,
      sessionVersion: typeof claims.sv === "number" ? claims.sv : 0,
      sessionId: typeof claims.sid === "string" ? claims.sid : undefined,
    };
  }
  return null;
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
