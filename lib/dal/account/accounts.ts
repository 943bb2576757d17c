import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { consumeAttempt, mayMail, rules } from "@/lib/dal/account/throttle";
import { env } from "@/lib/env";
import type { Mail } from "@/lib/mail";
import { sendMail } from "@/lib/dal/notifications/send-mail";
import * as templates from "@/lib/mail/templates";
import { requestResetSchema, resetPasswordSchema, rolesForIntent, signUpSchema } from "@/lib/validation/auth";
import { consumeToken, isTokenUsable, issueToken, retireTokens } from "./email-tokens";
import type { Viewer } from "@/lib/auth/viewer";

const link = (path: string) => `${env().appUrl}${path}`;

/**
 * Creates an account, or answers exactly as if it had. Whether the email was
 * new, unconfirmed or already registered, the person is told to check their
 * inbox, and what arrives there says what to do next. An unconfirmed account
 * is taken over by the newer sign-up, so nobody can squat on an address.
 */
export async function registerAccount(input: unknown, ip: string) {
  const { name, email, password, intent } = signUpSchema.parse(input);
  await consumeAttempt(rules.signUpIp(), ip);
  // Past three mails an hour to this address, silence: nothing changes, nothing is sent, the answer is the same.
  if (!(await mayMail(email))) return;
  const passwordHash = await hashPassword(password);
  const roles = rolesForIntent(intent);

  const mail = await transaction(async (tx): Promise<Mail> => {
    const [created] = await tx
      .insert(users)
      .values({ name, email, passwordHash, roles })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (created) {
      const token = await issueToken(created.id, "verify_email");
      return templates.confirmEmail(email, link(`/verify-email?token=${token}`));
    }
    const [existing] = await tx
      .select({ id: users.id, emailVerified: users.emailVerified, status: users.status })
      .from(users)
      .where(eq(users.email, email))
      .for("update");
    if (existing && !existing.emailVerified && existing.status === "active") {
      await tx.update(users).set({ name, passwordHash, roles }).where(eq(users.id, existing.id));
      await retireTokens(existing.id, "verify_email");
      const token = await issueToken(existing.id, "verify_email");
      return templates.confirmEmail(email, link(`/verify-email?token=${token}`));
    }
    return templates.alreadyRegistered(email, link("/sign-in"), link("/forgot-password"));
  });
  await sendMail(mail);
}

/** Re-sends the confirmation link to someone who proved their password but never confirmed. */
export async function sendVerificationAgain(userId: string) {
  const [user] = await db().select({ email: users.email, name: users.name }).from(users).where(eq(users.id, userId));
  if (!user) return;
  if (!(await mayMail(user.email))) return; // enough links were sent recently; the last one still works
  const token = await issueToken(userId, "verify_email");
  await sendMail(templates.confirmEmail(user.email, link(`/verify-email?token=${token}`)));
}

/** Confirms an email address from its link. Returns false when the link is spent or expired. */
export async function confirmEmail(token: string) {
  if (typeof token !== "string" || token.length < 20 || token.length > 200) return false;
  return transaction(async (tx) => {
    const userId = await consumeToken("verify_email", token);
    if (!userId) return false;
    await tx
      .update(users)
      .set({ emailVerified: sql`coalesce(${users.emailVerified}, now())` })
      .where(eq(users.id, userId));
    return true;
  });
}

/** Sends a reset link if the account exists; answers the same either way. */
export async function requestPasswordReset(input: unknown, ip: string) {
  const { email } = requestResetSchema.parse(input);
  await consumeAttempt(rules.resetIp(), ip);
  await consumeAttempt(rules.resetAccount(), email);
  const [user] = await db()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), eq(users.status, "active")));
  if (!user || !(await mayMail(email))) return;
  const token = await issueToken(user.id, "reset_password");
  await sendMail(templates.resetPassword(email, link(`/reset-password?token=${token}`)));
}

/**
 * Sets a new password from a reset link. The link is spent, every other open
 * link retired, and every existing session signed out, in one transaction.
 */
export async function resetPassword(input: unknown) {
  const { token, password } = resetPasswordSchema.parse(input);
  const passwordHash = await hashPassword(password);
  return transaction(async (tx) => {
    const userId = await consumeToken("reset_password", token);
    if (!userId) return false;
    await retireTokens(userId, "reset_password");
    await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        // Following the link proves the address is theirs.
        emailVerified: sql`coalesce(${users.emailVerified}, now())`,
      })
      .where(eq(users.id, userId));
    return true;
  });
}

/** Invalidates every session of the viewer, this one included. */
export async function endAllSessions(viewer: Viewer) {
  await db()
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, viewer.id));
}

/** Whether a link from an email can still be used (to show its form or an explanation). */
export async function linkIsUsable(purpose: "reset_password" | "verify_email", token: string) {
  if (token.length < 20 || token.length > 200) return false;
  return isTokenUsable(purpose, token);
}
