import "server-only";
import { createHmac, hkdfSync } from "node:crypto";
import { eq, lt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { authThrottle } from "@/db/schema";
import { authSecret, env } from "@/lib/env";
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
  /** Mail nobody signed in asked for (sign-up, confirmation, reset, sign-in link): per recipient address. */
  mailRecipient: (): ThrottleRule => ({ name: "mail:recipient", limit: 3, windowSeconds: 60 * 60 }),
};

/** No rule's window is longer than this; rows older than it count for nothing. */
const LONGEST_WINDOW_SECONDS = 24 * 60 * 60;

let keyMaterial: Buffer | undefined;
function throttleKey() {
  // Derived from AUTH_SECRET, so without the server's secret a stolen table
  // cannot be matched against a list of emails or addresses.
  keyMaterial ??= Buffer.from(hkdfSync("sha256", authSecret(), "alongside", "throttle-keys/v1", 32));
  return keyMaterial;
}

export function keyFor(rule: ThrottleRule, subject: string) {
  return `${rule.name}:${createHmac("sha256", throttleKey()).update(`${rule.name}\u0000${subject}`).digest("base64url")}`;
}

/** Counts one attempt; throws ThrottledError when the window's limit is passed. */
export async function consumeAttempt(rule: ThrottleRule, subject: string) {
  if (Math.random() < 0.02) await purgeThrottle().catch(() => {}); // now and then, in passing
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

/** Whether one more attempt is allowed (and counts it): false instead of throwing. */
export async function tryAttempt(rule: ThrottleRule, subject: string) {
  try {
    await consumeAttempt(rule, subject);
    return true;
  } catch (error) {
    if (error instanceof ThrottledError) return false;
    throw error;
  }
}

/**
 * Whether another unsolicited mail may go to this address in the hour. Past
 * the limit the answer is silence: the caller sends nothing and says nothing
 * different, so the form cannot be used to flood someone's inbox.
 */
export function mayMail(address: string) {
  return tryAttempt(rules.mailRecipient(), address.trim().toLowerCase());
}

/** Takes back one counted attempt, e.g. a sign-in that succeeded must not count against its address. */
export async function refundAttempt(rule: ThrottleRule, subject: string) {
  await db()
    .update(authThrottle)
    .set({ attempts: sql`greatest(${authThrottle.attempts} - 1, 0)` })
    .where(eq(authThrottle.key, keyFor(rule, subject)));
}

/** Clears a counter, e.g. an account's failed sign-ins after a success. */
export async function clearAttempts(rule: ThrottleRule, subject: string) {
  await db().delete(authThrottle).where(eq(authThrottle.key, keyFor(rule, subject)));
}

/** Deletes counters whose window ended long ago. Scheduled by the sweeps, and run now and then in passing. */
export async function purgeThrottle() {
  const rows = await db()
    .delete(authThrottle)
    .where(lt(authThrottle.windowStartedAt, sql`now() - make_interval(secs => ${LONGEST_WINDOW_SECONDS})`))
    .returning({ key: authThrottle.key });
  return rows.length;
}
