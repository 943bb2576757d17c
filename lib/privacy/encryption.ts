import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, env } from "@/lib/env";

/**
 * Encryption at rest for what people write to each other (messages, check-in
 * entries, rupture notes): AES-256-GCM in the application, so reading the
 * database — a backup, a leaked dump, a curious operator — shows no plain text.
 *
 * Keys come from DATA_KEYS: "id:base64key[,id:base64key…]", the first being
 * the one new rows are written with; the others are kept to read older rows
 * until `npm run keys:rotate` has re-encrypted them. Outside production a key
 * is generated once into the data directory. Each row stores the id of its
 * key. The context (e.g. "message:<relationship id>") is bound in as
 * additional authenticated data, so a ciphertext copied to another thread or
 * another column does not decrypt.
 */

export interface Keyring {
  currentId: string;
  keys: ReadonlyMap<string, Buffer>;
}

export interface Sealed {
  ciphertext: string;
  keyId: string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function parseKeyring(spec: string): Keyring {
  const keys = new Map<string, Buffer>();
  let currentId: string | undefined;
  for (const part of spec.split(",").map((p) => p.trim()).filter(Boolean)) {
    const colon = part.indexOf(":");
    const id = part.slice(0, colon);
    if (colon < 1 || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new ConfigError("DATA_KEYS: each key must look like id:base64key (id of letters, digits, - or _)");
    const key = Buffer.from(part.slice(colon + 1), "base64");
    if (key.length !== 32) throw new ConfigError(`DATA_KEYS: key "${id}" must be 32 bytes, base64-encoded (try: openssl rand -base64 32)`);
    if (keys.has(id)) throw new ConfigError(`DATA_KEYS: key id "${id}" appears twice`);
    keys.set(id, key);
    currentId ??= id;
  }
  if (!currentId) throw new ConfigError("DATA_KEYS is empty");
  return { currentId, keys };
}

let cached: Keyring | undefined;

/** The keyring in force: DATA_KEYS, or outside production a key generated into the data directory. */
export function keyring(): Keyring {
  if (cached) return cached;
  const spec = process.env.DATA_KEYS;
  if (spec) return (cached = parseKeyring(spec));
  const { isProduction, dataDir } = env();
  if (isProduction) {
    throw new ConfigError("Alongside cannot start: DATA_KEYS is not set. In production set it to id:key, e.g. DATA_KEYS=k1:$(openssl rand -base64 32)");
  }
  const file = path.join(dataDir, "data-keys");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `dev1:${randomBytes(32).toString("base64")}`, { mode: 0o600, flag: "wx" });
  }
  return (cached = parseKeyring(readFileSync(file, "utf8").trim()));
}

export function seal(plain: string, context: string, ring: Keyring = keyring()): Sealed {
  const key = ring.keys.get(ring.currentId)!;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return { ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64"), keyId: ring.currentId };
}

/** Throws when the key is unknown or the ciphertext was altered, moved or is from another context. */
export function unseal(sealed: Sealed, context: string, ring: Keyring = keyring()): string {
  const key = ring.keys.get(sealed.keyId);
  if (!key) throw new Error(`No data key "${sealed.keyId}" in DATA_KEYS: add the old key back until rotation has finished`);
  const raw = Buffer.from(sealed.ciphertext, "base64");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}

/** JSON objects (check-in entries, rupture notes) sealed as one value. */
export function sealJson(value: unknown, context: string, ring?: Keyring): Sealed {
  return seal(JSON.stringify(value), context, ring);
}

export function unsealJson<T>(sealed: Sealed, context: string, ring?: Keyring): T {
  return JSON.parse(unseal(sealed, context, ring)) as T;
}

/** The contexts, in one place, so writer and reader always agree. */
export const contexts = {
  message: (relationshipId: string) => `message:${relationshipId}`,
  checkInEntry: (relationshipId: string) => `check-in-entry:${relationshipId}`,
  ruptureNote: (relationshipId: string) => `rupture-note:${relationshipId}`,
  spacePost: (postId: string) => `space-post:${postId}`,
  spaceReply: (postId: string) => `space-reply:${postId}`,
  circleMessage: (circleId: string) => `circle-message:${circleId}`,
} as const;
