import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { acknowledgments, auditLog, mentorProfiles, needsProfiles, needsProfileTopics, notifications, relationships, topics, users } from "@/db/schema";
import { pairOf } from "@/lib/dal/matching/requests";
import { authenticate } from "@/lib/dal/account/sign-in";
import { deleteMyAccount, exportMyData, WrongPasswordError } from "@/lib/dal/account/my-data";
import { getViewerState } from "@/lib/dal/account/viewer";
import { actAs, makeUser, navigationDigest, PASSWORD } from "../support/factories";
import { auditEntries } from "../support/audit";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

async function personWithProfile() {
  const user = await makeUser({ roles: ["seeker", "mentor"] });
  const [grief] = await db().select().from(topics).where(eq(topics.slug, "grief"));
  const [parenting] = await db().select().from(topics).where(eq(topics.slug, "parenting"));
  await db().insert(needsProfiles).values({
    userId: user.id,
    lookingFor: "mentor",
    hopes: "A very particular sentence about my hopes",
    dealbreakers: ["advice-first"],
    dealbreakersNote: "My private note",
    avoidTopicIds: [parenting!.id],
    windows: ["tue-evening"],
    languages: ["en"],
  });
  await db().insert(needsProfileTopics).values({ userId: user.id, topicId: grief!.id, livedExperienceMatters: true });
  await db().insert(mentorProfiles).values({ userId: user.id, intro: "My mentor intro text", motivation: "My motivation text" });
  await db().insert(acknowledgments).values({ userId: user.id, kind: "not_therapy", version: 1 });
  return user;
}

describe("download my data", () => {
  it("holds what the person entered, including their private answers, and no password hash", async () => {
    const user = await personWithProfile();
    await actAs(user);
    const data = await exportMyData();
    const text = JSON.stringify(data);
    expect(data.account?.email).toBe(user.email);
    expect(data.needsProfile).toMatchObject({
      hopes: "A very particular sentence about my hopes",
      dealbreakersNote: "My private note",
      avoidTopics: ["Parenting"],
      topics: [{ topic: "Grief and loss", livedExperienceMatters: true }],
    });
    expect(data.mentorProfile).toMatchObject({ intro: "My mentor intro text", motivation: "My motivation text" });
    expect(data.acknowledgments).toHaveLength(1);
    expect(text).not.toContain(user.passwordHash!);
    expect(text).not.toContain("$argon2");
  });

  it("only ever contains the viewer's own data", async () => {
    const other = await personWithProfile();
    await actAs(await makeUser());
    const data = await exportMyData();
    expect(JSON.stringify(data)).not.toContain(other.email);
    expect(data.needsProfile).toBeNull();
  });

  it("needs someone signed in", async () => {
    await actAs(null);
    expect(navigationDigest(await exportMyData().catch((e: unknown) => e))).toMatch(/NEXT_REDIRECT/);
  });
});

describe("delete my account", () => {
  it("refuses a wrong password and changes nothing", async () => {
    const user = await personWithProfile();
    await actAs(user);
    await expect(deleteMyAccount({ password: "not my password", confirm: "on" })).rejects.toBeInstanceOf(WrongPasswordError);
    expect(await db().$count(needsProfiles, eq(needsProfiles.userId, user.id))).toBe(1);
  });

  it("needs the confirmation box", async () => {
    const user = await personWithProfile();
    await actAs(user);
    await expect(deleteMyAccount({ password: PASSWORD })).rejects.toThrow(/Tick the box/);
  });

  it("erases profile text and personal data, ends sessions, and sign-in fails afterwards", async () => {
    const user = await personWithProfile();
    await actAs(user);
    await deleteMyAccount({ password: PASSWORD, confirm: "on" });

    expect(await getViewerState()).toMatchObject({ kind: "ended" });
    expect(await authenticate({ email: user.email, password: PASSWORD }, "10.9.9.9")).toEqual({ ok: false, code: "invalid" });
    const [row] = await db().select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({ name: "A former member", status: "deleted", passwordHash: null, emailVerified: null });
    expect(row?.email).not.toBe(user.email);
    for (const table of [needsProfiles, mentorProfiles, acknowledgments] as const) {
      expect(await db().$count(table, eq(table.userId, user.id))).toBe(0);
    }
    // Nothing in the remaining account row identifies the person.
    const remaining = await db().execute(sql`select u::text as row from users u where u.id = ${user.id}`);
    expect(JSON.stringify(remaining)).not.toContain(user.email);
    expect(JSON.stringify(remaining)).not.toContain(user.name);
    const rows = await auditEntries(eq(auditLog.targetUserId, user.id));
    expect(rows.map((r) => r.action)).toContain("account.delete");
  });

  it("ends the person's relationships without fault and tells the other person, so nobody is left waiting", async () => {
    const user = await personWithProfile();
    const other = await makeUser();
    const [rel] = await db()
      .insert(relationships)
      .values({ kind: "mentorship", seekerId: other.id, partnerId: user.id, ...pairOf(other.id, user.id) })
      .returning({ id: relationships.id });
    await actAs(user);
    await deleteMyAccount({ password: PASSWORD, confirm: "on" });
    const [after] = await db().select().from(relationships).where(eq(relationships.id, rel!.id));
    expect(after).toMatchObject({ status: "ended", endReason: "life-changed", endedById: user.id });
    const told = await db().select().from(notifications).where(eq(notifications.userId, other.id));
    expect(told.map((n) => n.kind)).toContain("relationship-ended");
  });

  it("frees the email address for a new account", async () => {
    const user = await personWithProfile();
    await actAs(user);
    await deleteMyAccount({ password: PASSWORD, confirm: "on" });
    const again = await makeUser({ email: user.email });
    expect(again.id).not.toBe(user.id);
  });
});
