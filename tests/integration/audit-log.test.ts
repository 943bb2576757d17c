import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db, transaction } from "@/db/client";
import { auditLog, auditReasons, users } from "@/db/schema";
import { recordAudit } from "@/lib/dal/system/audit";
import { AUDIT_PAGE_SIZE, auditActionNames, listAuditLog, summariseDetails } from "@/lib/dal/staff/audit-view";
import { readAuditFilter } from "@/lib/validation/admin-audit";
import { actAs, makeUser, navigationDigest } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

/** The message of a failed query and of its cause (drizzle wraps the driver's error). */
async function failureOf(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    const parts: string[] = [];
    for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) parts.push(String((e as Error).message ?? e));
    return parts.join(" | ");
  }
  throw new Error("expected the statement to be refused");
}

async function oneEntry(overrides: Partial<typeof auditLog.$inferInsert> = {}) {
  const actor = await makeUser({ roles: ["moderator"] });
  const [row] = await db()
    .insert(auditLog)
    .values({ actorId: actor.id, action: "account.suspend", details: { from: "active" }, ...overrides })
    .returning();
  await db().insert(auditReasons).values({ auditId: row!.id, reason: "Original reason" });
  return row!;
}

describe("the audit log is append-only, whoever asks", () => {
  it("refuses UPDATE, DELETE and TRUNCATE in raw SQL, and the row stays as it was", async () => {
    const entry = await oneEntry();
    const before = await db().select().from(auditLog).where(eq(auditLog.id, entry.id));

    expect(await failureOf(() => db().execute(sql`update audit_log set action = 'rewritten' where id = ${entry.id}`))).toContain(
      "audit_log is append-only: UPDATE is not allowed",
    );
    expect(await failureOf(() => db().execute(sql`delete from audit_log where id = ${entry.id}`))).toContain(
      "audit_log is append-only: DELETE is not allowed",
    );
    // Refused by the trigger, or first by the reasons' foreign key: either way nothing goes.
    expect(await failureOf(() => db().execute(sql`truncate audit_log`))).toMatch(/audit_log is append-only: TRUNCATE is not allowed|foreign key/);
    expect(await failureOf(() => db().execute(sql`truncate audit_log cascade`))).toMatch(/append-only/);

    expect(await db().select().from(auditLog).where(eq(auditLog.id, entry.id))).toEqual(before);
  });

  it("keeps each reason with its entry: a reason is never deleted, truncated or moved to another entry", async () => {
    const entry = await oneEntry();
    const other = await oneEntry();
    expect(await failureOf(() => db().delete(auditReasons).where(eq(auditReasons.auditId, entry.id)))).toContain("append-only");
    expect(await failureOf(() => db().execute(sql`truncate audit_reasons`))).toContain("append-only");
    expect(await failureOf(() => db().execute(sql`update audit_reasons set audit_id = ${other.id + 1000000} where audit_id = ${entry.id}`))).toContain("append-only");
    const [reason] = await db().select().from(auditReasons).where(eq(auditReasons.auditId, entry.id));
    expect(reason?.reason).toBe("Original reason");
    // Sealed at rest.
    const result = await db().execute(sql`select reason from audit_reasons where audit_id = ${entry.id}`);
    const raw = (Array.isArray(result) ? result : (result as unknown as { rows: { reason: string }[] }).rows) as { reason: string }[];
    expect(raw[0]!.reason).toMatch(/^sealed:/);
  });

  it("refuses changes made through the query builder and inside a transaction too", async () => {
    const entry = await oneEntry();
    expect(await failureOf(() => db().update(auditLog).set({ action: "nothing.happened" }).where(eq(auditLog.id, entry.id)))).toContain(
      "append-only",
    );
    expect(
      await failureOf(() =>
        transaction(async (tx) => {
          await tx.insert(auditLog).values({ action: "test.inside" });
          await tx.delete(auditLog).where(eq(auditLog.id, entry.id));
        }),
      ),
    ).toContain("append-only");
    // The whole transaction rolled back, including the insert before the refused delete.
    expect(await db().$count(auditLog, eq(auditLog.action, "test.inside"))).toBe(0);
    const [after] = await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.id, entry.id));
    expect(after?.action).toBe("account.suspend");
  });

  it("keeps an account that appears in the log from being hard-deleted (accounts are tombstoned instead)", async () => {
    const entry = await oneEntry();
    expect(await failureOf(() => db().delete(users).where(eq(users.id, entry.actorId!)))).toContain("append-only");
    expect(await db().$count(users, eq(users.id, entry.actorId!))).toBe(1);
  });

  it("uses the trigger's own SQLSTATE, so callers can tell it from other failures", async () => {
    const entry = await oneEntry();
    const codes: string[] = [];
    try {
      await db().execute(sql`delete from audit_log where id = ${entry.id}`);
    } catch (error) {
      for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
        const code = (e as { code?: string }).code;
        if (code) codes.push(code);
      }
    }
    expect(codes).toContain("42501"); // insufficient_privilege
  });
});

describe("the audit log view", () => {
  it("is for admins only: moderators, seekers, mentors and nobody signed in get a 404", async () => {
    for (const roles of [["moderator"], ["seeker"], ["mentor"]] as const) {
      await actAs(await makeUser({ roles: [...roles] }));
      expect(navigationDigest(await listAuditLog({}).catch((e: unknown) => e))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
      expect(navigationDigest(await auditActionNames().catch((e: unknown) => e))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    }
    await actAs(null);
    expect(navigationDigest(await listAuditLog({}).catch((e: unknown) => e))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("shows who, what, to whom, why and when, newest first", async () => {
    const tag = `view${randomUUID().slice(0, 6)}`;
    const actor = await makeUser({ name: `Actor ${tag}`, roles: ["moderator"] });
    const target = await makeUser({ name: `Target ${tag}` });
    await recordAudit({ actorId: actor.id, action: `${tag}.first` as never, targetUserId: target.id, reason: "First reason" });
    await db().insert(auditLog).values({ actorId: actor.id, action: `${tag}.second`, details: { topicId: "t1", from: "Old", to: "New" } });
    await actAs(await makeUser({ roles: ["admin"] }));
    const { entries, newer, older } = await listAuditLog({ action: tag });
    expect(entries.map((e) => e.action)).toEqual([`${tag}.second`, `${tag}.first`]);
    expect(entries[1]).toMatchObject({
      actor: { name: `Actor ${tag}`, email: actor.email },
      target: { name: `Target ${tag}`, email: target.email },
      reason: "First reason",
      details: [],
    });
    expect(entries[1]!.createdAt).toBeInstanceOf(Date);
    // jsonb keeps keys in its own order.
    expect(entries[0]!.details).toHaveLength(3);
    expect(entries[0]!.details).toEqual(
      expect.arrayContaining([
        { key: "topicId", value: "t1" },
        { key: "from", value: "Old" },
        { key: "to", value: "New" },
      ]),
    );
    expect([newer, older]).toEqual([null, null]);
    expect(await auditActionNames()).toEqual(expect.arrayContaining([`${tag}.first`, `${tag}.second`]));
  });

  it("filters by action prefix, actor, person affected and dates, and treats wildcards as text", async () => {
    const tag = `filter${randomUUID().slice(0, 6)}`;
    const ana = await makeUser({ name: `Ana ${tag}`, roles: ["moderator"] });
    const ben = await makeUser({ name: `Ben ${tag}`, roles: ["admin"] });
    const cleo = await makeUser({ name: `Cleo ${tag}` });
    await db()
      .insert(auditLog)
      .values([
        { actorId: ana.id, action: `${tag}.account.suspend`, targetUserId: cleo.id, createdAt: new Date("2025-03-01T10:00:00Z") },
        { actorId: ben.id, action: `${tag}.account.reinstate`, targetUserId: cleo.id, createdAt: new Date("2025-03-05T23:59:00Z") },
        { actorId: ben.id, action: `${tag}.topic.add`, createdAt: new Date("2025-03-06T00:00:00Z") },
      ]);
    await actAs(ben);
    const actions = async (filter: Parameters<typeof listAuditLog>[0]) => (await listAuditLog(filter)).entries.map((e) => e.action.slice(tag.length + 1));

    expect(await actions({ action: `${tag}.account.` })).toEqual(["account.reinstate", "account.suspend"]);
    expect(await actions({ action: tag, actor: `ana ${tag}` })).toEqual(["account.suspend"]);
    expect(await actions({ action: tag, actor: ben.email })).toEqual(["topic.add", "account.reinstate"]);
    expect(await actions({ action: tag, person: `Cleo ${tag}` })).toEqual(["account.reinstate", "account.suspend"]);
    // "to" includes the whole day it names (UTC).
    expect(await actions({ action: tag, from: "2025-03-02", to: "2025-03-05" })).toEqual(["account.reinstate"]);
    expect(await actions({ action: tag, from: "2025-03-06" })).toEqual(["topic.add"]);
    expect(await actions({ action: `${tag}%` })).toEqual([]);
    expect(await actions({ action: tag, actor: "%" })).toEqual([]);
  });

  it("pages 50 at a time, older and back to newer, without gaps or repeats", async () => {
    const tag = `page${randomUUID().slice(0, 6)}`;
    const total = AUDIT_PAGE_SIZE * 2 + 7;
    await db()
      .insert(auditLog)
      .values(Array.from({ length: total }, (_, i) => ({ action: `${tag}.n${String(i).padStart(3, "0")}` })));
    await actAs(await makeUser({ roles: ["admin"] }));

    const first = await listAuditLog({ action: tag });
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.newer).toBeNull();
    const second = await listAuditLog({ action: tag, before: first.older! });
    const third = await listAuditLog({ action: tag, before: second.older! });
    expect(third.entries).toHaveLength(7);
    expect(third.older).toBeNull();
    const seen = [...first.entries, ...second.entries, ...third.entries].map((e) => e.action);
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => `${tag}.n${String(total - 1 - i).padStart(3, "0")}`));

    // Back towards newer: the same pages, newest first within each.
    const backToSecond = await listAuditLog({ action: tag, after: third.newer! });
    expect(backToSecond.entries.map((e) => e.id)).toEqual(second.entries.map((e) => e.id));
    const backToFirst = await listAuditLog({ action: tag, after: backToSecond.newer! });
    expect(backToFirst.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
    expect(backToFirst.newer).toBeNull();
    expect(backToFirst.older).toBe(first.older);
  });
});

describe("details and filters are read defensively", () => {
  it("never shows values under keys that could hold someone's words or a secret", () => {
    expect(
      summariseDetails({
        relationshipId: "r1",
        messageId: "m1",
        note: "my private words",
        closingReflection: "more private words",
        email: "someone@example.test",
        nested: { text: "hidden", kind: "message" },
        long: "x".repeat(300),
        list: ["a", "b"],
      }),
    ).toEqual([
      { key: "relationshipId", value: "r1" },
      { key: "messageId", value: "m1" },
      { key: "note", value: "(not shown)" },
      { key: "closingReflection", value: "(not shown)" },
      { key: "email", value: "(not shown)" },
      { key: "nested", value: '{"text":"(not shown)","kind":"message"}' },
      { key: "long", value: `${"x".repeat(119)}…` },
      { key: "list", value: "a, b" },
    ]);
    expect(summariseDetails(null)).toEqual([]);
  });

  it("drops filters that do not parse instead of failing the page", () => {
    expect(readAuditFilter({ action: " role. ", from: "2025-02-30", to: "2025-03-01", before: "-3", after: "12", actor: ["a", "b"] })).toEqual({
      action: "role.",
      to: "2025-03-01",
      after: 12,
    });
  });
});
