import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Who did what to whom, why and when, for every moderator and admin action.
 * Rows are only ever inserted (there is no updatedAt on purpose), in the same
 * transaction as the change they describe.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    targetUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    reason: text(),
    details: jsonb().$type<Record<string, unknown>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_created_idx").on(t.createdAt), index("audit_log_target_idx").on(t.targetUserId)],
);

export type AuditLogEntry = typeof auditLog.$inferSelect;
