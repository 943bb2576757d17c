import { z } from "zod";
import { currentPassword } from "./fields";

export const deleteAccountSchema = z.object({
  password: currentPassword,
  confirm: z.literal("on", { error: "Tick the box to confirm you want to delete your account." }),
  /** Ticked: their posts and replies in spaces are taken down too, instead of staying as "a former member". */
  removeSpaceWords: z.enum(["on", ""]).optional(),
});
