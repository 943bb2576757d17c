import { customType } from "drizzle-orm/pg-core";
import { type Keyring, seal, unseal } from "../../lib/privacy/encryption";

/**
 * Columns that hold a person's words (or private preferences) encrypted at
 * rest, transparently: drizzle seals on write and opens on read, so the code
 * that uses them keeps plain strings and lists. Same keys and rotation as the
 * messages (lib/privacy/encryption.ts, `npm run keys:rotate`).
 *
 * Stored as `sealed:<key id>:<AES-256-GCM ciphertext>`, bound to the column
 * ("needs_profiles.own_words") as additional data, so a value copied to
 * another column does not open. A value without the prefix is from before
 * encryption (plain text, or a JSON list) and is read as such until
 * `sealPlainValues` (run at start-up and by keys:rotate) rewrites it.
 */
export const SEALED_PREFIX = "sealed:";

export function sealValue(plain: string, column: string, ring?: Keyring) {
  const { ciphertext, keyId } = seal(plain, `column:${column}`, ring);
  return `${SEALED_PREFIX}${keyId}:${ciphertext}`;
}

export function openValue(stored: string, column: string, ring?: Keyring) {
  if (!stored.startsWith(SEALED_PREFIX)) return stored; // not sealed yet
  const rest = stored.slice(SEALED_PREFIX.length);
  const colon = rest.indexOf(":");
  return unseal({ keyId: rest.slice(0, colon), ciphertext: rest.slice(colon + 1) }, `column:${column}`, ring);
}

/** The key id a stored value was sealed with, or null for a plain one. */
export function sealedKeyId(stored: string | null) {
  if (!stored?.startsWith(SEALED_PREFIX)) return null;
  const rest = stored.slice(SEALED_PREFIX.length);
  return rest.slice(0, rest.indexOf(":"));
}

/** Free text, sealed. `column` is "table.column" (the SQL names). */
export const sealedText = (column: string) =>
  customType<{ data: string; driverData: string }>({
    dataType: () => "text",
    toDriver: (value) => sealValue(value, column),
    fromDriver: (value) => openValue(value, column),
  })();

/** A list of choices (e.g. preferred genders), sealed as one JSON value. */
export const sealedList = <T extends string = string>(column: string) =>
  customType<{ data: T[]; driverData: string }>({
    dataType: () => "text",
    toDriver: (value) => sealValue(JSON.stringify(value), column),
    fromDriver: (value) => {
      const plain = openValue(value, column);
      // Before sealing, the migration stored the old array as JSON text.
      return plain === "" ? [] : (JSON.parse(plain) as T[]);
    },
  })();

/** Every sealed column, for sealing old plain values and for key rotation. */
export const SEALED_COLUMNS = [
  "needs_profiles.own_words",
  "needs_profiles.hopes",
  "needs_profiles.dealbreakers_note",
  "needs_profiles.preferred_age_bands",
  "needs_profiles.preferred_genders",
  "needs_profiles.dealbreakers",
  "users.status_reason",
  "reports.note",
  "appeals.text",
  "appeals.decision",
  "moderation_actions.reason",
  "notifications.body",
  "match_requests.note",
  "match_requests.response_note",
  "relationships.end_reflection",
  "circle_members.removal_note",
  "circle_felt_off.words",
  "circles.facilitator_away_words",
  "circle_reflections.body",
] as const;

/**
 * Sealed columns only the owner role may rewrite (append-only for the serving
 * role): sealed at start-up and re-sealed by keys:rotate through asOwner().
 */
export const OWNER_SEALED_COLUMNS = ["audit_reasons.reason"] as const;

