import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { emailTokens, mailOutbox, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { confirmEmail, registerAccount, requestPasswordReset, resetPassword } from "@/lib/dal/account/accounts";
import { authenticate } from "@/lib/dal/account/sign-in";
import { ThrottledError } from "@/lib/errors";
import { makeUser, PASSWORD } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

let ipCounter = 0;
const freshIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;
const unique = () => `new-${Math.random().toString(36).slice(2, 10)}@example.test`;

async function lastMailTo(email: string) {
  const rows = await db().select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(sql`${mailOutbox.createdAt} desc`);
  return rows[0];
}

function linkToken(text: string, path: string) {
  const match = text.match(new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in mail`);
  return match[1];
}

beforeEach(() => {
  process.env.APP_ENV = "test";
});

describe("sign-up", () => {
  it("creates an unconfirmed account with only the roles the intent allows, and mails a link", async () => {
    const email = unique();
    await registerAccount({ name: "Ana", email, password: "a good long password", intent: "both", roles: ["admin"], status: "active" }, freshIp());
    const [user] = await db().select().from(users).where(eq(users.email, email));
    expect(user?.roles).toEqual(["seeker", "mentor"]);
    expect(user?.emailVerified).toBeNull();
    expect(user?.passwordHash).not.toContain("a good long password");
    const mail = await lastMailTo(email);
    expect(mail?.subject).toBe("Confirm your email for Alongside");

    expect(await authenticate({ email, password: "a good long password" }, freshIp())).toEqual({ ok: false, code: "unverified" });
    expect(await confirmEmail(linkToken(mail!.text, "/verify-email"))).toBe(true);
    const result = await authenticate({ email, password: "a good long password" }, freshIp());
    expect(result.ok).toBe(true);
  });

  it("answers the same for a registered email and changes nothing about that account", async () => {
    const existing = await makeUser();
    await expect(registerAccount({ name: "Intruder", email: existing.email, password: "attacker password", intent: "support" }, freshIp())).resolves.toBeUndefined();
    const [after] = await db().select().from(users).where(eq(users.id, existing.id));
    expect(after?.name).toBe(existing.name);
    expect(await verifyPassword(after?.passwordHash, PASSWORD)).toBe(true);
    expect((await lastMailTo(existing.email))?.subject).toBe("Someone tried to sign up to Alongside with your email");
  });

  it("lets a newer sign-up take over an address nobody confirmed, so it cannot be squatted", async () => {
    const email = unique();
    await registerAccount({ name: "Squatter", email, password: "squatter password", intent: "support" }, freshIp());
    const firstLink = linkToken((await lastMailTo(email))!.text, "/verify-email");
    await registerAccount({ name: "Owner", email, password: "owner password!", intent: "volunteer" }, freshIp());
    expect(await confirmEmail(firstLink)).toBe(false);
    expect(await confirmEmail(linkToken((await lastMailTo(email))!.text, "/verify-email"))).toBe(true);
    const [user] = await db().select().from(users).where(eq(users.email, email));
    expect(user?.name).toBe("Owner");
    expect(user?.roles).toEqual(["mentor"]);
    expect((await authenticate({ email, password: "squatter password" }, freshIp())).ok).toBe(false);
  });

  it("makes one account when the same sign-up arrives twice at once", async () => {
    const email = unique();
    const input = { name: "Twice", email, password: "double click pw", intent: "support" };
    await Promise.all([registerAccount(input, freshIp()), registerAccount(input, freshIp())]);
    expect(await db().$count(users, eq(users.email, email))).toBe(1);
  });

  it("limits sign-ups per address", async () => {
    const ip = freshIp();
    const attempts = Array.from({ length: 11 }, () => registerAccount({ name: "Bot", email: unique(), password: "bot password!", intent: "support" }, ip));
    const results = await Promise.allSettled(attempts);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof ThrottledError)).toHaveLength(1);
  });
});

describe("sign-in", () => {
  it("gives the same answer for an unknown email and a wrong password", async () => {
    const user = await makeUser();
    const wrong = await authenticate({ email: user.email, password: "not the password" }, freshIp());
    const unknown = await authenticate({ email: unique(), password: "not the password" }, freshIp());
    expect(wrong).toEqual({ ok: false, code: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("accepts the email in any case and with spaces", async () => {
    const user = await makeUser();
    const result = await authenticate({ email: `  ${user.email.toUpperCase()} `, password: PASSWORD }, freshIp());
    expect(result.ok).toBe(true);
  });

  it("throttles an account after 5 failures, even a parallel burst, and even for the right password", async () => {
    const user = await makeUser();
    const burst = await Promise.all(Array.from({ length: 8 }, () => authenticate({ email: user.email, password: "wrong guess!" }, freshIp())));
    expect(burst.filter((r) => !r.ok && r.code === "throttled")).toHaveLength(3);
    const right = await authenticate({ email: user.email, password: PASSWORD }, freshIp());
    expect(right.ok).toBe(false);
    if (!right.ok && right.code === "throttled") expect(right.retryAfterSeconds).toBeGreaterThan(800);
    else throw new Error("expected throttled");
  });

  it("throttles one address across many accounts", async () => {
    const ip = freshIp();
    const results = [];
    for (let i = 0; i < 31; i++) results.push(await authenticate({ email: unique(), password: "spray attempt" }, ip));
    expect(results.at(-1)).toMatchObject({ ok: false, code: "throttled" });
    expect(results.slice(0, 30).every((r) => !r.ok && r.code === "invalid")).toBe(true);
  });

  it("tells a suspended person so only once the password is right", async () => {
    const user = await makeUser({ status: "suspended", statusReason: "Spam" });
    expect(await authenticate({ email: user.email, password: "wrong password" }, freshIp())).toEqual({ ok: false, code: "invalid" });
    expect(await authenticate({ email: user.email, password: PASSWORD }, freshIp())).toEqual({ ok: false, code: "suspended" });
  });

  it("treats a deleted account as unknown", async () => {
    const user = await makeUser({ status: "deleted" });
    expect(await authenticate({ email: user.email, password: PASSWORD }, freshIp())).toEqual({ ok: false, code: "invalid" });
  });
});

describe("password reset", () => {
  async function requestLink(email: string) {
    await requestPasswordReset({ email }, freshIp());
    const mail = await lastMailTo(email);
    expect(mail?.subject).toBe("Reset your Alongside password");
    return linkToken(mail!.text, "/reset-password");
  }

  it("works once, signs out every session, and the old password stops working", async () => {
    const user = await makeUser();
    const token = await requestLink(user.email);
    expect(await resetPassword({ token, password: "my new password" })).toBe(true);
    expect(await resetPassword({ token, password: "another password" })).toBe(false);
    const [after] = await db().select().from(users).where(eq(users.id, user.id));
    expect(after?.sessionVersion).toBe(user.sessionVersion + 1);
    expect((await authenticate({ email: user.email, password: PASSWORD }, freshIp())).ok).toBe(false);
    expect((await authenticate({ email: user.email, password: "my new password" }, freshIp())).ok).toBe(true);
  });

  it("lets exactly one of two simultaneous uses of a link through", async () => {
    const user = await makeUser();
    const token = await requestLink(user.email);
    const results = await Promise.all([resetPassword({ token, password: "first password" }), resetPassword({ token, password: "second password" })]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("refuses a link older than 30 minutes", async () => {
    const user = await makeUser();
    const token = await requestLink(user.email);
    await db().update(emailTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(emailTokens.userId, user.id));
    expect(await resetPassword({ token, password: "too late password" })).toBe(false);
  });

  it("makes the link valid for 30 minutes and stores only its hash", async () => {
    const user = await makeUser();
    const token = await requestLink(user.email);
    const [row] = await db()
      .select({ hash: emailTokens.tokenHash, minutes: sql<number>`round(extract(epoch from ${emailTokens.expiresAt} - now()) / 60)::int` })
      .from(emailTokens)
      .where(eq(emailTokens.userId, user.id));
    expect(row?.minutes).toBe(30);
    expect(row?.hash).not.toContain(token);
  });

  it("sends nothing for an unknown email but answers the same", async () => {
    const email = unique();
    await expect(requestPasswordReset({ email }, freshIp())).resolves.toBeUndefined();
    expect(await lastMailTo(email)).toBeUndefined();
  });
});
