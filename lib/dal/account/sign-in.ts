import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { isKnownDevice } from "@/lib/auth/device";
import { now } from "@/lib/clock";
import { clearAttempts, consumeAttempt, refundAttempt, rules } from "@/lib/dal/account/throttle";
import { ThrottledError } from "@/lib/errors";
import { signInSchema } from "@/lib/validation/auth";
import { sendVerificationAgain } from "./accounts";

export type SignInFailure =
  | { ok: false; code: "invalid" }
  | { ok: false; code: "throttled"; retryAfterSeconds: number }
  | { ok: false; code: "suspended" | "banned" | "unverified" };

export type SignInResult =
  | { ok: true; user: { id: string; name: string; email: string; sessionVersion: number } }
  | SignInFailure;

/**
 * Checks an email and password for the Credentials provider. Unknown email,
 * deleted account and wrong password all answer "invalid" after the same
 * argon2 work, so the answer never tells whether an email is registered.
 * Account states are only revealed to someone who knows the password.
 *
 * Limits: per address (TRUSTED_PROXY_HOPS decides which), and per account.
 * A successful sign-in is taken back from its address's count. Past the
 * account's limit, only a correct password from a browser that signed in to
 * this account before (the device cookie) gets in, so someone guessing
 * cannot lock the owner out.
 */
export async function authenticate(input: unknown, ip: string, options: { deviceToken?: string | null } = {}): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid" };
  const { email, password } = parsed.data;
  const database = db();
  let accountLock: ThrottledError | undefined;
  try {
    await consumeAttempt(rules.signInIp(), ip);
  } catch (error) {
    if (error instanceof ThrottledError) {
      return { ok: false, code: "throttled", retryAfterSeconds: Math.ceil(error.retryAfterSeconds) };
    }
    throw error;
  }
  try {
    await consumeAttempt(rules.signInAccount(), email);
  } catch (error) {
    if (!(error instanceof ThrottledError)) throw error;
    accountLock = error;
  }

  const [user] = await database
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      passwordHash: users.passwordHash,
      status: users.status,
      emailVerified: users.emailVerified,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);

  const matches = await verifyPassword(user?.passwordHash, password);
  if (accountLock && !(user && matches && isKnownDevice(options.deviceToken, user.id, now()))) {
    return { ok: false, code: "throttled", retryAfterSeconds: Math.ceil(accountLock.retryAfterSeconds) };
  }
  if (!user || !matches || user.status === "deleted") return { ok: false, code: "invalid" };
  if (user.status === "suspended" || user.status === "banned") return { ok: false, code: user.status };
  if (!user.emailVerified) {
    await sendVerificationAgain(user.id);
    return { ok: false, code: "unverified" };
  }
  await clearAttempts(rules.signInAccount(), email);
  await refundAttempt(rules.signInIp(), ip);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
}

/**
 * The reason a moderator gave, shown only after the password was verified
 * (the sign-in action calls this only on a "suspended" or "banned" answer).
 */
export async function statusReasonFor(email: string) {
  const [row] = await db()
    .select({ reason: users.statusReason })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  return row?.reason ?? null;
}
