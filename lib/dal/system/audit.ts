import "server-only";
import { db } from "@/db/client";
import { auditLog } from "@/db/schema";

export interface AuditEntry {
  actorId: string;
  action: string;
  targetUserId?: string;
  reason?: string;
  details?: Record<string, unknown>;
}

/** Call inside the transaction that makes the change, so both land or neither does. */
export async function recordAudit(entry: AuditEntry) {
  await db().insert(auditLog).values(entry);
}
