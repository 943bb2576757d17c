import { describe, expect, it, vi } from "vitest";
import { circleQueueItems } from "@/lib/dal/circle/moderation";
import { listUnrepairedRuptures } from "@/lib/dal/relationship/ruptures";
import { reportContent } from "@/lib/dal/safety/reports";
import { raiseSafetyItem } from "@/lib/dal/safety/safety-items";
import { heldPostsForStaff } from "@/lib/dal/space/moderation";
import { claimItem } from "@/lib/dal/staff/claims";
import { moderationQueue } from "@/lib/dal/staff/queue";
import { withRequestScope } from "@/lib/dal/system/request-scope";
import { actAs, makeUser } from "../support/factories";
import { pairInRelationship, postMessage } from "../support/moderation";
import { changedTables, fingerprint, statementsDuring } from "../support/statements";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

/** What rendering /admin/queue asks of the data layer (app/admin/queue/page.tsx and the sections it renders). */
function renderQueuePage(filter: Record<string, string> = {}) {
  return Promise.all([moderationQueue(filter), heldPostsForStaff(30), circleQueueItems(), listUnrepairedRuptures()]);
}

/** `n` more reported messages and `n` more safety items, some of them claimed by `moderator`. */
async function fillQueue(n: number, moderator: { id: string }) {
  for (let i = 0; i < n; i++) {
    const pair = await pairInRelationship();
    const messageId = await postMessage(pair.relationshipId, pair.mentor.id, "unkind words");
    await actAs(pair.seeker);
    const { id: reportId } = await reportContent({ targetKind: "message", targetId: messageId, category: i % 2 ? "harassment" : "spam", note: "" });
    const item = await raiseSafetyItem({ level: i % 3 ? "concern" : "crisis", subjectId: pair.mentor.id, targetKind: "message", targetId: messageId, relationshipId: pair.relationshipId, reasons: [] });
    await actAs(moderator);
    if (i % 2) await claimItem({ itemKind: "report", itemId: reportId });
    else await claimItem({ itemKind: "safety_item", itemId: item.id });
  }
}

async function statementsOfPage(filter?: Record<string, string>) {
  const before = await fingerprint();
  let page: Awaited<ReturnType<typeof renderQueuePage>> | undefined;
  const statements = await statementsDuring(async () => {
    page = await withRequestScope(() => renderQueuePage(filter));
  });
  expect(changedTables(before, await fingerprint())).toEqual([]);
  return { statements, queue: page![0] };
}

describe("rendering the moderators' queue", () => {
  it("reads the viewer once, writes nothing, and sends the same few statements however long the queue is", async () => {
    const moderator = await makeUser({ roles: ["moderator"] });
    const isViewerQuery = (text: string) => /"session_version"/.test(text) && /from "users"/.test(text);

    await fillQueue(2, moderator);
    await actAs(moderator);
    const small = await statementsOfPage();
    expect(small.statements.filter(isViewerQuery)).toHaveLength(1);
    // A budget for the whole page (20 before the counts were one statement), so a section that starts repeating reads is caught.
    expect(small.statements.length).toBeLessThanOrEqual(16);

    await fillQueue(6, moderator);
    await actAs(moderator);
    const large = await statementsOfPage();
    // No read per row: four times the items, the same statements.
    expect(large.statements.length).toBe(small.statements.length);
    expect(large.queue.reports.length).toBeGreaterThanOrEqual(8);
    expect(large.queue.safetyItems.filter((s) => s.claim?.mine).length).toBeGreaterThanOrEqual(4);

    // Filtered, the page counts what matches too, in the same statement as the other counts.
    const filtered = await statementsOfPage({ claim: "mine" });
    expect(filtered.statements.length).toBe(small.statements.length);
    expect(filtered.queue.reports.every((r) => r.claim?.mine)).toBe(true);
  });
});
