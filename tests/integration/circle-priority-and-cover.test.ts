import { and, eq, inArray } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { circleMembers, circleSeekers, circles, mentorProfiles, moderationActions, notifications } from "@/db/schema";
import { now, setClockOffset } from "@/lib/clock";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { idle } from "@/lib/forms/state";
import { PRIORITY_REASON } from "@/lib/matching/circles";
import { addDays, formatDay, localDate } from "@/lib/mentoring/pause";
import { pauseSettingsAction } from "@/lib/actions/profiles/volunteer";
import { getCirclePage } from "@/lib/dal/circle/circles";
import { assignFacilitator, circleAwaitingMe, circlesNeedingFacilitator, circlesWaitingForMe, stepBackAsFacilitator, takeBackCircle } from "@/lib/dal/circle/facilitation";
import { removeFromCircle } from "@/lib/dal/circle/moderation";
import { commitCircleRound, previewCircleRound } from "@/lib/dal/circle/rounds";
import { decideAppeal, submitAppeal } from "@/lib/dal/safety/appeals";
import { pauseMentoring, resumeMentoring } from "@/lib/dal/profiles/mentor-profiles";
import { actAs, makeUser } from "../support/factories";
import { block, rejection } from "../support/care";
import { placedCircle, setAsideOtherCircles, told, trainedMentor, waitingSeeker } from "../support/circles";
import { makeSeeker } from "../support/profiles";
import { statementsDuring } from "../support/statements";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

afterEach(() => setClockOffset(0));

describe("priority in a circle round", () => {
  it("seats someone whose last circle ended early before a closer fit, says why in words, and the seat clears the mark", async () => {
    const c = await placedCircle();
    // One seat left in the circle; two people waiting who both may take it.
    await db().update(circles).set({ targetSize: 5 }).where(eq(circles.id, c.circleId));
    await setAsideOtherCircles(c.circleId);
    const close = await waitingSeeker(["grief"]);
    const marked = await waitingSeeker(["loneliness"]);
    await actAs(await makeUser({ roles: ["moderator"] }));
    // Without the mark, the one who came with the circle's focus gets the seat.
    const plain = await previewCircleRound();
    expect(plain.placements.map((p) => p.seekerId)).toEqual([close.id]);

    await db().update(circleSeekers).set({ priority: true }).where(eq(circleSeekers.userId, marked.id));
    const preview = await previewCircleRound();
    expect(preview.placements.map((p) => p.seekerId)).toEqual([marked.id]);
    expect(preview.placements[0]!.reasons).toContain(PRIORITY_REASON);
    expect(preview.totals.round).toMatchObject({ prioritySeekers: 1, priorityPlaced: 1 });
    // Greedy and first-come-first-served, on the same candidates, don't know about priority.
    expect(preview.totals.greedy.priorityPlaced).toBe(0);

    await commitCircleRound(preview.id);
    const seat = await db().select().from(circleMembers).where(and(eq(circleMembers.circleId, c.circleId), eq(circleMembers.userId, marked.id)));
    expect(seat[0]!.placementReasons).toContain(PRIORITY_REASON);
    const [after] = await db().select().from(circleSeekers).where(eq(circleSeekers.userId, marked.id));
    expect(after).toMatchObject({ active: false, priority: false });
    const [still] = await db().select().from(circleSeekers).where(eq(circleSeekers.userId, close.id));
    expect(still).toMatchObject({ active: true, priority: false });
  });
});

describe("priority after a removal overturned on appeal", () => {
  it("when the seat can't come back (the circle ended meanwhile), the person waits with priority and is told", async () => {
    const c = await placedCircle();
    const member = c.seekers[3]!;
    await actAs(await makeUser({ roles: ["moderator"] }));
    await removeFromCircle({ circleId: c.circleId, userId: member.id, reason: "Testing a removal that is later overturned" });
    const [action] = await db().select().from(moderationActions).where(and(eq(moderationActions.subjectId, member.id), eq(moderationActions.action, "remove_from_circle")));
    // The circle has ended by the time the appeal is decided.
    await db().update(circles).set({ status: "ended", endedAt: new Date(), endReason: "completed" }).where(eq(circles.id, c.circleId));
    await actAs(member);
    const { appealId } = await submitAppeal({ actionId: action!.id, text: "I think this was a mistake." });
    await actAs(await makeUser({ roles: ["moderator"] }));
    await decideAppeal({ appealId, outcome: "overturn", decision: "It was a mistake; sorry." });
    const seats = await db().select().from(circleMembers).where(and(eq(circleMembers.circleId, c.circleId), eq(circleMembers.userId, member.id)));
    expect(seats.every((s) => s.leftAt !== null)).toBe(true);
    const [waiting] = await db().select().from(circleSeekers).where(eq(circleSeekers.userId, member.id));
    expect(waiting).toMatchObject({ active: true, priority: true });
    const [note] = await db().select().from(notifications).where(and(eq(notifications.userId, member.id), eq(notifications.kind, "circle-replaced")));
    expect(note!.body).toMatch(/ended since.*looks for a seat for you first/);
  });
});

describe("circles needing a facilitator, in the queue", () => {
  /** A circle of four members (seated directly) whose facilitator has stepped back. */
  async function awayCircle(language = "en") {
    const mentor = await trainedMentor();
    const [row] = await db()
      .insert(circles)
      .values({
        facilitatorId: mentor.id,
        title: `Waiting ${Math.random().toString(36).slice(2, 6)}`,
        focusTopicIds: [],
        language,
        targetSize: 4,
        maxSize: 6,
        cadence: "weekly",
        day: "tue",
        startMinute: 19 * 60,
        durationMinutes: 90,
        timezone: "Europe/London",
        startsOn: "2030-01-01",
        lengthSessions: 8,
        status: "open",
      })
      .returning({ id: circles.id });
    const members = [];
    for (let seat = 1; seat <= 4; seat++) {
      const member = await makeSeeker();
      await db().insert(circleMembers).values({ circleId: row!.id, userId: member.id, seat, placementReasons: [], joinedAt: new Date() });
      members.push(member);
    }
    await actAs(mentor);
    await stepBackAsFacilitator({ circleId: row!.id });
    return { id: row!.id, mentor, members };
  }

  it("lists who could take each circle in a fixed number of statements, however many circles wait", async () => {
    await db().update(circles).set({ facilitatorAway: false }).where(eq(circles.facilitatorAway, true));
    const spare = await trainedMentor(5);
    const first = await awayCircle();
    const moderator = await makeUser({ roles: ["moderator"] });
    await actAs(moderator);
    let one: Awaited<ReturnType<typeof circlesNeedingFacilitator>> = [];
    const forOne = await statementsDuring(async () => (one = await circlesNeedingFacilitator()));
    expect(one.map((c) => c.id)).toEqual([first.id]);
    expect(one[0]!.candidates.map((m) => m.id)).toContain(spare.id);
    expect(one[0]!.members).toBe(4);

    const second = await awayCircle();
    const german = await awayCircle("de");
    // A spare mentor blocked by a member of the second circle is never offered for it, only for the others.
    await block(second.members[2]!.id, spare.id);
    await actAs(moderator);
    let three: Awaited<ReturnType<typeof circlesNeedingFacilitator>> = [];
    const forThree = await statementsDuring(async () => (three = await circlesNeedingFacilitator()));
    expect(forThree.length).toBe(forOne.length);
    const byId = new Map(three.map((c) => [c.id, c]));
    expect(byId.size).toBe(3);
    expect(byId.get(first.id)!.candidates.map((m) => m.id)).toContain(spare.id);
    expect(byId.get(second.id)!.candidates.map((m) => m.id)).not.toContain(spare.id);
    // Nobody else speaks German here: the third circle has nobody to offer (and never its own facilitator).
    expect(byId.get(german.id)!.candidates).toEqual([]);
    // A facilitator who stepped back is not offered back for their own circle, but may be for another.
    expect(byId.get(first.id)!.candidates.map((m) => m.id)).not.toContain(first.mentor.id);
    await db().update(circles).set({ facilitatorAway: false }).where(inArray(circles.id, [first.id, second.id, german.id]));
  });
});

describe("a facilitator's pause", () => {
  const sorted = (ids: string[]) => [...ids].sort();
  const pausedUntilOf = async (userId: string) => (await db().select({ p: mentorProfiles.pausedUntil }).from(mentorProfiles).where(eq(mentorProfiles.userId, userId)))[0]!.p;
  const circleRow = async (id: string) => (await db().select().from(circles).where(eq(circles.id, id)))[0]!;
  function pauseForm(pausedUntil: string, confirmCircleIds?: string) {
    const form = new FormData();
    form.set("intent", "pause");
    form.set("pausedUntil", pausedUntil);
    if (confirmCircleIds !== undefined) form.set("confirmCircleIds", confirmCircleIds);
    return form;
  }

  it("between sessions changes nothing; over sessions it is said plainly first, then confirmed it asks for cover, and back early the facilitator takes the circle back", async () => {
    const c = await placedCircle();
    const today = localDate("Europe/London", now());
    const memberIds = c.seekers.map((s) => s.id);

    // A short pause that ends before the first session: paused, the circle untouched.
    await actAs(c.mentor);
    const short = await pauseMentoring({ pausedUntil: addDays(today, 1) });
    expect(short).toEqual({ kind: "paused", pausedUntil: addDays(today, 1), circlesAway: [] });
    expect((await circleRow(c.circleId)).facilitatorAway).toBe(false);
    await resumeMentoring();

    // Over the first two sessions: the page says what will happen, keeps the date, and saves nothing.
    const until = addDays(c.startsOn, 8);
    const asked = await pauseSettingsAction(idle, pauseForm(until));
    const title = (await circleRow(c.circleId)).title;
    expect(asked).toMatchObject({ status: "error", values: { pausedUntil: until, confirmCircleIds: c.circleId } });
    expect(asked.status === "error" && asked.message).toBe(
      `You facilitate “${title}”; pausing until ${formatDay(until)} asks moderators to find cover, and members will be told. 2 sessions fall in that time. If you come back before anyone is found, you can take it back from its page; if someone has taken it on by then, that stands.`,
    );
    expect(await pausedUntilOf(c.mentor.id)).toBeNull();
    expect((await circleRow(c.circleId)).facilitatorAway).toBe(false);
    // A confirmation for other circles than those covered asks again.
    expect(await pauseMentoring({ pausedUntil: until, confirmCircleIds: "00000000-0000-4000-8000-000000000000" })).toMatchObject({ kind: "confirm-circles" });

    // Confirmed: paused, the circle waits for cover like a step back, members told without blame, moderators given the item.
    const confirmed = await pauseSettingsAction(idle, pauseForm(until, c.circleId));
    expect(confirmed).toMatchObject({ status: "success" });
    expect(confirmed.status === "success" && confirmed.message).toContain("Moderators are finding cover for");
    expect(await pausedUntilOf(c.mentor.id)).toBe(until);
    const away = await circleRow(c.circleId);
    expect(away).toMatchObject({ facilitatorAway: true, facilitatorAwayReason: "paused", facilitatorId: c.mentor.id });
    expect(await told(memberIds, "circle-facilitator-away")).toEqual(sorted(memberIds));
    const [note] = await db().select().from(notifications).where(and(eq(notifications.userId, memberIds[0]!), eq(notifications.kind, "circle-facilitator-away")));
    expect(note!.body).toMatch(/nobody's doing/);
    // Confirming twice tells nobody twice.
    expect(await pauseMentoring({ pausedUntil: until, confirmCircleIds: c.circleId })).toMatchObject({ kind: "paused", circlesAway: [] });
    expect((await db().select().from(notifications).where(and(inArray(notifications.userId, memberIds), eq(notifications.kind, "circle-facilitator-away")))).length).toBe(4);
    await actAs(await makeUser({ roles: ["moderator"] }));
    expect((await circlesNeedingFacilitator()).find((i) => i.id === c.circleId)?.reason).toBe("paused");

    // While paused, the facilitator no longer holds the circle: its page offers only taking it back, not yet.
    await actAs(c.mentor);
    expect(await rejection(getCirclePage(c.circleId))).toBeInstanceOf(NotFoundError);
    expect((await circleAwaitingMe(c.circleId))?.blocker).toMatch(/You're paused until/);
    expect(await rejection(takeBackCircle({ circleId: c.circleId }))).toBeInstanceOf(ConflictError);

    // Back early: nothing is retaken silently; the circle is listed as waiting for them.
    expect((await resumeMentoring()).circlesWaiting).toEqual([{ id: c.circleId, title }]);
    expect((await circleRow(c.circleId)).facilitatorAway).toBe(true);
    expect(await circlesWaitingForMe()).toEqual([{ id: c.circleId, title }]);
    expect((await circleAwaitingMe(c.circleId))?.blocker).toBeNull();
    // Nobody else can take it back or see that door.
    for (const other of [c.seekers[0]!, await makeSeeker()]) {
      await actAs(other);
      expect(await circleAwaitingMe(c.circleId)).toBeNull();
      expect(await rejection(takeBackCircle({ circleId: c.circleId }))).toBeInstanceOf(NotFoundError);
    }

    await actAs(c.mentor);
    expect(await takeBackCircle({ circleId: c.circleId })).toEqual({ already: false });
    expect(await takeBackCircle({ circleId: c.circleId })).toEqual({ already: true });
    expect((await circleRow(c.circleId)).facilitatorAway).toBe(false);
    expect((await getCirclePage(c.circleId)).role).toBe("facilitator");
    expect(await told(memberIds, "circle-facilitator-back")).toEqual(sorted(memberIds));
    await actAs(await makeUser({ roles: ["moderator"] }));
    expect((await circlesNeedingFacilitator()).map((i) => i.id)).not.toContain(c.circleId);
  });

  it("a cover facilitator assigned during the pause stands when the facilitator comes back", async () => {
    const c = await placedCircle();
    const spare = await trainedMentor(5);
    await actAs(c.mentor);
    const until = addDays(c.startsOn, 1);
    const asked = await pauseMentoring({ pausedUntil: until });
    expect(asked).toMatchObject({ kind: "confirm-circles", circles: [{ id: c.circleId, sessions: 1 }] });
    await pauseMentoring({ pausedUntil: until, confirmCircleIds: c.circleId });
    await actAs(await makeUser({ roles: ["moderator"] }));
    await assignFacilitator({ circleId: c.circleId, mentorId: spare.id });

    await actAs(c.mentor);
    expect((await resumeMentoring()).circlesWaiting).toEqual([]);
    expect(await circleAwaitingMe(c.circleId)).toBeNull();
    expect(await rejection(takeBackCircle({ circleId: c.circleId }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(getCirclePage(c.circleId))).toBeInstanceOf(NotFoundError);
    expect((await circleRow(c.circleId)).facilitatorId).toBe(spare.id);
  });

  it("someone who stepped back can't take the circle back through the pause's door", async () => {
    const c = await placedCircle();
    await actAs(c.mentor);
    await stepBackAsFacilitator({ circleId: c.circleId });
    expect(await circleAwaitingMe(c.circleId)).toBeNull();
    expect(await rejection(takeBackCircle({ circleId: c.circleId }))).toBeInstanceOf(NotFoundError);
  });
});
