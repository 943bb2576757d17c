import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The one-click link in every email: a token naming one person and one kind,
 * signed with HMAC-SHA256 so it cannot be forged or pointed at someone else.
 * It can change only that kind's delivery for that person, nothing more, so
 * it needs no sign-in (the link travels in their own inbox).
 */

export interface SettingsClaim {
  userId: string;
  kind: string;
}

function sign(payload: string, secret: string) {
  return createHmac("sha256", `notification-settings:${secret}`).update(payload).digest("base64url");
}

export function settingsToken(claim: SettingsClaim, secret: string): string {
  const payload = Buffer.from(`${claim.userId}|${claim.kind}`).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

export function readSettingsToken(token: string, secret: string): SettingsClaim | null {
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, kind, ...extra] = Buffer.from(payload, "base64url").toString("utf8").split("|");
  if (!userId || !kind || extra.length > 0) return null;
  return { userId, kind };
}
