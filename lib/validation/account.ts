import { z } from "zod";
import { currentPassword } from "./fields";

export const deleteAccountSchema = z.object({
  password: currentPassword,
  confirm: z.literal("on", { error: "Tick the box to confirm you want to delete your account." }),
  /** Ticked: their posts and replies in spaces are taken down too, instead of staying as "a former member". */
  removeSpaceWords: z.enum(["on", ""]).optional(),
});

/**
 * The only roles a person may add to their own account: "I'd like support"
 * (seeker) and "I'd like to volunteer" (mentor; the application and vetting
 * still apply). Moderator and admin are given by an admin, never here.
 */
export const selfServiceRoles = ["seeker", "mentor"] as const;
export type SelfServiceRole = (typeof selfServiceRoles)[number];

export const addRoleSchema = z.object({
  role: z.enum(selfServiceRoles, { error: "Choose support or volunteering." }),
});
