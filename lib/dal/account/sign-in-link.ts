import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { users } from "@/db/schema";
import { consumeAttempt, mayMail, rules } from "@/lib/dal/account/throttle";
import { sendMail } from "@/lib/dal/notifications/send-mail";
import { env } from "@/lib/env";
import * as templates from "@/lib/mail/templates";
import { requestResetSchema } from "@/lib/validation/auth";
import { consumeToken, issueToken } from "./email-tokens";

/**
 * One-time sign-in links: the way in when someone else's failed guesses have
 * locked an account (lib/dal/account/sign-in.ts). Only the inbox owner can use
 * one, so it is not limited by the account's failed-attempt count; it works
 * once, for 15 minutes. The request answers the same whether or not the
 * address has an account, and mail per address is limited (mayMail).
 */
export async function requestSignInLink(input: unknown, ip: string) {
  const { email } = requestResetSchema.parse(input);
  await consumeAttempt(rules.resetIp(), ip);
  const [user] = await db()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), eq(users.status, "active"), isNotNull(users.emailVerified)));
  if (!user || !(await mayMail(email))) return;
  const token = await issueToken(user.id, "sign_in");
  await sendMail(templates.signInLink(email, `${env().appUrl}/sign-in/link?token=${token}`));
}

/** Spends a sign-in link; the account it signs in, or null when the link is spent, expired or the account not active. */
export async function signInWithLink(token: unknown) {
  if (typeof token !== "string" || token.length < 20 || token.length > 200) return null;
  return transaction(async (tx) => {
    const userId = await consumeToken("sign_in", token);
    if (!userId) return null;
    const [user] = await tx
      .select({ id: users.id, name: users.name, email: users.email, sessionVersion: users.sessionVersion, status: users.status })
      .from(users)
      .where(eq(users.id, userId));
    if (!user || user.status !== "active") return null;
    return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
  });
}
