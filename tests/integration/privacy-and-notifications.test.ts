import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { mailOutbox, messages, notifications, relationships } from "@/db/schema";
import { rotateDataKeys } from "@/lib/dal/system/key-rotation";
import { pairOf } from "@/lib/dal/matching/requests";
import { listMyNotifications, markNotificationsRead, myUnreadNotificationCount, notify, openNotification } from "@/lib/dal/notifications/bell";
import { contexts, parseKeyring, seal, unseal } from "@/lib/privacy/encryption";
import { actAs, makeUser } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const oldKey = randomBytes(32).toString("base64");
const newKey = randomBytes(32).toString("base64");

async function relationshipBetween() {
  const seeker = await makeUser();
  const mentor = await makeUser({ roles: ["mentor"] });
  const [rel] = await db()
    .insert(relationships)
    .values({ kind: "mentorship", seekerId: seeker.id, partnerId: mentor.id, ...pairOf(seeker.id, mentor.id) })
    .returning();
  return { seeker, mentor, rel: rel! };
}

describe("key rotation", () => {
  it("re-encrypts rows sealed with an older key, leaves the text the same, and can run again", async () => {
    const { seeker, rel } = await relationshipBetween();
    const before = parseKeyring(`old:${oldKey}`);
    const texts = ["first words", "second words", "third words"];
    for (const text of texts) {
      const sealed = seal(text, contexts.message(rel.id), before);
      await db().insert(messages).values({ relationshipId: rel.id, authorId: seeker.id, body: sealed.ciphertext, keyId: sealed.keyId, clientKey: crypto.randomUUID(), createdAt: new Date() });
    }
    const after = parseKeyring(`new:${newKey},old:${oldKey}`);
    const report = await rotateDataKeys({ ring: after, batchSize: 2 });
    expect(report.rewritten["messages.body"]).toBe(3);
    const rows = await db().select().from(messages).where(eq(messages.relationshipId, rel.id));
    expect(rows.every((r) => r.keyId === "new")).toBe(true);
    // The old key is no longer needed to read them.
    const onlyNew = parseKeyring(`new:${newKey}`);
    expect(rows.map((r) => unseal({ ciphertext: r.body, keyId: r.keyId }, contexts.message(rel.id), onlyNew)).sort()).toEqual([...texts].sort());
    expect((await rotateDataKeys({ ring: after })).rewritten["messages.body"]).toBe(0);
  });
});

describe("notifications", () => {
  let person: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    person = await makeUser();
  });

  it("twenty concurrent calls with one dedupe key make one notification and one email", async () => {
    const key = `due:${crypto.randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => notify({ userId: person.id, kind: "check-in-due", dedupeKey: key, title: "A check-in tomorrow", body: "Your check-in opens tomorrow.", href: "/relationships", email: true })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const rows = await db().select().from(notifications).where(eq(notifications.dedupeKey, key));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.emailedAt).not.toBeNull();
    const mails = await db().select().from(mailOutbox).where(eq(mailOutbox.to, person.email));
    expect(mails.filter((m) => m.subject === "A check-in tomorrow")).toHaveLength(1);
  });

  it("each person reads, counts and opens only their own", async () => {
    const other = await makeUser();
    await notify({ userId: person.id, kind: "absence-announced", dedupeKey: `a:${crypto.randomUUID()}`, title: "Mine", body: "For me", href: "/relationships" });
    await notify({ userId: other.id, kind: "absence-announced", dedupeKey: `b:${crypto.randomUUID()}`, title: "Theirs", body: "Not for me", href: "/relationships" });
    await actAs(person);
    const mine = await listMyNotifications();
    expect(mine.map((n) => n.title)).toContain("Mine");
    expect(mine.map((n) => n.title)).not.toContain("Theirs");
    const [theirs] = await db().select().from(notifications).where(eq(notifications.userId, other.id));
    expect(await openNotification(theirs!.id)).toBeNull();
    expect(await openNotification("not-a-uuid")).toBeNull();
    const [stillUnread] = await db().select({ readAt: notifications.readAt }).from(notifications).where(eq(notifications.id, theirs!.id));
    expect(stillUnread!.readAt).toBeNull();

    expect(await myUnreadNotificationCount()).toBeGreaterThan(0);
    await markNotificationsRead();
    expect(await myUnreadNotificationCount()).toBe(0);
    await actAs(other);
    expect(await myUnreadNotificationCount()).toBe(1);
  });

  it("opening a notification goes only to a path inside the app", async () => {
    await notify({ userId: person.id, kind: "absence-announced", dedupeKey: `c:${crypto.randomUUID()}`, title: "Outside", body: "x", href: "//evil.example" });
    const [row] = await db().select().from(notifications).where(sql`${notifications.title} = 'Outside'`);
    await actAs(person);
    expect(await openNotification(row!.id)).toBeNull();
  });
});
