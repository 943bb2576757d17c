import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { listAbsences } from "@/lib/dal/relationship/absences";
import { accessRelationship, timezoneOf } from "@/lib/dal/relationship/access";
import { getCheckInsView } from "@/lib/dal/relationship/check-ins";
import { fitCheckState } from "@/lib/dal/relationship/fit-checks";
import { finishPlannedEndingIfDue, getEnding } from "@/lib/dal/relationship/lifecycle";
import { myPulseTrend, pulsePrompt } from "@/lib/dal/relationship/pulse";
import { getRhythmView } from "@/lib/dal/relationship/rhythm";
import { ruptureState } from "@/lib/dal/relationship/ruptures";
import { openThread, rememberThreadSeen, sendMessage, unreadCounts } from "@/lib/dal/relationship/thread";
import { now } from "@/lib/clock";
import { getTimeline } from "@/lib/dal/relationship/timeline";
import { crisisResourcesFor } from "@/lib/dal/safety/crisis-resources";
import { withRequestScope } from "@/lib/dal/system/request-scope";
import { actAs } from "../support/factories";
import { changedTables, fingerprint, statementsDuring } from "../support/statements";
import { agreeRhythm, makePair, resetNow, setNow } from "./check-ins-fixtures";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

afterEach(() => resetNow());

/**
 * What rendering /relationships/[id] asks of the data layer: the page's own
 * read, then every section's calls, in parallel as React renders them
 * (app/(app)/relationships/[id]/page.tsx and the section components).
 */
async function renderRelationshipPage(id: string, { folds = "open" }: { folds?: "open" | "closed" } = {}) {
  await finishPlannedEndingIfDue(id);
  const access = await accessRelationship(id);
  const open = folds === "open";
  const [checkIns] = await Promise.all([
    getCheckInsView(id), // header and check-ins section
    getRhythmView(id),
    // Read only for an open fold: time away (check-ins), the pulse trend (just for you).
    open ? listAbsences(id) : [],
    openThread(id).then((opened) => crisisResourcesFor(opened.timezone)),
    access.viewerSide === "seeker" && access.mentorId ? pulsePrompt(id) : null,
    fitCheckState(id),
    open && access.viewerSide === "mentor" ? myPulseTrend() : null,
    timezoneOf(access.viewer.id),
    ruptureState(id),
    getTimeline(id, { howItStarted: open }),
    getEnding(id),
  ]);
  return checkIns;
}

/** A mentorship with an agreed weekly rhythm, a thread, and three weeks of slots nobody has written down yet. */
async function livedInRelationship() {
  const pair = await makePair();
  await agreeRhythm(pair, { cadence: "weekly", day: "tue", part: "evening" }, "2025-01-06T12:00:00Z");
  for (const [at, who] of [
    ["2025-01-07T18:00:00Z", pair.seeker],
    ["2025-01-07T19:00:00Z", pair.partner],
    ["2025-01-14T18:30:00Z", pair.partner],
  ] as const) {
    setNow(at);
    await actAs(who);
    await sendMessage({ relationshipId: pair.relationshipId, body: "Thinking of you this week.", clientKey: randomUUID() });
  }
  // The next morning of the fourth week: the thread has news for the seeker, and slots are due that no sweep has written.
  setNow("2025-01-29T09:00:00Z");
  return pair;
}

describe("rendering the relationship page", () => {
  it("writes nothing, for either person, while still showing the check-ins that are due", async () => {
    const pair = await livedInRelationship();
    for (const person of [pair.seeker, pair.partner]) {
      await actAs(person);
      const before = await fingerprint();
      const view = await withRequestScope(() => renderRelationshipPage(pair.relationshipId));
      const after = await fingerprint();
      expect(changedTables(before, after)).toEqual([]);
      // Derived without writing: three weeks settled, the fourth in its day of grace, and the next one.
      expect(view.history.map((s) => s.status)).toEqual(["kept", "missed", "missed", "open"]);
      expect(view.current?.slot.label).toMatch(/^Tuesday 28 January/);
      expect(view.next?.label).toMatch(/^Tuesday 4 February/);
    }
  });

  it("reads the viewer and the relationship once per request, however many sections ask", async () => {
    const pair = await livedInRelationship();
    await actAs(pair.seeker);
    const isAccessQuery = (text: string) => /from "relationships"/.test(text) && /"blocks"/.test(text) && /"end_reflection"/.test(text);
    const isViewerQuery = (text: string) => /"session_version"/.test(text) && /from "users"/.test(text);

    const oneRequest = await statementsDuring(() => withRequestScope(() => renderRelationshipPage(pair.relationshipId)));
    expect(oneRequest.filter(isAccessQuery)).toHaveLength(1);
    expect(oneRequest.filter(isViewerQuery)).toHaveLength(1);
    // Rhythms, time away and ruptures: each read once, whichever sections need them (lib/dal/relationship/reads.ts).
    for (const table of ["rhythms", "absences", "ruptures"]) expect(oneRequest.filter((text) => new RegExp(`from "${table}"`).test(text))).toHaveLength(1);
    // Both people's time zones come with the access read, not in statements of their own.
    expect(oneRequest.filter((text) => /from "needs_profiles"/.test(text))).toHaveLength(1);
    // The whole page, not just the access: a budget that catches a section starting to repeat reads.
    expect(oneRequest.length).toBeLessThanOrEqual(15);
    // As it usually arrives, every fold closed (components/relationship/fold.tsx): the summaries' reads only.
    await actAs(pair.partner);
    const closed = await statementsDuring(() => withRequestScope(() => renderRelationshipPage(pair.relationshipId, { folds: "closed" })));
    const opened = await statementsDuring(() => withRequestScope(() => renderRelationshipPage(pair.relationshipId)));
    expect(closed.length).toBeLessThan(opened.length);
    expect(closed.filter((text) => /from "pulses"/.test(text) && /count\(distinct/.test(text))).toHaveLength(0);
    expect(closed.filter((text) => /"match_requests"/.test(text))).toHaveLength(0);
    await actAs(pair.seeker);

    // Outside a request nothing is shared: each section would read again (what the page did before).
    const unshared = await statementsDuring(() => renderRelationshipPage(pair.relationshipId));
    expect(unshared.filter(isAccessQuery).length).toBeGreaterThan(5);
  });

  it("once the page is sent, the thread counts as read up to the moment it rendered", async () => {
    const pair = await livedInRelationship();
    await actAs(pair.seeker);
    expect(await unreadCounts([pair.relationshipId])).toEqual({ [pair.relationshipId]: 2 });
    const renderedAt = now();
    const access = await withRequestScope(async () => {
      await renderRelationshipPage(pair.relationshipId);
      return accessRelationship(pair.relationshipId);
    });
    expect(await unreadCounts([pair.relationshipId])).toEqual({ [pair.relationshipId]: 2 });
    await rememberThreadSeen(access, renderedAt);
    expect(await unreadCounts([pair.relationshipId])).toEqual({});
  });
});
