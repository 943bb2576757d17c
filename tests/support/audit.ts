import { eq, getTableColumns, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog, auditReasons } from "@/db/schema";

/** Audit entries with their (sealed, opened on read) reasons beside them, as tests compare them. */
export function auditEntries(where?: SQL) {
  return db()
    .select({ ...getTableColumns(auditLog), reason: auditReasons.reason })
    .from(auditLog)
    .leftJoin(auditReasons, eq(auditReasons.auditId, auditLog.id))
    .where(where)
    .orderBy(auditLog.id);
}
