import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";

/**
 * Appeal links for people who cannot sign in (suspended or banned). A link
 * names one moderation action and carries an expiry and an HMAC over both and
 * the person's id, with a key derived from AUTH_SECRET, so it cannot be
 * forged or moved to another action or person. It needs no table: the
 * appeal itself is once per action (a unique index), so a link can send one
 * appeal and afterwards only shows that appeal's status. Anyone holding the
 * link could write that one appeal — which is why it only goes to the
 * account's own email address.
 */

export const APPEAL_LINK_TTL_MS = 14 * 24 * 60 * 60 * 1000;

function key() {
  return Buffer.from(hkdfSync("sha256", authSecret(), "", "alongside appeal link v1", 32));
}

function mac(actionId: string, expires: number, userId: string) {
  return createHmac("sha256", key()).update(`${actionId}.${expires}.${userId}`).digest("base64url");
}

export function signAppealLink(actionId: string, userId: string, at: Date): string {
  const expires = Math.floor((at.getTime() + APPEAL_LINK_TTL_MS) / 1000);
  return `${actionId}.${expires}.${mac(actionId, expires, userId)}`;
}

/** The action a link names, before it is checked (the check needs the action's person). */
export function parseAppealLink(token: string): { actionId: string; expires: number; signature: string } | null {
  const match = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  return { actionId: match[1]!, expires: Number(match[2]), signature: match[3]! };
}

/** Whether the link is genuine for this person and still within its time. */
export function verifyAppealLink(token: string, userId: string, at: Date): boolean {
  const parsed = parseAppealLink(token);
  if (!parsed || parsed.expires * 1000 < at.getTime()) return false;
  const expected = Buffer.from(mac(parsed.actionId, parsed.expires, userId));
  const given = Buffer.from(parsed.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
