import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { addRoleAction } from "@/lib/actions/account/roles";
import { addMyRole } from "@/lib/dal/account/roles";
import { getMentorStatus, requireMentor } from "@/lib/dal/profiles/mentor-profiles";
import { getOwnNeedsProfile } from "@/lib/dal/profiles/needs-profiles";
import { idle } from "@/lib/forms/state";
import { actAs, makeUser, navigationDigest } from "../support/factories";
import { auditEntries } from "../support/audit";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const rolesOf = async (id: string) => (await db().select({ roles: users.roles }).from(users).where(eq(users.id, id)))[0]!.roles;
const auditAbout = (id: string) => auditEntries(eq(auditLog.targetUserId, id));

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

describe("a person adds a second way of taking part", () => {
  it("a seeker adds volunteering: the role, one audit row, and the mentor application opens (still to be vetted)", async () => {
    const seeker = await makeUser({ roles: ["seeker"] });
    await actAs(seeker);
    expect(navigationDigest(await requireMentor().catch((e: unknown) => e))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");

    await expect(addMyRole({ role: "mentor" })).resolves.toEqual({ role: "mentor", added: true });
    expect(await rolesOf(seeker.id)).toEqual(["seeker", "mentor"]);
    expect(await auditAbout(seeker.id)).toEqual([
      expect.objectContaining({
        actorId: seeker.id,
        action: "role.add_own",
        details: { role: "mentor", rolesBefore: ["seeker"], rolesAfter: ["seeker", "mentor"] },
      }),
    ]);
    // The next request sees the new role: the application starts from the beginning, not approved.
    await expect(requireMentor()).resolves.toMatchObject({ id: seeker.id });
    await expect(getMentorStatus()).resolves.toMatchObject({ status: "none" });
  });

  it("a mentor adds support: the role, one audit row, and their needs profile opens", async () => {
    const mentor = await makeUser({ roles: ["mentor"] });
    await actAs(mentor);
    await expect(getOwnNeedsProfile()).rejects.toThrow();

    await expect(addMyRole({ role: "seeker" })).resolves.toEqual({ role: "seeker", added: true });
    expect(await rolesOf(mentor.id)).toEqual(["mentor", "seeker"]);
    expect(await auditAbout(mentor.id)).toEqual([expect.objectContaining({ action: "role.add_own", details: expect.objectContaining({ role: "seeker" }) })]);
    await expect(getOwnNeedsProfile()).resolves.toMatchObject({ profile: null, resume: expect.any(String) });
  });

  it("is idempotent: a double click (even at the same moment) adds the role once and audits it once", async () => {
    const seeker = await makeUser({ roles: ["seeker"] });
    await actAs(seeker);
    const results = await Promise.all([addMyRole({ role: "mentor" }), addMyRole({ role: "mentor" })]);
    expect(results.map((r) => r.added).sort()).toEqual([false, true]);
    await expect(addMyRole({ role: "mentor" })).resolves.toEqual({ role: "mentor", added: false });
    // Adding a role already held from sign-up changes nothing either.
    await expect(addMyRole({ role: "seeker" })).resolves.toEqual({ role: "seeker", added: false });
    expect(await rolesOf(seeker.id)).toEqual(["seeker", "mentor"]);
    expect(await auditAbout(seeker.id)).toHaveLength(1);

    // Through the form action too: both clicks end on the volunteering page, one role.
    for (let i = 0; i < 2; i++) {
      const error = await addRoleAction(idle, form({ role: "mentor" })).catch((e: unknown) => e);
      expect(navigationDigest(error)).toMatch(/^NEXT_REDIRECT;replace;\/volunteer\?notice=added;/);
    }
    expect(await rolesOf(seeker.id)).toEqual(["seeker", "mentor"]);
    expect(await auditAbout(seeker.id)).toHaveLength(1);
  });

  it("never adds moderator or admin, whatever the form sends", async () => {
    const seeker = await makeUser({ roles: ["seeker"] });
    await actAs(seeker);
    for (const role of ["moderator", "admin", "MENTOR", "", "seeker,admin"]) {
      await expect(addMyRole({ role })).rejects.toThrow();
      expect(await addRoleAction(idle, form({ role }))).toMatchObject({ status: "error", fieldErrors: { role: expect.any(String) } });
    }
    // Extra fields are never read: roles/status smuggled beside a valid role do nothing more.
    const error = await addRoleAction(idle, form({ role: "seeker", roles: ["admin", "moderator"], status: "active" })).catch((e: unknown) => e);
    expect(navigationDigest(error)).toMatch(/^NEXT_REDIRECT;replace;\/onboarding;/);
    await expect(addMyRole({ role: "mentor", roles: ["admin"] })).resolves.toMatchObject({ added: true });
    expect(await rolesOf(seeker.id)).toEqual(["seeker", "mentor"]);
    expect((await auditAbout(seeker.id)).map((a) => a.action)).toEqual(["role.add_own"]);
  });

  it("needs a signed-in, active account", async () => {
    await actAs(null);
    expect(navigationDigest(await addMyRole({ role: "mentor" }).catch((e: unknown) => e))).toMatch(/^NEXT_REDIRECT;replace;\/sign-in;/);
    const suspended = await makeUser({ roles: ["seeker"], status: "suspended" });
    await actAs(suspended);
    expect(navigationDigest(await addMyRole({ role: "mentor" }).catch((e: unknown) => e))).toMatch(/^NEXT_REDIRECT;replace;\/session-ended;/);
    expect(await rolesOf(suspended.id)).toEqual(["seeker"]);
    expect(await auditAbout(suspended.id)).toEqual([]);
  });
});
