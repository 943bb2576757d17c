import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-policy";

/** Field rules shared by every form, with messages a person can act on. */

/**
 * Control characters no person types: NUL, the C0 and C1 controls, and the
 * invisible direction overrides that make text read differently than it is
 * stored. Multi-line text keeps its line breaks and tabs; one-line text keeps
 * neither. Every free-text field is built from `freeText` or `lineText`, so
 * every form refuses them the same way (tests/unit/validation checks no other
 * z.string() slips in).
 */
const CONTROL_MULTI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const CONTROL_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
export const CONTROL_MESSAGE = "This has a hidden control character in it (perhaps from a copy and paste). Please retype it.";
export const LINE_MESSAGE = "Keep this to one line, with no hidden characters.";

/** Free text that may run over several lines (notes, messages, appeals). */
export const freeText = (params?: { error?: string }) =>
  z.string(params).refine((value) => !CONTROL_MULTI.test(value), { error: CONTROL_MESSAGE, abort: true });

/** Text that stays on one line (names, reasons in a list, search boxes). */
export const lineText = (params?: { error?: string }) =>
  z.string(params).refine((value) => !CONTROL_LINE.test(value), { error: LINE_MESSAGE, abort: true });

/** Whether a value carries a control character a multi-line field would refuse. */
export const hasControlCharacters = (value: string) => CONTROL_MULTI.test(value);
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

/**
 * A display name: one line of ordinary characters (letters, marks, numbers,
 * spaces and everyday punctuation), because others see it and some of it
 * reaches email.
 */
export const displayName = lineText({ error: "Choose a name to be known by." })
  .trim()
  .min(1, "Choose a name to be known by. A first name or a pseudonym is fine.")
  .max(60, "Keep the name under 60 characters.")
  .regex(/^[\p{L}\p{M}\p{N} .,'’()\-_&]+$/u, "Use letters, numbers, spaces and simple punctuation (. , ' - ( ) & _) in your name.");

export const reason = freeText({ error: "Write a reason." })
  .trim()
  .min(5, "Write a reason of at least 5 characters: the person will read it.")
  .max(1000, "Keep the reason under 1000 characters.");

export const uuid = z.uuid({ error: "That link is not valid." });
