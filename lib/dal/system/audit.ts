import "server-only";
import { db } from "@/db/client";
import { auditLog, auditReasons } from "@/db/schema";
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
export async function recordAudit({ reason, ...entry }: AuditEntry) {
  const [row] = await db().insert(auditLog).values(entry).returning({ id: auditLog.id });
  // The reason sits beside the entry, sealed (db/schema/audit-log.ts says why).
  if (reason) await db().insert(auditReasons).values({ auditId: row!.id, reason });
}
