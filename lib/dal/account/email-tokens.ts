import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { type EmailTokenPurpose, emailTokens } from "@/db/schema";

/** How long a link stays valid. */
export const TOKEN_TTL_SECONDS: Record<EmailTokenPurpose, number> = {
  verify_email: 24 * 60 * 60,
  reset_password: 30 * 60,
  // A one-time sign-in link, for when the account is locked by failed attempts (lib/dal/account/sign-in-link.ts).
  sign_in: 15 * 60,
};

export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a link token; returns the raw value, which is never stored. */
export async function issueToken(userId: string, purpose: EmailTokenPurpose) {
  const token = randomBytes(32).toString("base64url");
  await db().insert(emailTokens).values({
    userId,
    purpose,
    tokenHash: hashToken(token),
    expiresAt: sql`now() + make_interval(secs => ${TOKEN_TTL_SECONDS[purpose]})`,
  });
  return token;
}

/**
 * Marks a token used and returns its user, or null if it is unknown, expired
 * or already used. One conditional UPDATE, so two clicks cannot both succeed.
 */
export async function consumeToken(purpose: EmailTokenPurpose, token: string) {
  const [row] = await db()
    .update(emailTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ userId: emailTokens.userId });
  return row?.userId ?? null;
}

/** Whether a token could still be used, without using it (to show or hide a form). */
export async function isTokenUsable(purpose: EmailTokenPurpose, token: string) {
  const rows = await db()
    .select({ id: emailTokens.id })
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** Retires every open token of one kind for a person, e.g. after a reset. */
export async function retireTokens(userId: string, purpose: EmailTokenPurpose) {
  await db()
    .update(emailTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)));
}
