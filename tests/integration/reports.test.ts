import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { reports } from "@/db/schema";
import { takeAction } from "@/lib/dal/staff/decisions";
import { describeReportTarget, getReportForStaff, listMyReports, reportContent } from "@/lib/dal/safety/reports";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { actAs, makeUser, navigationDigest } from "../support/factories";
import { NOT_FOUND, openRequestBetween, pairInRelationship, postMessage, rejection, writeEntry } from "../support/moderation";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

describe("reporting: you can only report what you can see", () => {
  it("a person reports their partner's message; the report points at it and copies nothing", async () => {
    const { seeker, mentor, relationshipId } = await pairInRelationship();
    const messageId = await postMessage(relationshipId, mentor.id, "send me your phone number, now");
    await actAs(seeker);
    const result = await reportContent({ targetKind: "message", targetId: messageId, category: "boundaries", note: "Keeps asking for my number" });
    expect(result).toMatchObject({ created: true, subjectName: mentor.name });
    const [row] = await db().select().from(reports).where(eq(reports.id, result.id));
    expect(row).toMatchObject({ reporterId: seeker.id, subjectId: mentor.id, targetKind: "message", targetId: messageId, relationshipId, status: "open", note: "Keeps asking for my number" });
    expect(JSON.stringify(row)).not.toContain("phone number");
  });

  it("a stranger cannot report someone else's message, nor learn that it exists", async () => {
    const { mentor, relationshipId } = await pairInRelationship();
    const messageId = await postMessage(relationshipId, mentor.id, "hello");
    await actAs(await makeUser());
    await expect(reportContent({ targetKind: "message", targetId: messageId, category: "spam", note: "" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(reportContent({ targetKind: "message", targetId: crypto.randomUUID(), category: "spam", note: "" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(describeReportTarget("message", messageId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().$count(reports, eq(reports.targetId, messageId))).toBe(0);
  });

  it("nobody reports their own words", async () => {
    const { seeker, relationshipId } = await pairInRelationship();
    const messageId = await postMessage(relationshipId, seeker.id, "my own words");
    await actAs(seeker);
    await expect(reportContent({ targetKind: "message", targetId: messageId, category: "spam", note: "" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("a check-in entry in your relationship can be reported; one in another relationship cannot", async () => {
    const { seeker, mentor, relationshipId } = await pairInRelationship();
    const entryId = await writeEntry(relationshipId, mentor.id, { arriving: "tired", onMind: "x", wouldHelp: "y" });
    await actAs(seeker);
    expect((await reportContent({ targetKind: "check_in_entry", targetId: entryId, category: "inappropriate", note: "" })).created).toBe(true);
    const other = await pairInRelationship();
    const otherEntry = await writeEntry(other.relationshipId, other.mentor.id, { arriving: "fine" });
    await expect(reportContent({ targetKind: "check_in_entry", targetId: otherEntry, category: "inappropriate", note: "" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a person or profile can be reported with a relationship or a request between you, else it is not found", async () => {
    const { seeker, mentor } = await pairInRelationship();
    const requester = await makeUser();
    await openRequestBetween(requester.id, seeker.id);
    const stranger = await makeUser();
    await actAs(seeker);
    expect(await describeReportTarget("person", mentor.id)).toMatchObject({ kind: "person", subjectName: mentor.name });
    expect((await reportContent({ targetKind: "person", targetId: mentor.id, category: "harassment", note: "" })).created).toBe(true);
    expect((await reportContent({ targetKind: "profile", targetId: requester.id, category: "impersonation", note: "" })).created).toBe(true);
    await expect(reportContent({ targetKind: "person", targetId: stranger.id, category: "harassment", note: "" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(reportContent({ targetKind: "person", targetId: seeker.id, category: "harassment", note: "" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a double submit, even at once, makes one open report", async () => {
    const { seeker, mentor, relationshipId } = await pairInRelationship();
    const messageId = await postMessage(relationshipId, mentor.id, "rude words");
    await actAs(seeker);
    const input = { targetKind: "message", targetId: messageId, category: "harassment", note: "twice" };
    const results = await Promise.all(Array.from({ length: 6 }, () => reportContent(input)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db().$count(reports, and(eq(reports.targetId, messageId), eq(reports.reporterId, seeker.id)))).toBe(1);
  });

  it("validates the category and the note's length", async () => {
    const { seeker, mentor } = await pairInRelationship();
    await actAs(seeker);
    await expect(reportContent({ targetKind: "person", targetId: mentor.id, category: "nonsense", note: "" })).rejects.toThrow();
    await expect(reportContent({ targetKind: "person", targetId: mentor.id, category: "other", note: "x".repeat(1001) })).rejects.toThrow();
  });
});

describe("the reporter's own list", () => {
  it("shows only their reports, with the decision in plain words and never who decided", async () => {
    const { seeker, mentor, relationshipId } = await pairInRelationship();
    const messageId = await postMessage(relationshipId, mentor.id, "words");
    const moderator = await makeUser({ name: "Moderator Quinn", roles: ["moderator"] });
    await actAs(seeker);
    const { id } = await reportContent({ targetKind: "message", targetId: messageId, category: "harassment", note: "" });
    await actAs(await makeUser());
    expect(await listMyReports()).toEqual([]);

    await actAs(moderator);
    await takeAction({ itemKind: "report", itemId: id, action: "dismiss", reason: "Read in context, it was a joke between them" });
    await actAs(seeker);
    const [mine] = await listMyReports();
    expect(mine).toMatchObject({ id, status: "resolved", subjectName: mentor.name, decision: expect.stringContaining("no action was needed") });
    expect(JSON.stringify(mine)).not.toContain("Quinn");
    expect(JSON.stringify(mine)).not.toContain("a joke between them");
  });

  it("the staff view of a report is a 404 for anyone else", async () => {
    const { seeker, mentor } = await pairInRelationship();
    await actAs(seeker);
    const { id } = await reportContent({ targetKind: "person", targetId: mentor.id, category: "other", note: "" });
    expect(navigationDigest(await rejection(getReportForStaff(id)))).toBe(NOT_FOUND);
    await actAs(await makeUser({ roles: ["moderator"] }));
    expect(await getReportForStaff(id)).toMatchObject({ id, reporterName: seeker.name, subject: { id: mentor.id, mayAct: true } });
  });
});
