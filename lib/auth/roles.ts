import type { Role } from "@/db/schema";

/** Moderators and admins together are "staff": they may enter /admin. */
export function isStaff(roles: readonly Role[]) {
  return roles.includes("moderator") || roles.includes("admin");
}

export function isAdmin(roles: readonly Role[]) {
  return roles.includes("admin");
}

/**
 * A moderator may act on seekers and mentors; only an admin may act on other
 * staff, and nobody may act on themselves.
 */
export function canModerate(actor: { id: string; roles: readonly Role[] }, target: { id: string; roles: readonly Role[] }) {
  if (actor.id === target.id || !isStaff(actor.roles)) return false;
  return isAdmin(actor.roles) || !isStaff(target.roles);
}
