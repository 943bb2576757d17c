import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { clearAttempts, consumeAttempt, rules } from "@/lib/dal/account/throttle";
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
 */
export async function authenticate(input: unknown, ip: string): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid" };
  const { email, password } = parsed.data;
  const database = db();
  try {
    await consumeAttempt(rules.signInIp(), ip);
    await consumeAttempt(rules.signInAccount(), email);
  } catch (error) {
    if (error instanceof ThrottledError) {
      return { ok: false, code: "throttled", retryAfterSeconds: Math.ceil(error.retryAfterSeconds) };
    }
    throw error;
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
  if (!user || !matches || user.status === "deleted") return { ok: false, code: "invalid" };
  if (user.status === "suspended" || user.status === "banned") return { ok: false, code: user.status };
  if (!user.emailVerified) {
    await sendVerificationAgain(user.id);
    return { ok: false, code: "unverified" };
  }
  await clearAttempts(rules.signInAccount(), email);
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
