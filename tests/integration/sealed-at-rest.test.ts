import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { appeals, auditReasons, matchRequests, moderationActions, relationships, needsProfiles, notifications, reports, users } from "@/db/schema";
import { OWNER_SEALED_COLUMNS, SEALED_COLUMNS } from "@/db/schema/sealed";
import { rotateDataKeys, sealColumnValues, sealOwnerColumns } from "@/lib/dal/system/key-rotation";
import { recordAudit } from "@/lib/dal/system/audit";
import { keyring, parseKeyring } from "@/lib/privacy/encryption";
import { makeUser } from "../support/factories";
import { makeSeeker } from "../support/profiles";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const rows = async <T,>(query: ReturnType<typeof sql>) => {
  const result = await db().execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
};

/** Every sealed column's raw text, as a dump or a curious operator would see it. */
async function rawDump() {
  const out: string[] = [];
  for (const column of [...SEALED_COLUMNS, ...OWNER_SEALED_COLUMNS]) {
    const [table, name] = column.split(".") as [string, string];
    const values = await rows<{ v: string | null }>(sql`select ${sql.identifier(name)}::text as v from ${sql.identifier(table)}`);
    out.push(...values.map((r) => r.v ?? ""));
  }
  return out.join("\n");
}

describe("people's words are sealed at rest", () => {
  it("raw columns hold no profile words, preferences, notes, appeals, reasons or quoted notification text", async () => {
    const seeker = await makeSeeker({
      ownWords: "OWN-WORDS-grieving my brother",
      hopes: "HOPES-someone steady",
      dealbreakersNote: "DB-NOTE-no advice please",
      preferredGenders: ["woman"],
      preferredAgeBands: ["35-44"],
      dealbreakers: ["advice-giving" as never],
    });
    const other = await makeUser();
    await db().update(users).set({ statusReason: "STATUS-REASON-for the suspension" }).where(eq(users.id, other.id));
    await db().insert(reports).values({ reporterId: seeker.id, subjectId: other.id, targetKind: "person", targetId: other.id, category: "other", note: "REPORT-NOTE-they frightened me", createdAt: new Date() });
    const [action] = await db()
      .insert(moderationActions)
      .values({ moderatorId: null, subjectId: other.id, action: "suspend", reason: "ACTION-REASON-repeated harassment", createdAt: new Date() } as never)
      .returning({ id: moderationActions.id });
    await db().insert(appeals).values({ actionId: action!.id, userId: other.id, text: "APPEAL-TEXT-please look again", createdAt: new Date() });
    await db().insert(notifications).values({ userId: seeker.id, kind: "test", dedupeKey: `t-${randomBytes(4).toString("hex")}`, title: "A note", body: "NOTIFY-BODY-they wrote: I miss you", href: "/", createdAt: new Date() });
    const [low, high] = seeker.id < other.id ? [seeker.id, other.id] : [other.id, seeker.id];
    await db().insert(matchRequests).values({ kind: "mentorship", fromId: seeker.id, toId: other.id, pairLow: low, pairHigh: high, status: "declined", expiresAt: new Date(), note: "REQUEST-NOTE-i lost my brother too", responseNote: "RESPONSE-NOTE-not the right time for me" });
    await db().insert(relationships).values({ kind: "mentorship", seekerId: seeker.id, partnerId: other.id, pairLow: low, pairHigh: high, status: "ended", endedAt: new Date(), endReason: "other", endReflection: "END-REFLECTION-thank you for every tuesday" });
    await recordAudit({ actorId: other.id, action: "content.break_glass", targetUserId: seeker.id, reason: "BREAK-GLASS-checking a report about them" });

    const dump = await rawDump();
    for (const secret of ["OWN-WORDS", "HOPES-", "DB-NOTE", "woman", "35-44", "advice-giving", "STATUS-REASON", "REPORT-NOTE", "ACTION-REASON", "APPEAL-TEXT", "NOTIFY-BODY", "BREAK-GLASS", "REQUEST-NOTE", "RESPONSE-NOTE", "END-REFLECTION"]) {
      expect(dump, secret).not.toContain(secret);
    }
    // …and the app reads them back as they were written.
    const [profile] = await db().select().from(needsProfiles).where(eq(needsProfiles.userId, seeker.id));
    expect(profile).toMatchObject({ ownWords: "OWN-WORDS-grieving my brother", preferredGenders: ["woman"], preferredAgeBands: ["35-44"], dealbreakers: ["advice-giving"] });
    const [stored] = await rows<{ v: string }>(sql`select own_words as v from needs_profiles where user_id = ${seeker.id}`);
    expect(stored!.v).toMatch(/^sealed:[\w-]+:/);
  });

  it("values written before encryption are sealed by the start-up pass, and still read the same", async () => {
    const seeker = await makeSeeker();
    // As migration 0008 leaves older rows: plain text, and lists as JSON text.
    await db().execute(sql`update needs_profiles set own_words = 'PLAIN-OLD words', preferred_genders = '["man"]' where user_id = ${seeker.id}`);
    const [before] = await db().select().from(needsProfiles).where(eq(needsProfiles.userId, seeker.id));
    expect(before).toMatchObject({ ownWords: "PLAIN-OLD words", preferredGenders: ["man"] });

    const sealed = await sealColumnValues({ onlyPlain: true });
    expect(sealed["needs_profiles.own_words"]).toBeGreaterThanOrEqual(1);
    expect(await rawDump()).not.toContain("PLAIN-OLD");
    const [after] = await db().select().from(needsProfiles).where(eq(needsProfiles.userId, seeker.id));
    expect(after).toMatchObject({ ownWords: "PLAIN-OLD words", preferredGenders: ["man"] });
  });

  it("audit reasons recorded before they were sealed (migration 0018 copies them as they were) are sealed by the owner's start-up pass", async () => {
    const actor = await makeUser({ roles: ["moderator"] });
    const [entry] = await rows<{ id: number }>(sql`insert into audit_log (actor_id, action) values (${actor.id}, 'account.suspend') returning id`);
    await db().execute(sql`insert into audit_reasons (audit_id, reason) values (${entry!.id}, 'PLAIN-AUDIT reason from before')`);
    const sealed = await sealOwnerColumns({ onlyPlain: true });
    expect(sealed["audit_reasons.reason"]).toBeGreaterThanOrEqual(1);
    expect(await rawDump()).not.toContain("PLAIN-AUDIT");
    const [reason] = await db().select().from(auditReasons).where(eq(auditReasons.auditId, entry!.id));
    expect(reason!.reason).toBe("PLAIN-AUDIT reason from before");
  });

  it("key rotation re-seals them with the new key", async () => {
    const seeker = await makeSeeker({ ownWords: "ROTATE-me" });
    const old = keyring();
    const oldSpec = [...old.keys].map(([id, key]) => `${id}:${key.toString("base64")}`).join(",");
    const ring = parseKeyring(`fresh${randomBytes(3).toString("hex")}:${randomBytes(32).toString("base64")},${oldSpec}`);
    const report = await rotateDataKeys({ ring });
    expect(report.rewritten["needs_profiles.own_words"]).toBeGreaterThanOrEqual(1);
    const [stored] = await rows<{ v: string }>(sql`select own_words as v from needs_profiles where user_id = ${seeker.id}`);
    expect(stored!.v.startsWith(`sealed:${ring.currentId}:`)).toBe(true);
    // Audit reasons too (as the owner role: the serving role may only add them).
    expect(report.rewritten["audit_reasons.reason"]).toBeGreaterThanOrEqual(1);
    const [reason] = await rows<{ v: string }>(sql`select reason as v from audit_reasons order by audit_id desc limit 1`);
    expect(reason!.v.startsWith(`sealed:${ring.currentId}:`)).toBe(true);
  });
});
