import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { blocks, checkIns, notifications, relationships, rhythms } from "@/db/schema";
import { pairOf } from "@/lib/dal/matching/requests";
import { getCheckInsView } from "@/lib/dal/relationship/check-ins";
import { getRhythmView, proposeRhythm, respondToRhythm, withdrawRhythmProposal } from "@/lib/dal/relationship/rhythm";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { actAs, makeUser } from "../support/factories";
import { agreeRhythm, makePair, resetNow, setNow } from "./check-ins-fixtures";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

afterEach(() => resetNow());

const T0 = "2025-01-06T12:00:00Z"; // a Monday; London is on UTC in January, New York five hours behind
const weeklyTueEvening = { cadence: "weekly", day: "tue", part: "evening" } as const;
const propose = (relationshipId: string, rhythm: { cadence: string; day: string; part: string }, replaces = "") => proposeRhythm({ relationshipId, ...rhythm, replaces });
const answer = (relationshipId: string, rhythmId: string, decision: "accept" | "decline") => respondToRhythm({ relationshipId, rhythmId, decision });

describe("agreeing a rhythm", () => {
  it("suggests the seeker's cadence and a window both share, each in their own zone", async () => {
    setNow(T0);
    const pair = await makePair({ partnerTimezone: "America/New_York", cadence: "fortnightly", seekerWindows: ["thu-evening", "tue-evening"], partnerWindows: ["tue-afternoon"] });
    await actAs(pair.seeker);
    expect((await getRhythmView(pair.relationshipId)).suggestion).toEqual({ cadence: "fortnightly", day: "tue", part: "evening" });
    await actAs(pair.partner);
    expect((await getRhythmView(pair.relationshipId)).suggestion).toEqual({ cadence: "fortnightly", day: "tue", part: "afternoon" });
  });

  it("falls back to the proposer's first window when nothing is shared", async () => {
    setNow(T0);
    const pair = await makePair({ seekerWindows: ["sat-morning"], partnerWindows: ["mon-evening"] });
    await actAs(pair.seeker);
    expect((await getRhythmView(pair.relationshipId)).suggestion).toMatchObject({ day: "sat", part: "morning" });
  });

  it("one proposes in their zone, the other reads it in theirs and agrees; slots follow from then on", async () => {
    setNow(T0);
    const pair = await makePair({ partnerTimezone: "America/New_York" });
    await actAs(pair.seeker);
    const { rhythmId } = await propose(pair.relationshipId, weeklyTueEvening);
    const mine = await getRhythmView(pair.relationshipId);
    expect(mine.proposal).toMatchObject({ id: rhythmId, byViewer: true, timezone: "Europe/London", description: "Weekly, Tuesdays 17:00–22:00" });
    expect(mine.agreed).toBeNull();

    await actAs(pair.partner);
    const theirs = await getRhythmView(pair.relationshipId);
    expect(theirs.proposal).toMatchObject({ byViewer: false, description: "Weekly, Tuesdays 12:00–17:00 your time (Tuesday evening in London)" });
    // The partner was told, without anything private in it.
    const [bell] = await db().select().from(notifications).where(and(eq(notifications.userId, pair.partner.id), eq(notifications.kind, "rhythm-proposed")));
    expect(bell?.href).toBe(`/relationships/${pair.relationshipId}`);

    // The proposer cannot answer their own proposal.
    await actAs(pair.seeker);
    await expect(answer(pair.relationshipId, rhythmId, "accept")).rejects.toBeInstanceOf(ForbiddenError);

    await actAs(pair.partner);
    const agreed = await answer(pair.relationshipId, rhythmId, "accept");
    expect(agreed.outcome).toBe("agreed");
    const [row] = await db().select().from(rhythms).where(eq(rhythms.id, rhythmId));
    expect(row).toMatchObject({ status: "agreed", respondedById: pair.partner.id });
    // Effective from the moment of agreement, on the app's clock.
    expect(Math.abs(row!.effectiveFrom!.getTime() - new Date(T0).getTime())).toBeLessThan(5_000);
    const view = await getCheckInsView(pair.relationshipId);
    expect(view.next?.startsAt.toISOString()).toBe("2025-01-07T17:00:00.000Z");
    expect(view.next?.label).toBe("Tuesday 7 January, 12:00–17:00");
  });

  it("a third person can neither see nor answer nor propose; a blocked pair is 'not found' too", async () => {
    setNow(T0);
    const pair = await makePair();
    await actAs(pair.seeker);
    const { rhythmId } = await propose(pair.relationshipId, weeklyTueEvening);
    const outsider = await makeUser();
    await actAs(outsider);
    await expect(getRhythmView(pair.relationshipId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(answer(pair.relationshipId, rhythmId, "accept")).rejects.toBeInstanceOf(NotFoundError);
    await expect(propose(pair.relationshipId, weeklyTueEvening, rhythmId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawRhythmProposal({ relationshipId: pair.relationshipId, rhythmId })).rejects.toBeInstanceOf(NotFoundError);
    // Someone else's proposal id under one's own relationship is not found either.
    const own = await makePair();
    await actAs(own.partner);
    await expect(answer(own.relationshipId, rhythmId, "accept")).rejects.toBeInstanceOf(NotFoundError);
    const [row] = await db().select({ status: rhythms.status }).from(rhythms).where(eq(rhythms.id, rhythmId));
    expect(row?.status).toBe("proposed");
    // A block between the two hides the relationship from both of them.
    await db().insert(blocks).values({ blockerId: pair.partner.id, blockedId: pair.seeker.id, ...pairOf(pair.partner.id, pair.seeker.id) });
    await actAs(pair.seeker);
    await expect(getRhythmView(pair.relationshipId)).rejects.toBeInstanceOf(NotFoundError);
    await actAs(pair.partner);
    await expect(answer(pair.relationshipId, rhythmId, "accept")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("accepting twice at once makes one agreed version; a second accept later is harmless", async () => {
    setNow(T0);
    const pair = await makePair();
    await actAs(pair.seeker);
    const { rhythmId } = await propose(pair.relationshipId, weeklyTueEvening);
    await actAs(pair.partner);
    const results = await Promise.all(Array.from({ length: 4 }, () => answer(pair.relationshipId, rhythmId, "accept")));
    expect(results.map((r) => r.outcome).sort()).toEqual(["agreed", "already", "already", "already"]);
    expect((await answer(pair.relationshipId, rhythmId, "accept")).outcome).toBe("already");
    expect(await db().$count(rhythms, and(eq(rhythms.relationshipId, pair.relationshipId), eq(rhythms.status, "agreed")))).toBe(1);
    expect(await db().$count(checkIns, eq(checkIns.relationshipId, pair.relationshipId))).toBe(1);
  });

  it("keeps one open proposal: two at once give one, a double click gives the same one, and a stale accept does nothing", async () => {
    setNow(T0);
    const pair = await makePair();
    await actAs(pair.seeker);
    const [a, b] = await Promise.all([propose(pair.relationshipId, weeklyTueEvening), propose(pair.relationshipId, weeklyTueEvening)]);
    // Same viewer, same rhythm (a double click): the second is the first one again.
    expect(a.rhythmId).toBe(b.rhythmId);
    const first = a.rhythmId;

    // A different proposal without having seen the open one is refused.
    await expect(propose(pair.relationshipId, { ...weeklyTueEvening, day: "wed" })).rejects.toBeInstanceOf(ConflictError);
    // Changing one's own: the old one is withdrawn, the new one open.
    const { rhythmId: second } = await propose(pair.relationshipId, { ...weeklyTueEvening, day: "wed" }, first);
    const statuses = await db().select({ id: rhythms.id, status: rhythms.status }).from(rhythms).where(eq(rhythms.relationshipId, pair.relationshipId));
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [first]: "withdrawn", [second]: "proposed" });

    // The partner's page still showed the first: accepting it now does nothing.
    await actAs(pair.partner);
    await expect(answer(pair.relationshipId, first, "accept")).rejects.toBeInstanceOf(ConflictError);
    expect(await db().$count(rhythms, and(eq(rhythms.relationshipId, pair.relationshipId), eq(rhythms.status, "agreed")))).toBe(0);
  });

  it("when both propose at once, one proposal is open and the other person is told to look at it", async () => {
    setNow(T0);
    const pair = await makePair();
    const session = await import("@/lib/dal/account/session");
    // Each call reads the session once, in the order the calls start.
    vi.mocked(session.readSession)
      .mockResolvedValueOnce({ userId: pair.seeker.id, sessionVersion: 1 })
      .mockResolvedValueOnce({ userId: pair.partner.id, sessionVersion: 1 });
    const results = await Promise.allSettled([propose(pair.relationshipId, weeklyTueEvening), propose(pair.relationshipId, { ...weeklyTueEvening, day: "fri" })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused?.reason).toBeInstanceOf(ConflictError);
    expect(String(refused?.reason.message)).toMatch(/has just sent a proposal/);
    expect(await db().$count(rhythms, and(eq(rhythms.relationshipId, pair.relationshipId), eq(rhythms.status, "proposed")))).toBe(1);
  });

  it("the other can propose another instead, which declines the first; the proposer can withdraw", async () => {
    setNow(T0);
    const pair = await makePair();
    await actAs(pair.seeker);
    const { rhythmId: first } = await propose(pair.relationshipId, weeklyTueEvening);
    await actAs(pair.partner);
    const { rhythmId: counter } = await propose(pair.relationshipId, { cadence: "fortnightly", day: "thu", part: "morning" }, first);
    const [old] = await db().select().from(rhythms).where(eq(rhythms.id, first));
    expect(old).toMatchObject({ status: "declined", respondedById: pair.partner.id });
    await actAs(pair.seeker);
    expect((await getRhythmView(pair.relationshipId)).proposal).toMatchObject({ id: counter, byViewer: false, description: "Every two weeks, Thursdays 08:00–12:00" });
    await actAs(pair.partner);
    await withdrawRhythmProposal({ relationshipId: pair.relationshipId, rhythmId: counter });
    await withdrawRhythmProposal({ relationshipId: pair.relationshipId, rhythmId: counter });
    expect((await getRhythmView(pair.relationshipId)).proposal).toBeNull();
  });

  it("a change takes effect when agreed: the old rhythm's future slot goes, past slots stay", async () => {
    const pair = await makePair();
    await agreeRhythm(pair, weeklyTueEvening, T0);
    // A week and a half on: the 7 and 14 January slots have happened; the 21st is next.
    setNow("2025-01-16T09:00:00Z");
    await actAs(pair.seeker);
    let view = await getCheckInsView(pair.relationshipId);
    expect(view.next?.startsAt.toISOString()).toBe("2025-01-21T17:00:00.000Z");
    const { rhythmId } = await propose(pair.relationshipId, { cadence: "weekly", day: "sat", part: "morning" });
    expect((await getRhythmView(pair.relationshipId)).agreed?.description).toBe("Weekly, Tuesdays 17:00–22:00");
    await actAs(pair.partner);
    await answer(pair.relationshipId, rhythmId, "accept");
    const starts = (await db().select({ s: checkIns.startsAt }).from(checkIns).where(eq(checkIns.relationshipId, pair.relationshipId))).map((r) => r.s.toISOString()).sort();
    expect(starts).toEqual(["2025-01-07T17:00:00.000Z", "2025-01-14T17:00:00.000Z", "2025-01-18T08:00:00.000Z"]);
    view = await getCheckInsView(pair.relationshipId);
    expect(view.next?.label).toBe("Saturday 18 January, 08:00–12:00");
    expect((await getRhythmView(pair.relationshipId)).agreed?.description).toBe("Weekly, Saturdays 08:00–12:00");
    // Proposing what is already agreed is refused kindly.
    await expect(propose(pair.relationshipId, { cadence: "weekly", day: "sat", part: "morning" })).rejects.toThrow(/already your rhythm/);
  });

  it("an ended relationship's rhythm can't be changed", async () => {
    setNow(T0);
    const pair = await makePair();
    await db().update(relationships).set({ status: "ended", endedAt: new Date(T0) }).where(eq(relationships.id, pair.relationshipId));
    await actAs(pair.seeker);
    await expect(propose(pair.relationshipId, weeklyTueEvening)).rejects.toThrow(/read-only archive/);
  });
});
