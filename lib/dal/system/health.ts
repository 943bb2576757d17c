import "server-only";
import { sql } from "drizzle-orm";
import { connection } from "@/db/client";
import { log } from "@/lib/log";

/** Does the database answer? For /api/health; says which driver serves, never why it failed. */
export async function checkDatabase(): Promise<{ ok: true; database: string } | { ok: false }> {
  try {
    const conn = connection();
    await conn.db.execute(sql`select 1`);
    return { ok: true, database: conn.kind };
  } catch (error) {
    log.error("health.database_check_failed", error);
    return { ok: false };
  }
}
