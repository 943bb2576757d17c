import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { auditLog, needsProfiles, needsProfileTopics, topics } from "@/db/schema";
import { addTopic, listActiveTopics, listTopicsForAdmin, renameTopic, setTopicRetired } from "@/lib/dal/staff/topics";
import { ConflictError } from "@/lib/errors";
import { actAs, makeUser, navigationDigest } from "../support/factories";
import { auditEntries } from "../support/audit";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

describe("topic list", () => {
  it("starts with the starter topics from the migration", async () => {
    const names = (await listActiveTopics()).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["Grief and loss", "Loneliness", "Parenting", "Caring for someone"]));
  });

  it("is managed by admins only: moderators and everyone else get a 404", async () => {
    for (const roles of [["moderator"], ["seeker"], ["mentor"]] as const) {
      await actAs(await makeUser({ roles: [...roles] }));
      expect(navigationDigest(await addTopic({ name: "Sneaky" }).catch((e: unknown) => e))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
      expect(navigationDigest(await listTopicsForAdmin().catch((e: unknown) => e))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    }
    expect((await listActiveTopics()).map((t) => t.name)).not.toContain("Sneaky");
  });

  it("adds, renames and retires without breaking the profiles that name a topic", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    await actAs(admin);
    const topic = await addTopic({ name: "Living abroad" });
    await expect(addTopic({ name: "living  abroad!" })).rejects.toBeInstanceOf(ConflictError);

    const seeker = await makeUser();
    await db().insert(needsProfiles).values({ userId: seeker.id });
    await db().insert(needsProfileTopics).values({ userId: seeker.id, topicId: topic.id });

    await renameTopic({ topicId: topic.id, name: "Living in another country" });
    await setTopicRetired({ topicId: topic.id }, true);
    expect((await listActiveTopics()).map((t) => t.id)).not.toContain(topic.id);

    const kept = await db()
      .select({ name: topics.name })
      .from(needsProfileTopics)
      .innerJoin(topics, eq(topics.id, needsProfileTopics.topicId))
      .where(eq(needsProfileTopics.userId, seeker.id));
    expect(kept).toEqual([{ name: "Living in another country" }]);
    const row = (await listTopicsForAdmin()).find((t) => t.id === topic.id);
    expect(row).toMatchObject({ seekers: 1, mentors: 0 });
    expect(row?.retiredAt).not.toBeNull();

    await setTopicRetired({ topicId: topic.id }, false);
    expect((await listActiveTopics()).map((t) => t.id)).toContain(topic.id);
    const actions = (await auditEntries(eq(auditLog.actorId, admin.id))).map((a) => a.action);
    expect(actions).toEqual(["topic.add", "topic.rename", "topic.retire", "topic.restore"]);
  });
});
