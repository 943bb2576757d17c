import "server-only";
import type { AuditAction } from "@/lib/audit/actions";
import { safePage, searchText } from "@/lib/validation/search-params";
import { and, arrayContains, asc, count, desc, eq, ilike, or, sql } from "drizzle-orm";
import { db, transaction, type Transaction } from "@/db/client";
import { type AccountStatus, auditLog, type Role, users } from "@/db/schema";
import { canModerate } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { statusChangeSchema } from "@/lib/validation/moderation";
import { recordAudit } from "@/lib/dal/system/audit";
import { requireStaff, type Viewer } from "@/lib/dal/account/viewer";

export const PEOPLE_PAGE_SIZE = 25;

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  status: AccountStatus;
  statusReason: string | null;
  createdAt: Date;
  canModerate: boolean;
}

export interface PeopleFilter {
  query?: string;
  status?: AccountStatus;
  role?: Role;
  page?: number;
}

/** The admin's first screen: people with their roles and status. Staff only. */
export async function listPeople(filter: PeopleFilter) {
  const viewer = await requireStaff();
  const page = safePage(filter.page);
  const query = searchText(100).optional().catch(undefined).parse(filter.query);
  const where = and(
    query ? or(ilike(users.name, `%${escapeLike(query)}%`), ilike(users.email, `%${escapeLike(query)}%`)) : undefined,
    filter.status ? eq(users.status, filter.status) : undefined,
    filter.role ? arrayContains(users.roles, [filter.role]) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db()
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        roles: users.roles,
        status: users.status,
        statusReason: users.statusReason,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(where)
      .orderBy(sql`${users.status} = 'active'`, desc(users.createdAt), asc(users.id))
      .limit(PEOPLE_PAGE_SIZE)
      .offset((page - 1) * PEOPLE_PAGE_SIZE),
    db().select({ n: count() }).from(users).where(where),
  ]);
  return {
    page,
    total: total?.n ?? 0,
    pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / PEOPLE_PAGE_SIZE)),
    people: rows.map((row): PersonRow => ({ ...row, canModerate: canModerate(viewer, row) })),
  };
}

function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

type StatusChange = { to: AccountStatus; from: AccountStatus[] };
export const SUSPEND: StatusChange = { to: "suspended", from: ["active"] };
export const BAN: StatusChange = { to: "banned", from: ["active", "suspended"] };
export const REINSTATE: StatusChange = { to: "active", from: ["suspended", "banned"] };

const auditActionFor: Record<AccountStatus, AuditAction> = {
  suspended: "account.suspend",
  banned: "account.ban",
  active: "account.reinstate",
  deleted: "account.delete",
};

/**
 * Changes an account's status with a written reason, inside the caller's
 * transaction, and records it in the audit log there too. The target row is
 * locked so two moderators acting at once cannot both apply (the second gets
 * a clear error). The moderation DAL calls this too, so a suspension from the
 * queue and one from the people screen behave the same.
 */
export async function applyStatusChange(
  tx: Transaction,
  actor: Viewer,
  userId: string,
  change: StatusChange,
  reason: string,
  details: Record<string, unknown> = {},
) {
  const [target] = await tx
    .select({ id: users.id, name: users.name, roles: users.roles, status: users.status })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  if (!target || target.status === "deleted") throw new NotFoundError("That person's account no longer exists.");
  if (!canModerate(actor, target)) throw new ForbiddenError("You can't change this account's status.");
  if (!change.from.includes(target.status)) {
    throw new ConflictError(`${target.name}'s account is already ${target.status}.`);
  }
  await tx
    .update(users)
    .set({ status: change.to, statusReason: change.to === "active" ? null : reason })
    .where(eq(users.id, userId));
  await recordAudit(tx, {
    actorId: actor.id,
    action: auditActionFor[change.to],
    targetUserId: userId,
    reason,
    details: { ...details, from: target.status, to: change.to },
  });
  return { name: target.name, from: target.status };
}

async function changeStatus(input: unknown, change: StatusChange) {
  const actor = await requireStaff();
  const { userId, reason } = statusChangeSchema.parse(input);
  return transaction(async (tx) => {
    const { name } = await applyStatusChange(tx, actor, userId, change, reason);
    return { name };
  });
}

export const suspendAccount = (input: unknown) => changeStatus(input, SUSPEND);
/** Reinstates a suspended account (a ban is lifted only through an appeal or the moderation DAL). */
export const reinstateAccount = (input: unknown) => changeStatus(input, { to: "active", from: ["suspended"] });

/** Recent audit entries about one person, for the people screen. Staff only. */
export async function recentAuditFor(userId: string) {
  await requireStaff();
  return db()
    .select({ action: auditLog.action, reason: auditLog.reason, createdAt: auditLog.createdAt, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(eq(auditLog.targetUserId, userId))
    .orderBy(desc(auditLog.createdAt))
    .limit(10);
}
