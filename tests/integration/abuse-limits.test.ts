import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { authThrottle, mailOutbox } from "@/db/schema";
import { issueDeviceToken } from "@/lib/auth/device";
import { registerAccount, requestPasswordReset } from "@/lib/dal/account/accounts";
import { authenticate } from "@/lib/dal/account/sign-in";
import { requestSignInLink, signInWithLink } from "@/lib/dal/account/sign-in-link";
import { keyFor, purgeThrottle, rules } from "@/lib/dal/account/throttle";
import { makeUser, PASSWORD } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

let ipCounter = 0;
const freshIp = () => `10.9.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;
const unique = () => `cannon-${Math.random().toString(36).slice(2, 10)}@example.test`;
const mailsTo = async (to: string) => db().select().from(mailOutbox).where(eq(mailOutbox.to, to));

beforeEach(() => {
  process.env.APP_ENV = "test";
});

describe("sign-up cannot be used as a mail cannon", () => {
  it("20 sign-ups for one address send at most 3 mails, and none carries the chosen name", async () => {
    const target = unique();
    for (let i = 0; i < 20; i++) {
      await registerAccount({ name: `Prize Desk ${i}`, email: target, password: "a good long password", intent: "support" }, freshIp());
    }
    const mails = await mailsTo(target);
    expect(mails.length).toBeGreaterThan(0);
    expect(mails.length).toBeLessThanOrEqual(3);
    for (const mail of mails) expect(mail.text).not.toContain("Prize Desk");
  });

  it("a registered address gets at most 3 'someone tried to sign up' mails an hour, resets included", async () => {
    const person = await makeUser();
    for (let i = 0; i < 6; i++) {
      await registerAccount({ name: "Someone", email: person.email, password: "a good long password", intent: "support" }, freshIp());
    }
    await requestPasswordReset({ email: person.email }, freshIp()).catch(() => {});
    expect((await mailsTo(person.email)).length).toBe(3);
  });
});

describe("sign-in limits", () => {
  it("30 failures from one address do not lock out a person at another address, and success doesn't count", async () => {
    const attacker = freshIp();
    for (let i = 0; i < 31; i++) {
      await authenticate({ email: unique(), password: "wrong guess" }, attacker);
    }
    expect(await authenticate({ email: unique(), password: "wrong guess" }, attacker)).toMatchObject({ code: "throttled" });
    const someone = await makeUser();
    expect((await authenticate({ email: someone.email, password: PASSWORD }, freshIp())).ok).toBe(true);

    // Successful sign-ins from a shared address (an office, a household) are taken back from its count.
    const office = freshIp();
    const colleague = await makeUser();
    for (let i = 0; i < 40; i++) {
      expect((await authenticate({ email: colleague.email, password: PASSWORD }, office)).ok).toBe(true);
    }
  });

  it("after the account's limit, the right password still works from a browser that signed in before, not from a new one", async () => {
    const person = await makeUser();
    const knownDevice = issueDeviceToken(person.id, new Date());
    for (let i = 0; i < 6; i++) await authenticate({ email: person.email, password: "a guess" }, freshIp());
    expect(await authenticate({ email: person.email, password: PASSWORD }, freshIp())).toMatchObject({ code: "throttled" });
    expect(await authenticate({ email: person.email, password: PASSWORD }, freshIp(), { deviceToken: `${knownDevice}x` })).toMatchObject({ code: "throttled" });
    const other = await makeUser();
    expect(await authenticate({ email: person.email, password: PASSWORD }, freshIp(), { deviceToken: issueDeviceToken(other.id, new Date()) })).toMatchObject({ code: "throttled" });
    expect(await authenticate({ email: person.email, password: "a guess" }, freshIp(), { deviceToken: knownDevice })).toMatchObject({ code: "throttled" });
    expect((await authenticate({ email: person.email, password: PASSWORD }, freshIp(), { deviceToken: knownDevice })).ok).toBe(true);
  });

  it("after the account's limit, a one-time link from email still gets the owner in, once", async () => {
    const person = await makeUser();
    for (let i = 0; i < 6; i++) await authenticate({ email: person.email, password: "a guess" }, freshIp());
    expect(await authenticate({ email: person.email, password: PASSWORD }, freshIp())).toMatchObject({ code: "throttled" });

    await requestSignInLink({ email: person.email }, freshIp());
    const [mail] = await mailsTo(person.email);
    const token = mail!.text.match(/\/sign-in\/link\?token=([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeTruthy();
    expect(await signInWithLink(token)).toMatchObject({ id: person.id, email: person.email });
    expect(await signInWithLink(token)).toBeNull(); // once only
    expect(await signInWithLink("x".repeat(43))).toBeNull();

    // Nobody learns whether an address has an account, and an unknown one gets no mail.
    const stranger = unique();
    await expect(requestSignInLink({ email: stranger }, freshIp())).resolves.toBeUndefined();
    expect(await mailsTo(stranger)).toHaveLength(0);
  });

  it("keys counters with a keyed hash, not a bare SHA-256 of the address, and purges old rows", async () => {
    const ip = freshIp();
    await authenticate({ email: unique(), password: "x" }, ip);
    const bare = `${rules.signInIp().name}:${createHash("sha256").update(ip).digest("base64url")}`;
    expect(await db().select().from(authThrottle).where(eq(authThrottle.key, bare))).toHaveLength(0);
    expect(await db().select().from(authThrottle).where(eq(authThrottle.key, keyFor(rules.signInIp(), ip)))).toHaveLength(1);

    await db().insert(authThrottle).values({ key: "old:row", attempts: 3, windowStartedAt: sql`now() - interval '2 days'` });
    expect(await purgeThrottle()).toBeGreaterThanOrEqual(1);
    expect(await db().select().from(authThrottle).where(eq(authThrottle.key, "old:row"))).toHaveLength(0);
  });
});
