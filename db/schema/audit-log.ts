import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sealedText } from "./sealed";
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
    details: jsonb().$type<Record<string, unknown>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_created_idx").on(t.createdAt), index("audit_log_target_idx").on(t.targetUserId)],
);

export type AuditLogEntry = typeof auditLog.$inferSelect;

/**
 * The reason given for an audited action (a break-glass read, a suspension),
 * sealed at rest. Beside the log rather than in it because the log can never
 * be rewritten, and a key rotation has to re-seal these: rows are added with
 * their entry and never deleted, and only the owner role (the one that
 * migrates) may re-seal them — a trigger refuses everyone else
 * (db/migrations/0018_audit_reasons.sql).
 */
export const auditReasons = pgTable("audit_reasons", {
  auditId: bigint({ mode: "number" })
    .primaryKey()
    .references(() => auditLog.id),
  reason: sealedText("audit_reasons.reason").notNull(),
});
