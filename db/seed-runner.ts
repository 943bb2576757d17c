import { hashPassword } from "@/lib/auth/password";
import type { Database } from "./client";
import { users } from "./schema";
import { DEMO_PASSWORD, demoAccounts, demoPeople } from "./seed-data";

/**
 * Inserts the demo data. Idempotent: existing rows (matched by email) are left
 * as they are, so running it twice, or after people changed things, is safe.
 */
export async function seedDemoData(db: Database) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const verified = new Date("2026-01-01T00:00:00Z");
  const rows = [...demoAccounts, ...demoPeople].map((person) => ({ ...person, passwordHash, emailVerified: verified }));
  const inserted = await db.insert(users).values(rows).onConflictDoNothing({ target: users.email }).returning({ id: users.id });
  return { inserted: inserted.length, total: rows.length };
}
