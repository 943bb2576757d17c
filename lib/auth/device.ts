import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";

/**
 * "This browser has signed in to this account before." Set at each
 * successful sign-in as a signed, long-lived, HttpOnly cookie. It proves
 * nothing alone (the password is still checked); it only lets a correct
 * password through when the account's failed-attempt limit was reached by
 * someone else, so a stranger guessing passwords cannot lock the owner out.
 */
export const DEVICE_COOKIE = "alongside-device";
export const DEVICE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

let key: Buffer | undefined;
const deviceKey = () => (key ??= Buffer.from(hkdfSync("sha256", authSecret(), "alongside", "device-cookie/v1", 32)));

const sign = (payload: string) => createHmac("sha256", deviceKey()).update(payload).digest("base64url");

export function issueDeviceToken(userId: string, issuedAt: Date) {
  const payload = `${userId}.${Math.floor(issuedAt.getTime() / 1000)}.${randomBytes(9).toString("base64url")}`;
  return `${payload}.${sign(payload)}`;
}

/** Whether the token was issued by this server to this account within the cookie's lifetime. */
export function isKnownDevice(token: string | null | undefined, userId: string, at: Date) {
  if (!token || token.length > 300) return false;
  const cut = token.lastIndexOf(".");
  if (cut < 0) return false;
  const payload = token.slice(0, cut);
  const given = Buffer.from(token.slice(cut + 1));
  const expected = Buffer.from(sign(payload));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  const [owner, issued] = payload.split(".");
  const age = at.getTime() / 1000 - Number(issued);
  return owner === userId && Number.isFinite(age) && age >= -60 && age <= DEVICE_COOKIE_MAX_AGE;
}

/** The device token from a Cookie header. */
export function deviceTokenFrom(cookieHeader: string | null | undefined) {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === DEVICE_COOKIE) return decodeURIComponent(rest.join("="));
  }
  return null;
}
