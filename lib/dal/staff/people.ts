import "server-only";
import type { AuditAction } from "@/lib/audit/actions";
import { safePage, searchText } from "@/lib/validation/search-params";
import { and, arrayContains, asc, count, desc, eq, ilike, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { type AccountStatus, type Role, users } from "@/db/schema";
import { canModerate } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/dal/system/audit";
import { requireStaff, type Viewer } from "@/lib/dal/account/viewer";
import { facilitatorAccountStopped } from "@/lib/dal/circle/facilitation";

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
  actor: Viewer,
  userId: string,
  change: StatusChange,
  reason: string,
  details: Record<string, unknown> = {},
) {
  const [target] = await db()
    .select({ id: users.id, name: users.name, roles: users.roles, status: users.status })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  if (!target || target.status === "deleted") throw new NotFoundError("That person's account no longer exists.");
  if (!canModerate(actor, target)) throw new ForbiddenError("You can't change this account's status.");
  if (!change.from.includes(target.status)) {
    throw new ConflictError(`${target.name}'s account is already ${target.status}.`);
  }
  await db()
    .update(users)
    .set({ status: change.to, statusReason: change.to === "active" ? null : reason })
    .where(eq(users.id, userId));
  // A suspended or banned facilitator's circles wait for a new one: members told, moderators given an item.
  if (change.to === "suspended" || change.to === "banned") await facilitatorAccountStopped(userId, "suspended");
  await recordAudit({
    actorId: actor.id,
    action: auditActionFor[change.to],
    targetUserId: userId,
    reason,
    details: { ...details, from: target.status, to: change.to },
  });
  return { name: target.name, from: target.status };
}

