import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-policy";

/** Field rules shared by every form, with messages a person can act on. */
export const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter an email address like name@example.com." }));

/** A new password: length is checked on the characters typed, never truncated. */
export const newPassword = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

/** An existing password: only bounded, so an overlong one never reaches argon2. */
export const currentPassword = z
  .string({ error: "Enter your password." })
  .min(1, "Enter your password.")
  .max(PASSWORD_MAX, "That password is longer than any we accept.");

export const displayName = z
  .string({ error: "Choose a name to be known by." })
  .trim()
  .min(1, "Choose a name to be known by. A first name or a pseudonym is fine.")
  .max(60, "Keep the name under 60 characters.");

export const reason = z
  .string({ error: "Write a reason." })
  .trim()
  .min(5, "Write a reason of at least 5 characters: the person will read it.")
  .max(1000, "Keep the reason under 1000 characters.");

export const uuid = z.uuid({ error: "That link is not valid." });
