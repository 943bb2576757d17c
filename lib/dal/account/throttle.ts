import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { authThrottle } from "@/db/schema";
import { env } from "@/lib/env";
import { ThrottledError } from "@/lib/errors";

/**
 * Fixed-window attempt limits kept in the database, so they hold across app
 * instances. An attempt is counted *before* the work it guards (password
 * verification, sending mail), which keeps a parallel burst from slipping
 * through between a check and a write.
 */
export interface ThrottleRule {
  name: string;
  limit: number;
  windowSeconds: number;
}

export const rules = {
  signInAccount: (): ThrottleRule => ({ name: "signin:account", limit: 5, windowSeconds: 15 * 60 }),
  signInIp: (): ThrottleRule => ({ name: "signin:ip", limit: env().throttleIpLimit, windowSeconds: 15 * 60 }),
  signUpIp: (): ThrottleRule => ({ name: "signup:ip", limit: env().throttleSignupIpLimit, windowSeconds: 60 * 60 }),
  resetAccount: (): ThrottleRule => ({ name: "reset:account", limit: 3, windowSeconds: 60 * 60 }),
  resetIp: (): ThrottleRule => ({ name: "reset:ip", limit: env().throttleIpLimit, windowSeconds: 60 * 60 }),
};

function keyFor(rule: ThrottleRule, subject: string) {
  // Hashed: the table never holds an email address or an IP in clear.
  return `${rule.name}:${createHash("sha256").update(subject).digest("base64url")}`;
}

/** Counts one attempt; throws ThrottledError when the window's limit is passed. */
export async function consumeAttempt(rule: ThrottleRule, subject: string) {
  const expired = sql`${authThrottle.windowStartedAt} <= now() - make_interval(secs => ${rule.windowSeconds})`;
  const [row] = await db()
    .insert(authThrottle)
    .values({ key: keyFor(rule, subject), attempts: 1 })
    .onConflictDoUpdate({
      target: authThrottle.key,
      set: {
        attempts: sql`case when ${expired} then 1 else ${authThrottle.attempts} + 1 end`,
        windowStartedAt: sql`case when ${expired} then now() else ${authThrottle.windowStartedAt} end`,
        updatedAt: sql`now()`,
      },
    })
    .returning({ attempts: authThrottle.attempts, windowStartedAt: authThrottle.windowStartedAt });
  if (row && row.attempts > rule.limit) {
    const endsAt = row.windowStartedAt.getTime() + rule.windowSeconds * 1000;
    throw new ThrottledError(Math.max(1, (endsAt - Date.now()) / 1000));
  }
}

/** Clears a counter, e.g. an account's failed sign-ins after a success. */
export async function clearAttempts(rule: ThrottleRule, subject: string) {
  await db().delete(authThrottle).where(eq(authThrottle.key, keyFor(rule, subject)));
}
