import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("uses argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("a long enough passphrase");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "a long enough passphrase")).toBe(true);
    expect(await verifyPassword(hash, "a long enough passphrasE")).toBe(false);
  });

  it("never truncates: passwords equal in their first 127 characters are different passwords", async () => {
    const base = "p".repeat(127);
    const hash = await hashPassword(`${base}1`);
    expect(await verifyPassword(hash, `${base}2`)).toBe(false);
  });

  it("answers false, after the same work, when there is no hash at all", async () => {
    expect(await verifyPassword(null, "anything at all")).toBe(false);
    expect(await verifyPassword("not a hash", "anything at all")).toBe(false);
  });
});
