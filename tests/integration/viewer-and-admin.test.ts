import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { endAllSessions } from "@/lib/dal/account/accounts";
import { listPeople } from "@/lib/dal/staff/people";
import { actOnPerson } from "@/lib/dal/staff/decisions";
import { getViewerState, requireStaff } from "@/lib/dal/account/viewer";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { actAs, makeUser, navigationDigest } from "../support/factories";
import { auditEntries } from "../support/audit";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

describe("the viewer is re-checked against the database on every request", () => {
  it("is signed in while the account is active and the session version current", async () => {
    const user = await makeUser();
    await actAs(user);
    expect(await getViewerState()).toMatchObject({ kind: "signed-in", viewer: { id: user.id, roles: ["seeker"] } });
  });

  it("ends the session of a suspended, banned or deleted account on the next request", async () => {
    for (const status of ["suspended", "banned", "deleted"] as const) {
      const user = await makeUser();
      await actAs(user);
      await db().update(users).set({ status }).where(eq(users.id, user.id));
      expect(await getViewerState()).toEqual({ kind: "ended", reason: status });
    }
  });

  it("ends every session after 'sign out everywhere'", async () => {
    const user = await makeUser();
    await actAs(user);
    const state = await getViewerState();
    if (state.kind !== "signed-in") throw new Error("expected signed in");
    await endAllSessions(state.viewer);
    expect(await getViewerState()).toEqual({ kind: "ended", reason: "signed-out-everywhere" });
  });

  it("treats a token for an account that no longer exists as ended", async () => {
    const user = await makeUser();
    await actAs(user);
    await db().delete(users).where(eq(users.id, user.id));
    expect(await getViewerState()).toEqual({ kind: "ended", reason: "deleted" });
  });
});

describe("admin: people and account status", () => {
  it("answers 404 to anyone who is not staff, and to nobody signed in", async () => {
    for (const roles of [["seeker"], ["mentor"], ["seeker", "mentor"]] as const) {
      await actAs(await makeUser({ roles: [...roles] }));
      expect(navigationDigest(await rejection(listPeople({})))).toBe(NOT_FOUND);
      expect(navigationDigest(await rejection(requireStaff()))).toBe(NOT_FOUND);
    }
    await actAs(null);
    expect(navigationDigest(await rejection(listPeople({})))).toBe(NOT_FOUND);
  });

  it("never lets a non-moderator suspend anyone, even with a valid request", async () => {
    const target = await makeUser();
    await actAs(await makeUser({ roles: ["seeker", "mentor"] }));
    expect(navigationDigest(await rejection(actOnPerson({ userId: target.id, action: "suspend", reason: "I don't like them" })))).toBe(NOT_FOUND);
    const [after] = await db().select({ status: users.status }).from(users).where(eq(users.id, target.id));
    expect(after?.status).toBe("active");
  });

  it("lists people with roles and status, filtered, and without password hashes", async () => {
    const moderator = await makeUser({ roles: ["moderator"] });
    const target = await makeUser({ name: "Filterable Fern", roles: ["seeker", "mentor"] });
    await actAs(moderator);
    const result = await listPeople({ query: "filterable fern" });
    expect(result.people).toHaveLength(1);
    expect(result.people[0]).toMatchObject({ id: target.id, roles: ["seeker", "mentor"], status: "active", canModerate: true });
    expect(Object.keys(result.people[0]!)).not.toContain("passwordHash");
    const suspendedOnly = await listPeople({ status: "suspended", query: "filterable fern" });
    expect(suspendedOnly.total).toBe(0);
  });

  it("treats LIKE wildcards in the search as plain text", async () => {
    await actAs(await makeUser({ roles: ["moderator"] }));
    expect((await listPeople({ query: "%" })).people.every((p) => p.name.includes("%") || p.email.includes("%"))).toBe(true);
  });

  it("suspends with a reason and writes the audit row in the same transaction", async () => {
    const moderator = await makeUser({ roles: ["moderator"] });
    const target = await makeUser();
    await actAs(moderator);
    await actOnPerson({ userId: target.id, action: "suspend", reason: "Repeated unkind messages" });
    const [after] = await db().select().from(users).where(eq(users.id, target.id));
    expect(after).toMatchObject({ status: "suspended", statusReason: "Repeated unkind messages" });
    const audit = await auditEntries(eq(auditLog.targetUserId, target.id));
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actorId: moderator.id, action: "account.suspend", reason: "Repeated unkind messages", details: expect.objectContaining({ from: "active", to: "suspended" }) }),
      ]),
    );

    await actOnPerson({ userId: target.id, action: "reinstate", reason: "Talked it through; back in good standing" });
    const [back] = await db().select().from(users).where(eq(users.id, target.id));
    expect(back).toMatchObject({ status: "active", statusReason: null });
    const trail = await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetUserId, target.id)).orderBy(auditLog.createdAt);
    expect(trail.map((e) => e.action).filter((a) => a.startsWith("account."))).toEqual(["account.suspend", "account.reinstate"]);
  });

  it("leaves nothing half-done when the audit write fails", async () => {
    const moderator = await makeUser({ roles: ["moderator"] });
    const target = await makeUser();
    await actAs(moderator);
    // Make audit inserts fail, as a full disk or a broken constraint would.
    await db().execute(sql`alter table audit_log add constraint audit_fail_test check (action <> 'account.suspend') not valid`);
    try {
      await expect(actOnPerson({ userId: target.id, action: "suspend", reason: "Should not stick" })).rejects.toThrow();
    } finally {
      await db().execute(sql`alter table audit_log drop constraint audit_fail_test`);
    }
    const [after] = await db().select({ status: users.status }).from(users).where(eq(users.id, target.id));
    expect(after?.status).toBe("active");
  });

  /** Suspending goes through moderation, as the People screen's action does. */
  const suspend = (input: { userId: string; reason: string }) => actOnPerson({ ...input, action: "suspend" });

  it("lets one of two moderators acting at once win, and tells the other", async () => {
    const [first, second] = [await makeUser({ roles: ["moderator"] }), await makeUser({ roles: ["moderator"] })];
    const target = await makeUser();
    await actAs(first);
    const a = suspend({ userId: target.id, reason: "First moderator's reason" });
    await actAs(second);
    const b = suspend({ userId: target.id, reason: "Second moderator's reason" });
    const results = await Promise.allSettled([a, b]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: expect.any(ConflictError) });
    expect(await db().$count(auditLog, and(eq(auditLog.targetUserId, target.id), eq(auditLog.action, "account.suspend")))).toBe(1);
  });

  it("does not let a moderator act on staff or on themselves; an admin may act on a moderator", async () => {
    const moderator = await makeUser({ roles: ["moderator"] });
    const otherModerator = await makeUser({ roles: ["moderator"] });
    const admin = await makeUser({ roles: ["admin"] });
    await actAs(moderator);
    await expect(suspend({ userId: otherModerator.id, reason: "Not allowed here" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(suspend({ userId: admin.id, reason: "Not allowed here" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(suspend({ userId: moderator.id, reason: "Not allowed here" })).rejects.toBeInstanceOf(ForbiddenError);
    await actAs(admin);
    await expect(suspend({ userId: otherModerator.id, reason: "Admin may do this" })).resolves.toMatchObject({ subjectName: otherModerator.name });
  });

  it("refuses a reason that is too short and an id that is not one", async () => {
    await actAs(await makeUser({ roles: ["moderator"] }));
    const target = await makeUser();
    await expect(suspend({ userId: target.id, reason: "bad" })).rejects.toThrow(/at least 5 characters/);
    await expect(suspend({ userId: "1 or 1=1", reason: "SQL injection attempt" })).rejects.toThrow(/not valid/);
  });
});
