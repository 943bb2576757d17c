import { z } from "zod";
import { email, reason, uuid } from "./fields";

/** The roles an admin gives and takes back here. Seeker and mentor come from sign-up, or a person adds them later themselves (lib/dal/account/roles.ts). */
export const staffRoles = ["moderator", "admin"] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staffRoleLabels: Record<StaffRole, string> = { moderator: "Moderator", admin: "Admin" };

const role = z.enum(staffRoles, { error: "Choose moderator or admin." });

export const grantRoleSchema = z.object({ email, role, reason });
export const revokeRoleSchema = z.object({ userId: uuid, role, reason });
