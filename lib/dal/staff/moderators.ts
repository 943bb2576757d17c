import "server-only";
import { arrayOverlaps, asc, eq, sql } from "drizzle-orm";
import { db, transaction } from "@/db/client";
import { type AccountStatus, type Role, users } from "@/db/schema";
import { canModerate } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { grantRoleSchema, revokeRoleSchema, type StaffRole, staffRoleLabels } from "@/lib/validation/admin-roles";
import { recordAudit } from "@/lib/dal/system/audit";
import { requireAdmin } from "@/lib/dal/account/viewer";

/**
 * Giving and taking back the moderator and admin roles. Admins only; nobody
 * changes their own roles (so an admin can never remove their own admin role,
 * and there is always at least the acting admin left). Each change and its
 * audit-log row are one transaction, on the target's locked row.
 */

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  status: AccountStatus;
  /** False for the viewer's own row: nobody acts on themselves. */
  canChange: boolean;
}

/** Everyone who holds the moderator or admin role, by name. Admins only. */
export async function listStaff(): Promise<StaffMember[]> {
  const admin = await requireAdmin();
  const rows = await db()
    .select({ id: users.id, name: users.name, email: users.email, roles: users.roles, status: users.status })
    .from(users)
    .where(arrayOverlaps(users.roles, ["moderator", "admin"]))
    .orderBy(asc(users.name), asc(users.id));
  return rows.map((row) => ({ ...row, canChange: canModerate(admin, row) }));
}

const roleWord = (role: StaffRole) => staffRoleLabels[role].toLowerCase();

/** Gives a person (found by their email) the moderator or admin role, with a reason. */
export async function grantRole(input: unknown) {
  const admin = await requireAdmin();
  const { email, role, reason } = grantRoleSchema.parse(input);
  return transaction(async (tx) => {
    const [target] = await tx
      .select({ id: users.id, name: users.name, roles: users.roles, status: users.status })
      .from(users)
      .where(eq(users.email, email))
      .for("update");
    if (!target || target.status === "deleted") throw new NotFoundError("No account uses that email address.");
    if (!canModerate(admin, target)) throw new ForbiddenError("You can't change your own roles. Ask another admin.");
    if (target.status !== "active") throw new ConflictError(`${target.name}'s account is ${target.status}. Reinstate it first.`);
    if (target.roles.includes(role)) throw new ConflictError(`${target.name} is already ${role === "admin" ? "an" : "a"} ${roleWord(role)}.`);
    const roles = [...target.roles, role];
    await tx.update(users).set({ roles }).where(eq(users.id, target.id));
    await recordAudit({
      actorId: admin.id,
      action: "role.grant",
      targetUserId: target.id,
      reason,
      details: { role, rolesBefore: target.roles, rolesAfter: roles },
    });
    return { name: target.name, role };
  });
}

/**
 * Takes a role back. The person's session version moves on, so every device
 * they are signed in on is signed out at its next request and comes back with
 * the roles they have now. Someone left with no role at all becomes a seeker
 * (an account always has one).
 */
export async function revokeRole(input: unknown) {
  const admin = await requireAdmin();
  const { userId, role, reason } = revokeRoleSchema.parse(input);
  return transaction(async (tx) => {
    const [target] = await tx
      .select({ id: users.id, name: users.name, roles: users.roles, status: users.status })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!target || target.status === "deleted") throw new NotFoundError("That account no longer exists.");
    if (!canModerate(admin, target)) {
      throw new ForbiddenError(role === "admin" ? "You can't remove your own admin role. Ask another admin." : "You can't change your own roles.");
    }
    if (!target.roles.includes(role)) throw new ConflictError(`${target.name} is not ${role === "admin" ? "an" : "a"} ${roleWord(role)} any more.`);
    const left = target.roles.filter((r) => r !== role);
    const roles: Role[] = left.length > 0 ? left : ["seeker"];
    await tx
      .update(users)
      .set({ roles, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, target.id));
    await recordAudit({
      actorId: admin.id,
      action: "role.revoke",
      targetUserId: target.id,
      reason,
      details: { role, rolesBefore: target.roles, rolesAfter: roles },
    });
    return { name: target.name, role, roles };
  });
}
