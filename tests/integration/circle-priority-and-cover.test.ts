import { and, eq, inArray } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { circleMembers, circleSeekers, circles } from "@/db/schema";
import { setClockOffset } from "@/lib/clock";
import { PRIORITY_REASON } from "@/lib/matching/circles";
import { circlesNeedingFacilitator, stepBackAsFacilitator } from "@/lib/dal/circle/facilitation";
import { commitCircleRound, previewCircleRound } from "@/lib/dal/circle/rounds";
import { actAs, makeUser } from "../support/factories";
import { block } from "../support/care";
import { placedCircle, setAsideOtherCircles, trainedMentor, waitingSeeker } from "../support/circles";
import { makeSeeker } from "../support/profiles";
import { statementsDuring } from "../support/statements";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

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
