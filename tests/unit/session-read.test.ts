import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/**
 * readSession opens the Auth.js session cookie itself (lib/dal/account/session.ts):
 * it must accept exactly what a sign-in sets and nothing else.
 */
const jar: { name: string; value: string }[] = [];
vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => jar }) }));
// The real decode, counted: a token already opened is not opened again.
const decodes = vi.hoisted(() => ({ count: 0 }));
vi.mock("next-auth/jwt", async (importOriginal) => {
  const real = await importOriginal<typeof import("next-auth/jwt")>();
  return { ...real, decode: (...args: Parameters<typeof real.decode>) => (decodes.count++, real.decode(...args)) };
});

const SECRET = "a-test-secret-that-is-long-enough-to-pass-the-check";
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";
const claims = { sub: "5a3f1ad0-caf5-4824-8035-7c64212bc7e7", sv: 3, sid: "0b1c2d3e-aaaa-4bbb-8ccc-123456789abc" };
const token = (salt: string, maxAge = 3600, secret = SECRET) => encode({ token: claims, secret, salt, maxAge });

beforeEach(() => {
  jar.length = 0;
  vi.stubEnv("AUTH_SECRET", SECRET);
  vi.resetModules();
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

const read = async () => (await import("@/lib/dal/account/session")).readSession();

describe("reading the session cookie", () => {
  it("gives the claims of a token set at sign-in, under either cookie name", async () => {
    jar.push({ name: PLAIN, value: await token(PLAIN) });
    expect(await read()).toEqual({ userId: claims.sub, sessionVersion: 3, sessionId: claims.sid });
    jar.length = 0;
    jar.push({ name: SECURE, value: await token(SECURE) });
    expect(await read()).toEqual({ userId: claims.sub, sessionVersion: 3, sessionId: claims.sid });
  });

  it("puts a large token's chunks back together in order", async () => {
    const whole = await token(PLAIN);
    const cut = Math.floor(whole.length / 3);
    jar.push({ name: `${PLAIN}.2`, value: whole.slice(2 * cut) }, { name: `${PLAIN}.0`, value: whole.slice(0, cut) }, { name: `${PLAIN}.1`, value: whole.slice(cut, 2 * cut) });
    expect((await read())?.userId).toBe(claims.sub);
  });

  it("refuses no cookie, another secret, the other cookie's salt, a tampered token and an expired one", async () => {
    expect(await read()).toBeNull();
    for (const value of [await token(PLAIN, 3600, "another-secret-that-is-also-long-enough-here"), await token(SECURE)]) {
      jar.length = 0;
      jar.push({ name: PLAIN, value });
      expect(await read()).toBeNull();
    }
    const good = await token(PLAIN);
    jar.length = 0;
    jar.push({ name: PLAIN, value: `${good.slice(0, -4)}AAAA` });
    expect(await read()).toBeNull();
    jar.length = 0;
    jar.push({ name: PLAIN, value: await token(PLAIN, -60) });
    expect(await read()).toBeNull();
  });

  it("opens a token once per process and still refuses it after its own expiry", async () => {
    const { readSession } = await import("@/lib/dal/account/session");
    jar.push({ name: PLAIN, value: await token(PLAIN, 120) });
    const before = decodes.count;
    for (let i = 0; i < 5; i++) expect((await readSession())?.userId).toBe(claims.sub);
    expect(decodes.count - before).toBe(1);
    // Past its expiry the remembered claims are dropped and a fresh decode refuses it too.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 10 * 60 * 1000);
    expect(await readSession()).toBeNull();
  });

  it("does not remember a token that did not open", async () => {
    const { readSession } = await import("@/lib/dal/account/session");
    const good = await token(PLAIN);
    jar.push({ name: PLAIN, value: `${good.slice(0, -4)}AAAA` });
    const before = decodes.count;
    expect(await readSession()).toBeNull();
    expect(await readSession()).toBeNull();
    expect(decodes.count - before).toBe(2);
  });
});
