import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db, rowsOf } from "@/db/client";
import { circleFacilitatorPresence, circleFeltOff, circleMembers, circleSeekers, circles, moderationActions, notifications, reports } from "@/db/schema";
import { setClockOffset } from "@/lib/clock";
import { circleTrainingQuestions, sessionWindow } from "@/lib/circles";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { getCirclePage, proposeCircle, submitCircleTraining } from "@/lib/dal/circle/circles";
import { saveNeedsStep } from "@/lib/dal/profiles/needs-profiles";
import { circleQueueItems, getCircleForStaff, removeFromCircle } from "@/lib/dal/circle/moderation";
import { commitCircleRound, previewCircleRound } from "@/lib/dal/circle/rounds";
import { blockInCircle, circleSafetyPanel, feltOffNotes, replaceMe, sendFeltOff } from "@/lib/dal/circle/safety";
import { openSession } from "@/lib/dal/circle/sessions";
import { sweepCircles } from "@/lib/dal/circle/sweep";
import { openCircleThread, sendCircleMessage } from "@/lib/dal/circle/thread";
import { decideAppeal, getMyModerationAction, submitAppeal } from "@/lib/dal/safety/appeals";
import { describeReportTarget, reportContent } from "@/lib/dal/safety/reports";
import { actAs, makeUser, navigationDigest } from "../support/factories";
import { rejection } from "../support/care";
import { makeMentor, makeSeeker, topicId } from "../support/profiles";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

afterEach(() => setClockOffset(0));

const DAY = 24 * 3600_000;
const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";

function nextTuesday(): string {
  const d = new Date(Date.now() + 7 * DAY);
  while (d.getUTCDay() !== 2) d.setTime(d.getTime() + DAY);
  return d.toISOString().slice(0, 10);
}

const rightAnswers = Object.fromEntries(circleTrainingQuestions.map((q) => [q.id, q.options.find((o) => o.correct)!.id]));

/** A Tuesday-evening grief circle with four members placed by a round (other tests' proposed circles are set aside first). */
async function placedCircle() {
  const mentor = await makeMentor({ capacity: 4 });
  await actAs(mentor);
  await submitCircleTraining(rightAnswers);
  const startsOn = nextTuesday();
  const { id: circleId } = await proposeCircle({
    title: `Tuesday evenings ${randomUUID().slice(0, 4)}`,
    focusTopicIds: [await topicId("grief")],
    language: "en",
    targetSize: 4,
    maxSize: 5,
    cadence: "weekly",
    day: "tue",
    startTime: "19:00",
    durationMinutes: 90,
    startsOn,
    lengthSessions: 8,
  });
  await db().update(circles).set({ status: "ended" }).where(eq(circles.status, "proposed"));
  await db().update(circles).set({ status: "proposed" }).where(eq(circles.id, circleId));
  const seekers = [];
  for (let i = 0; i < 4; i++) {
    const seeker = await makeSeeker();
    await actAs(seeker);
    await saveNeedsStep("looking-for", { lookingFor: "mentor", smallGroup: "yes" });
    seekers.push(seeker);
  }
  await actAs(await makeUser({ roles: ["moderator"] }));
  const preview = await previewCircleRound();
  await commitCircleRound(preview.id);
  const seated = await db().select({ userId: circleMembers.userId }).from(circleMembers).where(eq(circleMembers.circleId, circleId));
  expect(seated).toHaveLength(4);
  const window = (n: number) => sessionWindow({ cadence: "weekly", day: "tue", startMinute: 19 * 60, durationMinutes: 90, timezone: "Europe/London", startsOn, lengthSessions: 8 }, n);
  return { mentor, circleId, seekers: seekers as [(typeof seekers)[0], (typeof seekers)[0], (typeof seekers)[0], (typeof seekers)[0]], window };
}

const moderator = () => makeUser({ roles: ["moderator"] });

describe("reporting from a circle", () => {
  it("a member reports a message and a member; a double submit is one report; the queue shows a member who reported another", async () => {
    const { circleId, seekers } = await placedCircle();
    const [a, b] = seekers;
    await actAs(b);
    const message = await sendCircleMessage({ circleId, body: "You are all being ridiculous", clientKey: randomUUID() });
    await actAs(a);
    const target = await describeReportTarget("circle_message", message.id);
    expect(target.subjectName).toBe(b.name);
    const first = await reportContent({ targetKind: "circle_message", targetId: message.id, category: "harassment", note: "" });
    const again = await reportContent({ targetKind: "circle_message", targetId: message.id, category: "harassment", note: "" });
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ id: first.id, created: false });
    const person = await reportContent({ targetKind: "person", targetId: b.id, circleId, category: "boundaries", note: "Keeps messaging me" });
    const rows = await db().select().from(reports).where(eq(reports.circleId, circleId));
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.subjectId === b.id && r.reporterId === a.id && r.relationshipId === null)).toBe(true);
    // Your own words can't be reported.
    await actAs(b);
    expect(await rejection(reportContent({ targetKind: "circle_message", targetId: message.id, category: "other", note: "" }))).toBeInstanceOf(ConflictError);

    await actAs(await moderator());
    const items = (await circleQueueItems()).filter((i) => i.circleId === circleId);
    expect(items.filter((i) => i.kind === "member-report").map((i) => i.key).sort()).toEqual([`member-report:${first.id}`, `member-report:${person.id}`].sort());
    expect(items[0]!.title).toContain(a.name);
  });

  it("people outside the circle can't report its messages or its members from it", async () => {
    const { circleId, seekers } = await placedCircle();
    await actAs(seekers[0]);
    const message = await sendCircleMessage({ circleId, body: "Hello all", clientKey: randomUUID() });
    const outsider = await makeSeeker();
    await actAs(outsider);
    expect(await rejection(reportContent({ targetKind: "circle_message", targetId: message.id, category: "other", note: "" }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(reportContent({ targetKind: "person", targetId: seekers[0].id, circleId, category: "other", note: "" }))).toBeInstanceOf(NotFoundError);
    // A member can't report someone from a circle they don't share.
    await actAs(seekers[1]);
    expect(await rejection(reportContent({ targetKind: "person", targetId: outsider.id, circleId, category: "other", note: "" }))).toBeInstanceOf(NotFoundError);
    expect(await db().$count(reports, eq(reports.circleId, circleId))).toBe(0);
  });
});

describe("the queue's circle items and the staff view", () => {
  it("a facilitator who missed two sessions in a row is in the queue until they open one", async () => {
    const { mentor, circleId, window } = await placedCircle();
    // Sessions 1 and 2 pass unopened; the sweep (after the grace) records the facilitator as missed.
    setClockOffset(window(1).endsAt.getTime() + DAY - Date.now());
    await sweepCircles();
    await actAs(await moderator());
    expect((await circleQueueItems()).some((i) => i.circleId === circleId && i.kind === "facilitator-missed")).toBe(false);
    setClockOffset(window(2).endsAt.getTime() + DAY - Date.now());
    await sweepCircles();
    await sweepCircles();
    const presence = await db().select().from(circleFacilitatorPresence).where(eq(circleFacilitatorPresence.circleId, circleId));
    expect(presence.map((p) => [p.sessionNumber, p.status]).sort()).toEqual([
      [1, "missed"],
      [2, "missed"],
    ]);
    const item = (await circleQueueItems()).find((i) => i.circleId === circleId && i.kind === "facilitator-missed");
    expect(item?.title).toMatch(/missed the last two sessions/);
    // Session 3 opened: the facilitator is there, and the item leaves the queue.
    setClockOffset(window(3).startsAt.getTime() + 60_000 - Date.now());
    await actAs(mentor);
    await openSession({ circleId, prompt: "Sorry to have been away. How are you?" });
    await actAs(await moderator());
    expect((await circleQueueItems()).some((i) => i.circleId === circleId && i.kind === "facilitator-missed")).toBe(false);
    const view = await getCircleForStaff(circleId);
    expect(view!.facilitatorPresence).toEqual([
      { sessionNumber: 1, status: "missed" },
      { sessionNumber: 2, status: "missed" },
      { sessionNumber: 3, status: "there" },
    ]);
  });

  it("a circle with an open crisis item is in the queue; its staff view lists members and items but no words", async () => {
    const { circleId, seekers } = await placedCircle();
    await actAs(seekers[2]);
    await sendCircleMessage({ circleId, body: "I want to kill myself tonight", clientKey: randomUUID() });
    await actAs(await moderator());
    const item = (await circleQueueItems()).find((i) => i.circleId === circleId && i.kind === "crisis");
    expect(item).toMatchObject({ level: "crisis" });
    const view = await getCircleForStaff(circleId);
    expect(view!.members.map((m) => m.id).sort()).toEqual(seekers.map((s) => s.id).sort());
    expect(view!.safetyItems).toHaveLength(1);
    expect(JSON.stringify(view)).not.toContain("kill myself");
  });

  it("the queue's circle items, the staff view and removal are a 404 for anyone who is not staff", async () => {
    const { circleId, mentor, seekers } = await placedCircle();
    for (const person of [seekers[0], mentor, null]) {
      await actAs(person);
      for (const call of [() => circleQueueItems(), () => getCircleForStaff(circleId), () => removeFromCircle({ circleId, userId: seekers[1].id, reason: "Not allowed to do this" })]) {
        expect(navigationDigest(await rejection(call()))).toBe(NOT_FOUND);
      }
    }
    expect(await db().$count(circleMembers, and(eq(circleMembers.circleId, circleId), sql`${circleMembers.leftAt} is null`))).toBe(4);
  });
});

describe("removing a member", () => {
  it("frees the seat with a sealed reason, tells the person kindly with an appeal, tells the circle only that someone left; twice is once; an overturned appeal gives the seat back", async () => {
    const { mentor, circleId, seekers } = await placedCircle();
    const member = seekers[3];
    const mod = await moderator();
    await actAs(mod);
    const reason = "Repeated unkind messages to another member after a warning";
    expect(await removeFromCircle({ circleId, userId: member.id, reason })).toMatchObject({ removed: true });
    expect(await removeFromCircle({ circleId, userId: member.id, reason })).toMatchObject({ removed: false });
    const actions = await db().select().from(moderationActions).where(and(eq(moderationActions.subjectId, member.id), eq(moderationActions.action, "remove_from_circle")));
    expect(actions).toHaveLength(1);
    const [seat] = await db().select().from(circleMembers).where(and(eq(circleMembers.circleId, circleId), eq(circleMembers.userId, member.id)));
    expect(seat).toMatchObject({ leftReason: "removed", removalNote: reason, removalActionId: actions[0]!.id });
    const [raw] = await rowsOf<{ v: string }>(sql`select removal_note as v from circle_members where id = ${seat!.id}`);
    expect(raw!.v).toMatch(/^sealed:/);

    const [told] = await db().select().from(notifications).where(and(eq(notifications.userId, member.id), eq(notifications.kind, "circle-removed")));
    expect(told!.body).toContain(reason);
    expect(told!.href).toBe(`/appeals/${actions[0]!.id}`);
    const [facilitatorTold] = await db().select().from(notifications).where(and(eq(notifications.userId, mentor.id), eq(notifications.kind, "circle-member-left")));
    expect(facilitatorTold!.body).not.toContain(reason);
    expect(`${facilitatorTold!.title} ${facilitatorTold!.body}`).not.toMatch(/moderator|removed/i);

    await actAs(member);
    expect(await rejection(getCirclePage(circleId))).toBeInstanceOf(NotFoundError);
    expect((await getMyModerationAction(actions[0]!.id)).mayAppeal).toBe(true);
    const { appealId } = await submitAppeal({ actionId: actions[0]!.id, text: "I was answering a message that hurt me first." });
    await actAs(mod);
    expect(String(await rejection(decideAppeal({ appealId, outcome: "overturn", decision: "Looked again" })))).toMatch(/another moderator/);
    await actAs(await moderator());
    await decideAppeal({ appealId, outcome: "overturn", decision: "You were answering a hurtful message; welcome back." });
    await actAs(member);
    expect((await getCirclePage(circleId)).people.some((p) => p.id === member.id)).toBe(true);
  });
});

describe("blocks inside a circle", () => {
  it("the blocker may stay; the blocked person never sees them in the circle again (list, messages), and can't report them from it", async () => {
    const { circleId, seekers } = await placedCircle();
    const [blocker, blocked] = seekers;
    await actAs(blocker);
    await sendCircleMessage({ circleId, body: "A message from the blocker", clientKey: randomUUID() });
    expect(await blockInCircle({ circleId, personId: blocked.id, choice: "stay" })).toEqual({ replaced: false });
    expect((await blockInCircle({ circleId, personId: blocked.id, choice: "stay" })).replaced).toBe(false);
    expect((await circleSafetyPanel(circleId)).blockedSomeoneHere).toBe(true);
    expect((await getCirclePage(circleId)).people.map((p) => p.id)).not.toContain(blocked.id);

    await actAs(blocked);
    const page = await getCirclePage(circleId);
    expect(page.people.map((p) => p.id)).not.toContain(blocker.id);
    expect(page.people).toHaveLength(4);
    expect(page.records.map((r) => r.userId)).toEqual([blocked.id]);
    expect((await openCircleThread(circleId)).messages.map((m) => m.body)).not.toContain("A message from the blocker");
    expect((await circleSafetyPanel(circleId)).blockedSomeoneHere).toBe(false);
    expect(await rejection(reportContent({ targetKind: "person", targetId: blocker.id, circleId, category: "other", note: "" }))).toBeInstanceOf(NotFoundError);
    // Being blocked is no reason to be moved: the choice is the blocker's.
    expect(await rejection(replaceMe({ circleId }))).toBeInstanceOf(ConflictError);
  });

  it("the blocker may be re-placed: they leave, wait with priority, are told so; the facilitator hears only that someone left", async () => {
    const { mentor, circleId, seekers } = await placedCircle();
    const [, , blocker, blocked] = seekers;
    await actAs(blocker);
    expect(await blockInCircle({ circleId, personId: blocked.id, choice: "replace" })).toEqual({ replaced: true });
    expect(await rejection(blockInCircle({ circleId, personId: blocked.id, choice: "replace" }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(getCirclePage(circleId))).toBeInstanceOf(NotFoundError);
    const seats = await db().select().from(circleMembers).where(and(eq(circleMembers.circleId, circleId), eq(circleMembers.userId, blocker.id)));
    expect(seats.map((s) => s.leftReason)).toEqual(["replaced"]);
    const [waiting] = await db().select().from(circleSeekers).where(eq(circleSeekers.userId, blocker.id));
    expect(waiting).toMatchObject({ active: true, priority: true });
    expect(await db().$count(notifications, and(eq(notifications.userId, blocker.id), eq(notifications.kind, "circle-replaced")))).toBe(1);
    const [left] = await db().select().from(notifications).where(and(eq(notifications.userId, mentor.id), eq(notifications.kind, "circle-member-left")));
    expect(`${left!.title} ${left!.body}`).not.toMatch(/block/i);
    await actAs(blocked);
    expect((await getCirclePage(circleId)).people.map((p) => p.id)).not.toContain(blocker.id);
  });

  it("only members of the circle can block someone in it, and only someone who sits in it", async () => {
    const { mentor, circleId, seekers } = await placedCircle();
    const outsider = await makeSeeker();
    await actAs(outsider);
    expect(await rejection(blockInCircle({ circleId, personId: seekers[0].id, choice: "stay" }))).toBeInstanceOf(NotFoundError);
    await actAs(seekers[0]);
    expect(await rejection(blockInCircle({ circleId, personId: outsider.id, choice: "stay" }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(blockInCircle({ circleId, personId: mentor.id, choice: "stay" }))).toBeInstanceOf(NotFoundError);
  });
});

describe("something felt off", () => {
  it("goes privately to the facilitator, sealed, once per submit; nobody else reads it", async () => {
    const { mentor, circleId, seekers } = await placedCircle();
    const clientKey = randomUUID();
    await actAs(seekers[1]);
    const words = "The joke about my accent stung a bit";
    expect(await sendFeltOff({ circleId, words, clientKey })).toEqual({ created: true });
    expect(await sendFeltOff({ circleId, words, clientKey })).toEqual({ created: false });
    expect(await rejection(feltOffNotes(circleId))).toBeInstanceOf(NotFoundError);
    const [raw] = await rowsOf<{ v: string }>(sql`select words as v from circle_felt_off where circle_id = ${circleId}`);
    expect(raw!.v).toMatch(/^sealed:/);
    expect(await db().$count(circleFeltOff, eq(circleFeltOff.circleId, circleId))).toBe(1);
    const told = await db().select().from(notifications).where(and(eq(notifications.userId, mentor.id), eq(notifications.kind, "circle-felt-off")));
    expect(told).toHaveLength(1);
    expect(told[0]!.body).not.toContain("accent");

    await actAs(mentor);
    const notes = (await circleSafetyPanel(circleId)).feltOff;
    expect(notes.map((n) => [n.name, n.words])).toEqual([[seekers[1].name, words]]);
    expect(await rejection(sendFeltOff({ circleId, words: "", clientKey: randomUUID() }))).toBeInstanceOf(ConflictError);

    await actAs(seekers[2]);
    expect((await circleSafetyPanel(circleId)).feltOff).toEqual([]);
    await actAs(await makeSeeker());
    expect(await rejection(sendFeltOff({ circleId, words: "", clientKey: randomUUID() }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(circleSafetyPanel(circleId))).toBeInstanceOf(NotFoundError);
  });
});
