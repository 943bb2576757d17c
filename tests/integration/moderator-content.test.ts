import { and, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { auditLog } from "@/db/schema";
import { accessRelationship } from "@/lib/dal/relationship/access";
import { breakGlass, readReportedContent } from "@/lib/dal/staff/moderator-content";
import { reportContent } from "@/lib/dal/safety/reports";
import { raiseSafetyItem } from "@/lib/dal/safety/safety-items";
import { NotFoundError } from "@/lib/errors";
import { actAs, makeUser } from "../support/factories";
import { pairInRelationship, postMessage, writeEntry } from "../support/moderation";

import { auditEntries } from "../support/audit";
vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

/** A thread of `count` messages, a minute apart, alternating authors; returns their ids in order. */
async function thread(count: number) {
  const pair = await pairInRelationship();
  const start = Date.now() - count * 60_000;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const author = i % 2 === 0 ? pair.seeker : pair.mentor;
    ids.push(await postMessage(pair.relationshipId, author.id, `message number ${i}`, new Date(start + i * 60_000)));
  }
  return { ...pair, ids };
}

const audits = (actorId: string, action: string) => auditEntries(and(eq(auditLog.actorId, actorId), eq(auditLog.action, action)));

describe("a moderator reads private words only through a report, a safety item or break glass", () => {
  afterEach(async () => {
    await db().execute(sql`alter table audit_log drop constraint if exists audit_fail_test`);
  });

  it("without any of them, there is no way into the thread", async () => {
    const { relationshipId, ids } = await thread(3);
    const moderator = await makeUser({ roles: ["moderator"] });
    await actAs(moderator);
    // The thread's own door only lets its two people in.
    await expect(accessRelationship(relationshipId)).rejects.toBeInstanceOf(NotFoundError);
    // A message id is not an item: nothing to read.
    await expect(readReportedContent("report", ids[0]!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(readReportedContent("safety_item", ids[0]!)).rejects.toBeInstanceOf(NotFoundError);
    // Break glass needs a real reason.
    await expect(breakGlass({ relationshipId, reason: "just curious" })).rejects.toThrow(/at least 20 characters/);
    await expect(breakGlass({ relationshipId })).rejects.toThrow();
    expect(await db().$count(auditLog, eq(auditLog.actorId, moderator.id))).toBe(0);
  });

  it("a report shows the reported message with three messages either side, decrypted, and the read is audited without words", async () => {
    const { seeker, ids, relationshipId } = await thread(10);
    // The seeker reports message 5 (the mentor's).
    await actAs(seeker);
    const { id: reportId } = await reportContent({ targetKind: "message", targetId: ids[5]!, category: "harassment", note: "" });
    const moderator = await makeUser({ roles: ["moderator"] });
    await actAs(moderator);
    const content = await readReportedContent("report", reportId);
    if (content.kind !== "message") throw new Error(`expected a message, got ${content.kind}`);
    expect(content.relationshipId).toBe(relationshipId);
    expect(content.lines.map((l) => l.text)).toEqual([2, 3, 4, 5, 6, 7, 8].map((i) => `message number ${i}`));
    expect(content.lines.filter((l) => l.focus).map((l) => l.id)).toEqual([ids[5]]);
    const [audit] = await audits(moderator.id, "content.read_for_report");
    expect(audit).toMatchObject({ details: expect.objectContaining({ itemKind: "report", itemId: reportId, targetId: ids[5], messageIds: ids.slice(2, 9) }) });
    expect(JSON.stringify(audit)).not.toContain("message number");

    // Each read writes its own row.
    await readReportedContent("report", reportId);
    expect(await audits(moderator.id, "content.read_for_report")).toHaveLength(2);
  });

  it("a safety item on a check-in entry shows the entry and the messages around it, audited", async () => {
    const { seeker, relationshipId } = await thread(4);
    const entryId = await writeEntry(relationshipId, seeker.id, { arriving: "heavy", onMind: "I can't cope anymore", wouldHelp: "someone to listen" });
    const { id } = await raiseSafetyItem({ level: "concern", subjectId: seeker.id, targetKind: "check_in_entry", targetId: entryId, relationshipId, reasons: ["not coping"] });
    const moderator = await makeUser({ roles: ["moderator"] });
    await actAs(moderator);
    const content = await readReportedContent("safety_item", id);
    if (content.kind !== "check_in_entry") throw new Error(`expected an entry, got ${content.kind}`);
    expect(content.entry.answers).toEqual([
      { label: "How I'm arriving", text: "heavy" },
      { label: "On my mind", text: "I can't cope anymore" },
      { label: "What would help", text: "someone to listen" },
    ]);
    expect(await audits(moderator.id, "content.read_for_safety_item")).toHaveLength(1);
  });

  it("when the audit row can't be written, nothing is read", async () => {
    const { seeker, ids } = await thread(3);
    await actAs(seeker);
    const { id: reportId } = await reportContent({ targetKind: "message", targetId: ids[1]!, category: "spam", note: "" });
    await actAs(await makeUser({ roles: ["moderator"] }));
    await db().execute(sql`alter table audit_log add constraint audit_fail_test check (action not like 'content.%') not valid`);
    await expect(readReportedContent("report", reportId)).rejects.toThrow();
    await expect(breakGlass({ relationshipId: (await thread(1)).relationshipId, reason: "Checking on a reported safety concern" })).rejects.toThrow();
  });

  it("break glass gives the last 50 messages for a written reason, audited for both people with the reason", async () => {
    const { seeker, mentor, relationshipId } = await thread(55);
    const moderator = await makeUser({ roles: ["moderator"] });
    await actAs(moderator);
    const reason = "Two missed check-ins and a worrying report from the seeker";
    const result = await breakGlass({ relationshipId, reason });
    expect(result.lines).toHaveLength(50);
    expect(result.lines[0]!.text).toBe("message number 5");
    expect(result.lines.at(-1)!.text).toBe("message number 54");
    expect(result.names).toEqual({ seeker: seeker.name, partner: mentor.name });
    const rows = await audits(moderator.id, "content.break_glass");
    expect(rows.map((r) => r.targetUserId).sort()).toEqual([seeker.id, mentor.id].sort());
    for (const row of rows) expect(row).toMatchObject({ reason, details: { relationshipId, messageCount: 50 } });
  });
});
