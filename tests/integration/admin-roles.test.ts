import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { grantRole, listStaff, revokeRole } from "@/lib/dal/staff/moderators";
import { getViewerState, requireStaff } from "@/lib/dal/account/viewer";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { actAs, makeUser, navigationDigest } from "../support/factories";
import { auditEntries } from "../support/audit";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";
const REASON = "Trained and ready to help with the queue";

const account = async (id: string) => (await db().select().from(users).where(eq(users.id, id)))[0]!;
const auditAbout = (id: string) => auditEntries(eq(auditLog.targetUserId, id));

describe("roles are managed by admins only", () => {
  it("answers 404 to moderators, seekers, mentors and nobody signed in, and changes nothing", async () => {
    const target = await makeUser();
    const moderator = await makeUser({ roles: ["moderator"] });
    for (const viewer of [moderator, await makeUser(), await makeUser({ roles: ["mentor"] }), null]) {
      await actAs(viewer);
      expect(navigationDigest(await listStaff().catch((e: unknown) => e))).toBe(NOT_FOUND);
      expect(navigationDigest(await grantRole({ email: target.email, role: "moderator", reason: REASON }).catch((e: unknown) => e))).toBe(NOT_FOUND);
      expect(navigationDigest(await revokeRole({ userId: moderator.id, role: "moderator", reason: REASON }).catch((e: unknown) => e))).toBe(NOT_FOUND);
    }
    expect((await account(target.id)).roles).toEqual(["seeker"]);
    expect((await account(moderator.id)).roles).toEqual(["moderator"]);
    expect(await auditAbout(target.id)).toEqual([]);
  });
});

describe("giving a role", () => {
  it("finds the person by email, adds the role and records who, why and what in the same transaction", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    const target = await makeUser({ roles: ["seeker", "mentor"] });
    await actAs(admin);
    await expect(grantRole({ email: `  ${target.email.toUpperCase()} `, role: "moderator", reason: REASON })).resolves.toEqual({
      name: target.name,
      role: "moderator",
    });
    expect((await account(target.id)).roles).toEqual(["seeker", "mentor", "moderator"]);
    expect(await auditAbout(target.id)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: "role.grant",
        reason: REASON,
        details: { role: "moderator", rolesBefore: ["seeker", "mentor"], rolesAfter: ["seeker", "mentor", "moderator"] },
      }),
    ]);
    const staff = await listStaff();
    expect(staff.find((s) => s.id === target.id)).toMatchObject({ roles: ["seeker", "mentor", "moderator"], canChange: true });
    expect(staff.find((s) => s.id === admin.id)).toMatchObject({ canChange: false });
    expect(staff.every((s) => s.roles.includes("moderator") || s.roles.includes("admin"))).toBe(true);

    // The new moderator can enter /admin on their next request, without signing in again.
    await actAs(target);
    await expect(requireStaff()).resolves.toMatchObject({ id: target.id });
  });

  it("says clearly when the email is unknown, the role is already held, or the account is suspended", async () => {
    await actAs(await makeUser({ roles: ["admin"] }));
    await expect(grantRole({ email: "nobody-here@example.test", role: "moderator", reason: REASON })).rejects.toBeInstanceOf(NotFoundError);
    const moderator = await makeUser({ roles: ["moderator"] });
    await expect(grantRole({ email: moderator.email, role: "moderator", reason: REASON })).rejects.toThrow(`${moderator.name} is already a moderator.`);
    const suspended = await makeUser({ status: "suspended" });
    await expect(grantRole({ email: suspended.email, role: "moderator", reason: REASON })).rejects.toBeInstanceOf(ConflictError);
    expect((await account(suspended.id)).roles).toEqual(["seeker"]);
  });

  it("validates the role and the reason", async () => {
    const target = await makeUser();
    await actAs(await makeUser({ roles: ["admin"] }));
    await expect(grantRole({ email: target.email, role: "mentor", reason: REASON })).rejects.toThrow();
    await expect(grantRole({ email: target.email, role: "moderator", reason: "ok" })).rejects.toThrow();
    expect((await account(target.id)).roles).toEqual(["seeker"]);
  });

  it("does not let an admin act on themselves", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    await actAs(admin);
    await expect(grantRole({ email: admin.email, role: "moderator", reason: REASON })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await account(admin.id)).roles).toEqual(["admin"]);
  });
});

describe("taking a role back", () => {
  it("removes the role, signs the person out everywhere, and they no longer reach /admin", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    const moderator = await makeUser({ roles: ["seeker", "moderator"] });
    await actAs(moderator);
    const before = await account(moderator.id);
    await actAs(admin);
    await revokeRole({ userId: moderator.id, role: "moderator", reason: "Stepping back from moderation" });
    const after = await account(moderator.id);
    expect(after.roles).toEqual(["seeker"]);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);

    // Their old session token ends on its next request…
    vi.mocked((await import("@/lib/dal/account/session")).readSession).mockResolvedValue({ userId: moderator.id, sessionVersion: before.sessionVersion });
    expect(await getViewerState()).toEqual({ kind: "ended", reason: "signed-out-everywhere" });
    // …and signed in again they are a seeker, for whom /admin does not exist.
    await actAs(moderator);
    expect(navigationDigest(await requireStaff().catch((e: unknown) => e))).toBe(NOT_FOUND);

    expect(await auditAbout(moderator.id)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: "role.revoke",
        reason: "Stepping back from moderation",
        details: { role: "moderator", rolesBefore: ["seeker", "moderator"], rolesAfter: ["seeker"] },
      }),
    ]);
  });

  it("leaves someone with no other role as a seeker (an account always has a role)", async () => {
    const moderator = await makeUser({ roles: ["moderator"] });
    await actAs(await makeUser({ roles: ["admin"] }));
    await expect(revokeRole({ userId: moderator.id, role: "moderator", reason: REASON })).resolves.toMatchObject({ roles: ["seeker"] });
  });

  it("never lets an admin remove their own admin role, and says what to do instead", async () => {
    const admin = await makeUser({ roles: ["admin", "moderator"] });
    await actAs(admin);
    await expect(revokeRole({ userId: admin.id, role: "admin", reason: REASON })).rejects.toThrow("You can't remove your own admin role. Ask another admin.");
    await expect(revokeRole({ userId: admin.id, role: "moderator", reason: REASON })).rejects.toBeInstanceOf(ForbiddenError);
    const after = await account(admin.id);
    expect(after.roles).toEqual(["admin", "moderator"]);
    expect(await db().$count(auditLog, eq(auditLog.actorId, admin.id))).toBe(0);
  });

  it("lets an admin take the admin role from another admin", async () => {
    const other = await makeUser({ roles: ["admin"] });
    await actAs(await makeUser({ roles: ["admin"] }));
    await revokeRole({ userId: other.id, role: "admin", reason: "Handing over; keeps moderating elsewhere" });
    expect((await account(other.id)).roles).toEqual(["seeker"]);
  });

  it("answers a role the person no longer holds with a clear conflict", async () => {
    const seeker = await makeUser();
    await actAs(await makeUser({ roles: ["admin"] }));
    await expect(revokeRole({ userId: seeker.id, role: "moderator", reason: REASON })).rejects.toThrow(`${seeker.name} is not a moderator any more.`);
  });

  it("lets one of two admins acting at once win, and tells the other", async () => {
    const [first, second] = [await makeUser({ roles: ["admin"] }), await makeUser({ roles: ["admin"] })];
    const moderator = await makeUser({ roles: ["seeker", "moderator"] });
    await actAs(first);
    const a = revokeRole({ userId: moderator.id, role: "moderator", reason: "First admin's reason" });
    await actAs(second);
    const b = revokeRole({ userId: moderator.id, role: "moderator", reason: "Second admin's reason" });
    const results = await Promise.allSettled([a, b]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: expect.any(ConflictError) });
    expect(await db().$count(auditLog, and(eq(auditLog.targetUserId, moderator.id), eq(auditLog.action, "role.revoke")))).toBe(1);
    expect((await account(moderator.id)).sessionVersion).toBe(2);
  });

  it("leaves nothing half-done when the audit write fails", async () => {
    const moderator = await makeUser({ roles: ["seeker", "moderator"] });
    await actAs(await makeUser({ roles: ["admin"] }));
    await db().execute(sql`alter table audit_log add constraint audit_fail_roles check (action <> 'role.revoke') not valid`);
    try {
      await expect(revokeRole({ userId: moderator.id, role: "moderator", reason: REASON })).rejects.toThrow();
    } finally {
      await db().execute(sql`alter table audit_log drop constraint audit_fail_roles`);
    }
    const after = await account(moderator.id);
    expect(after).toMatchObject({ roles: ["seeker", "moderator"], sessionVersion: 1 });
  });
});
