import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { transaction } from "@/db/client";
import { users } from "@/db/schema";
import { addRoleSchema } from "@/lib/validation/account";
import { recordAudit } from "@/lib/dal/system/audit";
import { requireViewer } from "@/lib/dal/account/viewer";

/**
 * A person adds a second way of taking part to their own account: a seeker
 * who would like to volunteer, or a volunteer who would like support. Only
 * "seeker" and "mentor" can be added here (the schema names no other role);
 * becoming a mentor still means the whole application and a moderator's
 * approval before anyone is matched with them.
 *
 * One conditional UPDATE, so a double click (or two tabs) adds the role once
 * and writes one audit row; the second call answers `added: false`.
 */
export async function addMyRole(input: unknown): Promise<{ role: "seeker" | "mentor"; added: boolean }> {
  const viewer = await requireViewer();
  const { role } = addRoleSchema.parse(input);
  return transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ roles: sql`array_append(${users.roles}, ${role}::role)` })
      .where(and(eq(users.id, viewer.id), eq(users.status, "active"), sql`not (${role}::role = any(${users.roles}))`))
      .returning({ roles: users.roles });
    if (!row) return { role, added: false };
    await recordAudit({
      actorId: viewer.id,
      action: "role.add_own",
      targetUserId: viewer.id,
      details: { role, rolesBefore: row.roles.filter((r) => r !== role), rolesAfter: row.roles },
    });
    return { role, added: true };
  });
}
