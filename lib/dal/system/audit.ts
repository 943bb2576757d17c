import "server-only";
import { db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { AuditAction } from "@/lib/audit/actions";

export interface AuditEntry {
  actorId: string;
  /** One of the known codes, each with a label (lib/audit/actions.ts). */
  action: AuditAction;
  targetUserId?: string;
  reason?: string;
  details?: Record<string, unknown>;
}

/** Call inside the transaction that makes the change, so both land or neither does. */
export async function recordAudit(entry: AuditEntry) {
  await db().insert(auditLog).values(entry);
}
