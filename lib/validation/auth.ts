import { z } from "zod";
import { currentPassword, displayName, email, lineText, newPassword } from "./fields";

export const signUpIntents = ["support", "volunteer", "both"] as const;
export type SignUpIntent = (typeof signUpIntents)[number];

export const signUpSchema = z.object({
  name: displayName,
  email,
  password: newPassword,
  intent: z.enum(signUpIntents, { error: "Choose what brings you to Alongside." }),
});

export const signInSchema = z.object({ email, password: currentPassword });

export const requestResetSchema = z.object({ email });

export const resetPasswordSchema = z.object({
  token: lineText().min(20, "That link is not valid.").max(200, "That link is not valid."),
  password: newPassword,
});

/** Roles a person may give themselves at sign-up; nothing else is ever read from the form. */
export function rolesForIntent(intent: SignUpIntent): ("seeker" | "mentor")[] {
  if (intent === "support") return ["seeker"];
  if (intent === "volunteer") return ["mentor"];
  return ["seeker", "mentor"];
}
