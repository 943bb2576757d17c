import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { vi } from "vitest";
import { db } from "@/db/client";
import { type NewUser, type Role, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { readSession } from "@/lib/dal/account/session";

export const PASSWORD = "correct horse battery";
let passwordHash: string | undefined;

/** A confirmed, active person with a unique email. */
export async function makeUser(overrides: Partial<NewUser> & { roles?: Role[] } = {}) {
  passwordHash ??= await hashPassword(PASSWORD);
  const id = randomUUID().slice(0, 8);
  const [user] = await db()
    .insert(users)
    .values({ name: `Person ${id}`, email: `person-${id}@example.test`, passwordHash, emailVerified: new Date(), ...overrides })
    .returning();
  return user!;
}

/**
 * Makes the next DAL calls run as this person, the way a session cookie would.
 * Tests must vi.mock("@/lib/dal/account/session") for this to take effect.
 */
export async function actAs(user: { id: string } | null) {
  if (!user) {
    vi.mocked(readSession).mockResolvedValue(null);
    return;
  }
  const [row] = await db().select({ sv: users.sessionVersion }).from(users).where(eq(users.id, user.id));
  vi.mocked(readSession).mockResolvedValue({ userId: user.id, sessionVersion: row?.sv ?? 1 });
}

/** What next/navigation's notFound() and redirect() throw, to assert on. */
export function navigationDigest(error: unknown) {
  return String((error as { digest?: string })?.digest ?? "");
}
