import { describe, expect, it } from "vitest";
import type { Role } from "@/db/schema";
import { canModerate, isAdmin, isStaff } from "@/lib/auth/roles";

const person = (id: string, ...roles: Role[]) => ({ id, roles });

describe("roles", () => {
  it("counts moderators and admins as staff, nobody else", () => {
    expect(isStaff(["moderator"])).toBe(true);
    expect(isStaff(["admin"])).toBe(true);
    expect(isStaff(["seeker", "mentor"])).toBe(false);
    expect(isAdmin(["moderator"])).toBe(false);
  });

  it("lets moderators act on seekers and mentors only, admins on anyone but themselves", () => {
    const moderator = person("m", "moderator");
    const admin = person("a", "admin");
    expect(canModerate(moderator, person("s", "seeker"))).toBe(true);
    expect(canModerate(moderator, person("x", "seeker", "mentor"))).toBe(true);
    expect(canModerate(moderator, person("m2", "moderator"))).toBe(false);
    expect(canModerate(moderator, admin)).toBe(false);
    expect(canModerate(admin, person("m2", "moderator"))).toBe(true);
    expect(canModerate(admin, admin)).toBe(false);
    expect(canModerate(moderator, moderator)).toBe(false);
    expect(canModerate(person("s", "seeker"), person("t", "seeker"))).toBe(false);
  });
});
