import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { formError } from "@/lib/actions/form";
import { captureLog, guardConsole, log } from "@/lib/log";
import { idle as initialFormState } from "@/lib/forms/state";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));
vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));
vi.mock("@/lib/dal/account/auth", () => ({ signIn: vi.fn() }));
vi.mock("next-auth", () => ({ AuthError: class extends Error {}, CredentialsSignin: class extends Error {} }));

const lines: string[] = [];
let restore: () => void;
const originalError = console.error;
const originalWarn = console.warn;

beforeEach(() => {
  process.env.APP_ENV = "test";
  lines.length = 0;
  restore = captureLog(lines);
});
afterEach(() => {
  restore();
  console.error = originalError;
  console.warn = originalWarn;
  delete (console as { __alongsideGuarded?: boolean }).__alongsideGuarded;
});

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.set(key, value);
  return data;
};

describe("nothing a person wrote reaches the server log", () => {
  it("refuses a NUL byte in the sign-up name with a field error, and logs nothing of it", async () => {
    guardConsole();
    const { signUpAction } = await import("@/lib/actions/account/sign-in");
    const email = `nul-${Date.now()}@example.test`;
    const state = await signUpAction(initialFormState, form({ name: "Ana\u0000", email, password: "a good long password", intent: "support" }));
    expect(state.status).toBe("error");
    expect(state.status === "error" && state.fieldErrors.name).toMatch(/hidden|one line/);
    expect(lines.join("\n")).not.toContain(email);
  });

  it("a forced database error is logged as its name and code only: no email, hash, or text", async () => {
    const email = `forced-${Date.now()}@example.test`;
    const hash = "$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0LWhhc2g";
    guardConsole();
    let caught: unknown;
    try {
      // Straight to the database, past validation: PostgreSQL refuses a NUL in text.
      await db().insert(users).values({ name: "Private words\u0000here", email, passwordHash: hash, roles: ["seeker"] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect(String((caught as Error).message) + String((caught as Error).cause ?? "")).toContain(email); // the driver does carry it…

    const state = formError(caught, {});
    expect(state.status).toBe("error");
    console.error(caught); // …as Next would print an uncaught one
    console.error("Failed query: insert … params: " + email);
    log.error("test.with_fields", caught, { email, token: "abc", note: "Private words", userId: "u-1", messageId: "m-1" });

    const output = lines.join("\n");
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const secret of [email, hash, "Private words", "c2VjcmV0LWhhc2g", "abc\""]) expect(output).not.toContain(secret);
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed[0]).toMatchObject({ level: "error", event: "action.unexpected_error" });
    expect(typeof parsed[0]!.errorName).toBe("string");
    expect(parsed.at(-1)).toMatchObject({ userId: "u-1", messageId: "m-1", email: "[redacted]", token: "[redacted]", note: "[redacted]" });
  });

  it("a newline in a value cannot start a forged line", () => {
    log.warn("test.newline", { ref: 'x"}\n{"level":"error","event":"forged"' });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.split("\n")).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ event: "test.newline" });
  });
});
