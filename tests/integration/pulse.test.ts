import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { pulses } from "@/db/schema";
import { MIN_TREND_ANSWERS } from "@/lib/care/pulse-trend";
import { setClockOffset } from "@/lib/clock";
import { answerPulse, myPulseTrend, pulsePrompt } from "@/lib/dal/relationship/pulse";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { block, checkIn, endRelationshipRow, friendship, mentorship, rejection } from "../support/care";
import { actAs, makeUser } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const DAY_HOURS = 24;
const answer = (relationshipId: string, checkInId: string, feltUnderstood = "yes", feltJudged = "no") =>
  answerPulse({ relationshipId, checkInId, feltUnderstood, feltJudged });

afterEach(() => setClockOffset(0));

describe("the pulse: asked of the seeker, once per kept check-in", () => {
  it("asks about the latest kept check-in, takes one answer, and a second changes nothing", async () => {
    const { relationshipId, seeker, mentor } = await mentorship();
    await checkIn(relationshipId, "kept", 8);
    const latest = await checkIn(relationshipId, "kept", 1);
    await checkIn(relationshipId, "missed", 0.5);
    await actAs(seeker);
    expect(await pulsePrompt(relationshipId)).toMatchObject({ checkInId: latest, answered: false });
    expect(await answer(relationshipId, latest, "partly", "yes")).toEqual({ recorded: true });
    const again = await Promise.all([answer(relationshipId, latest), answer(relationshipId, latest, "no", "yes")]);
    expect(again).toEqual([{ recorded: false }, { recorded: false }]);
    const rows = await db().select().from(pulses).where(eq(pulses.checkInId, latest));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ seekerId: seeker.id, mentorId: mentor.id, feltUnderstood: "partly", feltJudged: true });
    // Answered: nothing more to ask (an older unanswered check-in is not brought back).
    expect(await pulsePrompt(relationshipId)).toMatchObject({ checkInId: latest, answered: true });
  });

  it("is never asked of the mentor, of friends, after 14 days, for a check-in not kept, or once the relationship ended", async () => {
    const { relationshipId, seeker, mentor } = await mentorship();
    const kept = await checkIn(relationshipId, "kept", 1);
    const missed = await checkIn(relationshipId, "missed", 2);
    await actAs(mentor);
    expect(await pulsePrompt(relationshipId)).toBeNull();
    expect(await rejection(answer(relationshipId, kept))).toBeInstanceOf(NotFoundError);

    await actAs(seeker);
    expect(await rejection(answer(relationshipId, missed))).toBeInstanceOf(NotFoundError);

    const friends = await friendship();
    const friendCheckIn = await checkIn(friends.relationshipId, "kept", 1);
    await actAs(friends.a);
    expect(await pulsePrompt(friends.relationshipId)).toBeNull();
    expect(await rejection(answer(friends.relationshipId, friendCheckIn))).toBeInstanceOf(NotFoundError);

    await actAs(seeker);
    setClockOffset(15 * DAY_HOURS * 3_600_000);
    expect(await pulsePrompt(relationshipId)).toBeNull();
    expect(await rejection(answer(relationshipId, kept))).toBeInstanceOf(ConflictError);
    setClockOffset(0);

    await endRelationshipRow(relationshipId);
    expect(await pulsePrompt(relationshipId)).toBeNull();
    expect(await rejection(answer(relationshipId, kept))).toBeInstanceOf(ConflictError);
    expect(await db().$count(pulses, eq(pulses.relationshipId, relationshipId))).toBe(0);
  });

  it("a third person, and a blocked pair, can neither read nor answer", async () => {
    const { relationshipId, seeker, mentor } = await mentorship();
    const kept = await checkIn(relationshipId, "kept", 1);
    await actAs(await makeUser());
    expect(await rejection(pulsePrompt(relationshipId))).toBeInstanceOf(NotFoundError);
    expect(await rejection(answer(relationshipId, kept))).toBeInstanceOf(NotFoundError);
    // Another relationship's id with this check-in: not found either.
    const other = await mentorship();
    await actAs(other.seeker);
    expect(await rejection(answer(other.relationshipId, kept))).toBeInstanceOf(NotFoundError);

    await block(mentor.id, seeker.id);
    await actAs(seeker);
    expect(await rejection(pulsePrompt(relationshipId))).toBeInstanceOf(NotFoundError);
    expect(await rejection(answer(relationshipId, kept))).toBeInstanceOf(NotFoundError);
    expect(await db().$count(pulses, eq(pulses.checkInId, kept))).toBe(0);
  });
});

describe("what the mentor sees: a rounded trend across everyone they support, or nothing", () => {
  it("shows nothing below 5 answers, nothing from one person alone, and only rounded shares above", async () => {
    const first = await mentorship();
    const mentor = first.mentor;
    const second = await mentorship(mentor);

    async function give(pair: { relationshipId: string; seeker: { id: string } }, understood: string, judged: string) {
      const id = await checkIn(pair.relationshipId, "kept", 1);
      await actAs(pair.seeker);
      await answer(pair.relationshipId, id, understood, judged);
    }

    // Five answers, all from one seeker: still one person's answers, so nothing.
    for (const u of ["yes", "yes", "partly", "no", "yes"]) await give(first, u, "no");
    setClockOffset(7 * DAY_HOURS * 3_600_000);
    await actAs(mentor);
    expect(await myPulseTrend()).toEqual({ kind: "not-enough" });

    // A second person's answer given this week is not counted until the week is over,
    // so the trend never moves right after one check-in.
    await give(second, "yes", "yes");
    await actAs(mentor);
    expect(await myPulseTrend()).toEqual({ kind: "not-enough" });

    setClockOffset(14 * DAY_HOURS * 3_600_000);
    await actAs(mentor);
    const trend = await myPulseTrend();
    // 6 answers: understood "yes" 4 of 6 (67% → 70), not judged 5 of 6 (83% → 80).
    expect(trend).toMatchObject({ kind: "trend", understoodPercent: 70, notJudgedPercent: 80 });
    // Only the rounded shares and the window: no counts, no people, no relationships.
    expect(Object.keys(trend).sort()).toEqual(["from", "kind", "notJudgedPercent", "to", "understoodPercent"]);
    expect(JSON.stringify(trend)).not.toContain(first.relationshipId);
    expect(JSON.stringify(trend)).not.toContain(first.seeker.id);

    // Nobody else sees this mentor's trend: for anyone else it is their own (empty) one.
    await actAs(first.seeker);
    expect(await myPulseTrend()).toEqual({ kind: "not-enough" });
  });

  it("fewer than 5 answers from several people is not enough", async () => {
    const first = await mentorship();
    const second = await mentorship(first.mentor);
    for (const pair of [first, second, first, second].slice(0, MIN_TREND_ANSWERS - 1)) {
      const id = await checkIn(pair.relationshipId, "kept", 1);
      await actAs(pair.seeker);
      await answer(pair.relationshipId, id);
    }
    setClockOffset(7 * DAY_HOURS * 3_600_000);
    await actAs(first.mentor);
    expect(await myPulseTrend()).toEqual({ kind: "not-enough" });
  });
});
