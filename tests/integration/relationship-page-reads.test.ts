import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { accessRelationship, timezoneOf } from "@/lib/dal/relationship/access";
import { announceAbsence, listAbsences } from "@/lib/dal/relationship/absences";
import { checkInsSummary, getCheckInsView, saveCheckInEntry, syncCheckIns } from "@/lib/dal/relationship/check-ins";
import { fitCheckState } from "@/lib/dal/relationship/fit-checks";
import { foldSummaries, type FoldSummaries } from "@/lib/dal/relationship/fold-summaries";
import { endRelationship, finishPlannedEndingIfDue, getEnding } from "@/lib/dal/relationship/lifecycle";
import { myPulseTrend, pulsePrompt } from "@/lib/dal/relationship/pulse";
import { getRhythmView, proposeRhythm, rhythmSummary } from "@/lib/dal/relationship/rhythm";
import { answerRupture, nameRupture, ruptureState, sayWereGood } from "@/lib/dal/relationship/ruptures";
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
 * (app/(app)/relationships/[id]/page.tsx and the section components). Each
 * fold reads its summary; its full view only when it is open, or when the
 * summary says it needs the person (the sections' own `attention`).
 */
async function renderRelationshipPage(id: string, { folds = "open" }: { folds?: "open" | "closed" } = {}) {
  await finishPlannedEndingIfDue(id);
  const access = await accessRelationship(id);
  const open = folds === "open";
  const active = access.status === "active";
  const content = async ({ checkIns, justForYou, repair, ending }: FoldSummaries) => {
    const checkInsOpen = open || (active && ((checkIns.current !== null && !checkIns.current.viewerShowedUp) || (checkIns.proposal !== null && !checkIns.proposal.byViewer)));
    const [view] = await Promise.all([
      checkInsOpen
        ? Promise.all([getCheckInsView(id), active ? getRhythmView(id) : null]).then(async ([view]) => {
            await Promise.all([active && view.hasRhythm ? listAbsences(id) : [], view.current ? crisisResourcesFor(view.viewerTimezone) : []]);
            return view;
          })
        : null,
      // Just for you: its summary is its content, bar a mentor's trend.
      (open || (justForYou.pulse !== null && !justForYou.pulse.answered) || justForYou.fit.ask !== null) && access.viewerSide === "mentor" ? myPulseTrend() : null,
      open || repair.open ? ruptureState(id) : null,
      open ? getTimeline(id) : null,
      open || ending.status !== "active" || ending.plan !== null ? getEnding(id) : null,
    ]);
    return view;
  };
  const [, , , , checkIns] = await Promise.all([
    checkInsSummary(id), // the header
    rhythmSummary(id),
    openThread(id).then((opened) => crisisResourcesFor(opened.timezone)),
    timezoneOf(access.viewer.id),
    foldSummaries(id).then(content),
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
      const view = (await withRequestScope(() => renderRelationshipPage(pair.relationshipId)))!;
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
    expect(oneRequest.length).toBeLessThanOrEqual(12);
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

  it("with every fold closed, reads their summaries in one statement and no full view", async () => {
    const pair = await livedInRelationship();
    // The check-in of 28 January has closed, its day of grace too: nothing waits for either person, so every fold arrives closed.
    setNow("2025-01-30T09:00:00Z");
    for (const person of [pair.seeker, pair.partner]) {
      await actAs(person);
      let content: unknown;
      const statements = await statementsDuring(async () => {
        content = await withRequestScope(() => renderRelationshipPage(pair.relationshipId, { folds: "closed" }));
      });
      expect(content).toBeNull();
      // The private questions, the fit check and the ruptures (four statements before, fold-rows.ts), in one.
      expect(statements.filter((text) => /"pulses"|"fit_checks"|"ruptures"/.test(text))).toHaveLength(1);
      // No full view: no entry opened, no story's request, no trend, no profile read for the rhythm form's suggestion.
      expect(statements.filter((text) => /"check_in_entries"/.test(text) && /"content"/.test(text))).toHaveLength(0);
      expect(statements.filter((text) => /"match_requests"/.test(text))).toHaveLength(0);
      expect(statements.filter((text) => /count\(distinct/.test(text))).toHaveLength(0);
      expect(statements.filter((text) => /"windows"/.test(text))).toHaveLength(0);
      // The viewer, the access, the thread and its crisis lines, what the header shows of the check-ins (rhythms, slots, entries
      // and message times to judge them in one, time away), and the folds' one statement: 12 for the mentor and 13 for the seeker
      // before the folds' summaries, 10 before the entries and message times shared a statement.
      expect(statements.length).toBeLessThanOrEqual(9);
    }
  });

  it("every fold's summary says what its full view shows, as the relationship moves along", async () => {
    const pair = await livedInRelationship();
    const { relationshipId } = pair;
    // Checks both people's summaries against their full views; returns the seeker's, to say what the moment held.
    const agree = async () => {
      const seen: FoldSummaries[] = [];
      for (const person of [pair.seeker, pair.partner]) {
        await actAs(person);
        await withRequestScope(async () => {
          // As the page does: a planned ending that fell due is finished before anything is read.
          await finishPlannedEndingIfDue(relationshipId);
          const summary = await foldSummaries(relationshipId);
          seen.push(summary);
          const [view, rhythm, pulse, fit, repair, story, ending] = await Promise.all([
            getCheckInsView(relationshipId),
            getRhythmView(relationshipId),
            pulsePrompt(relationshipId),
            fitCheckState(relationshipId),
            ruptureState(relationshipId),
            getTimeline(relationshipId),
            getEnding(relationshipId),
          ]);
          expect(summary.checkIns.current?.viewerShowedUp).toBe(view.current?.viewerShowedUp);
          expect(summary.checkIns.next?.label).toBe(view.next?.label);
          expect(summary.checkIns.proposal?.byViewer).toBe(rhythm.proposal?.byViewer);
          expect(summary.justForYou).toEqual({ pulse, fit });
          expect(summary.repair).toEqual({ open: repair.open !== null, repairs: repair.repairs });
          expect(summary.story).toEqual({ timezone: story.timezone, moments: story.events.length, latest: story.events.at(-1)?.at ?? null });
          expect(summary.ending).toEqual({ status: ending.status, plan: ending.status === "active" && ending.plan ? { byViewer: ending.plan.byViewer } : null });
        });
      }
      return seen[0]!;
    };
    expect((await agree()).checkIns.current).toMatchObject({ viewerShowedUp: false });
    // The sweep settles the slots (a kept one brings the fit check), both check in (the pulse's question), a new rhythm is proposed.
    await syncCheckIns(relationshipId, now());
    const checkInId = (await getCheckInsView(relationshipId)).current!.slot.id;
    for (const person of [pair.partner, pair.seeker]) {
      await actAs(person);
      await saveCheckInEntry({ relationshipId, checkInId, arriving: "", onMind: "A calm week.", wouldHelp: "" });
    }
    await proposeRhythm({ relationshipId, cadence: "weekly", day: "thu", part: "morning", replaces: null });
    expect(await agree()).toMatchObject({ checkIns: { current: { viewerShowedUp: true }, proposal: { byViewer: true } }, justForYou: { pulse: { checkInId }, fit: { ask: 1 } } });
    // Something felt off, then is worked through; time away is said ahead.
    await actAs(pair.seeker);
    const { ruptureId } = await nameRupture({ relationshipId, whatHappened: "You moved on quickly", whatINeeded: "A moment" });
    expect((await agree()).repair).toEqual({ open: true, repairs: 0 });
    await actAs(pair.partner);
    await answerRupture({ relationshipId, ruptureId, whatIHeard: "I rushed", whatINeedNow: "To slow down" });
    await sayWereGood({ relationshipId, ruptureId });
    await actAs(pair.seeker);
    await sayWereGood({ relationshipId, ruptureId });
    await announceAbsence({ relationshipId, startDate: "2025-02-10", returnDate: "2025-02-12" });
    expect(await agree()).toMatchObject({ repair: { open: false, repairs: 1 }, story: { moments: 5 } });
    // An ending planned for after one final check-in, then that check-in closes.
    await actAs(pair.seeker);
    await endRelationship({ relationshipId, reason: "not-a-fit", valued: "", takeWithMe: "", finalCheckIn: "on" });
    expect((await agree()).ending).toEqual({ status: "active", plan: { byViewer: true } });
    setNow("2025-02-06T12:00:00Z");
    expect((await agree()).ending).toEqual({ status: "ended", plan: null });
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

  it("after a view with nothing new, sends no statement; after one with news, moves the mark as before", async () => {
    const pair = await livedInRelationship();
    await actAs(pair.seeker);
    // What the page does: the access, the moment it rendered, then the thread's first page shown.
    const view = () =>
      withRequestScope(async () => {
        const access = await accessRelationship(pair.relationshipId);
        const renderedAt = now();
        return { access, renderedAt, shown: await openThread(pair.relationshipId) };
      });
    const isMark = (text: string) => /"thread_reads"/.test(text) && /^\s*insert/.test(text);

    // Never read: the mark is written.
    let seen = await view();
    expect((await statementsDuring(() => rememberThreadSeen(seen.access, seen.renderedAt, seen.shown))).filter(isMark)).toHaveLength(1);
    expect(await unreadCounts([pair.relationshipId])).toEqual({});
    // Nothing new since: no statement at all.
    seen = await view();
    expect(seen.access.viewerReadAt).not.toBeNull();
    expect(await statementsDuring(() => rememberThreadSeen(seen.access, seen.renderedAt, seen.shown))).toEqual([]);
    // The other person writes: the next view marks it read.
    await actAs(pair.partner);
    setNow("2025-01-29T10:00:00Z");
    await sendMessage({ relationshipId: pair.relationshipId, body: "Are you around this week?", clientKey: randomUUID() });
    await actAs(pair.seeker);
    setNow("2025-01-29T10:05:00Z");
    expect(await unreadCounts([pair.relationshipId])).toEqual({ [pair.relationshipId]: 1 });
    seen = await view();
    expect((await statementsDuring(() => rememberThreadSeen(seen.access, seen.renderedAt, seen.shown))).filter(isMark)).toHaveLength(1);
    expect(await unreadCounts([pair.relationshipId])).toEqual({});
    // A first page that does not reach back to the mark cannot tell: the statement decides, as before.
    const notReaching = { messages: seen.shown.messages.slice(-1).map((m) => ({ ...m, mine: true })), earlier: "cursor" };
    expect((await statementsDuring(() => rememberThreadSeen({ ...seen.access, viewerReadAt: new Date(0) }, seen.renderedAt, notReaching))).filter(isMark)).toHaveLength(1);
  });
});
