import { describe, expect, it } from "vitest";
import { rolesForIntent, signInSchema, signUpSchema } from "@/lib/validation/auth";
import { statusChangeSchema } from "@/lib/validation/moderation";

const valid = { name: "Sam", email: "Sam@Example.TEST ", password: "ten chars!", intent: "support" };

describe("sign-up validation", () => {
  it("normalises the email and accepts a 10-character password", () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.email).toBe("sam@example.test");
    expect(parsed.password).toBe("ten chars!");
  });

  it("refuses 9 characters and 129 characters, and accepts exactly 128 without truncating", () => {
    expect(signUpSchema.safeParse({ ...valid, password: "a".repeat(9) }).error?.issues[0]?.message).toBe("Use at least 10 characters.");
    expect(signUpSchema.safeParse({ ...valid, password: "a".repeat(129) }).error?.issues[0]?.message).toBe("Use at most 128 characters.");
    const long = `${"b".repeat(127)}z`;
    expect(signUpSchema.parse({ ...valid, password: long }).password).toBe(long);
  });

  it("gives a message a person can act on for a malformed email", () => {
    const result = signUpSchema.safeParse({ ...valid, email: "not-an-email" });
    expect(result.error?.issues[0]?.message).toBe("Enter an email address like name@example.com.");
  });

  it("keeps no field it does not know: roles and status cannot be set from a form", () => {
    const parsed = signUpSchema.parse({ ...valid, roles: ["admin"], status: "active", sessionVersion: 99 });
    expect(Object.keys(parsed).sort()).toEqual(["email", "intent", "name", "password"]);
  });

  it("requires a known intent and maps it to the roles a person may give themselves", () => {
    expect(signUpSchema.safeParse({ ...valid, intent: "admin" }).success).toBe(false);
    expect(rolesForIntent("support")).toEqual(["seeker"]);
    expect(rolesForIntent("volunteer")).toEqual(["mentor"]);
    expect(rolesForIntent("both")).toEqual(["seeker", "mentor"]);
  });

  it("requires a display name and bounds it", () => {
    expect(signUpSchema.safeParse({ ...valid, name: "   " }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...valid, name: "x".repeat(61) }).success).toBe(false);
  });
});

describe("sign-in validation", () => {
  it("does not apply the new-password minimum to existing passwords, but bounds their length", () => {
    expect(signInSchema.safeParse({ email: "a@b.test", password: "short" }).success).toBe(true);
    expect(signInSchema.safeParse({ email: "a@b.test", password: "x".repeat(129) }).success).toBe(false);
  });
});

describe("moderation validation", () => {
  it("needs a real id and a reason of at least 5 characters", () => {
    expect(statusChangeSchema.safeParse({ userId: "nope", reason: "spam links" }).success).toBe(false);
    expect(statusChangeSchema.safeParse({ userId: "7f9c1d2e-7f0b-4b5c-9a55-2d6f7f6f3b11", reason: "no" }).success).toBe(false);
    expect(statusChangeSchema.safeParse({ userId: "7f9c1d2e-7f0b-4b5c-9a55-2d6f7f6f3b11", reason: "Repeated spam links" }).success).toBe(true);
  });
});
