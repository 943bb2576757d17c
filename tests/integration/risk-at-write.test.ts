import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { checkInEntries, checkIns, circleMessages, messages, programSettings, safetyItems, spacePosts, spaceReplies, spaces } from "@/db/schema";
import { now, setClockOffset } from "@/lib/clock";
import { sendCircleMessage } from "@/lib/dal/circle/thread";
import { createPost, replyToPost } from "@/lib/dal/space/posts";
import { saveCheckInEntry } from "@/lib/dal/relationship/check-ins";
import { openThread, sendMessage } from "@/lib/dal/relationship/thread";
import { getSafetyItemForStaff, raiseSafetyItem } from "@/lib/dal/safety/safety-items";
import { getProgramHealth } from "@/lib/dal/staff/program-health";
import { moderationQueue } from "@/lib/dal/staff/queue";
import { reassessStoredRisk } from "@/lib/dal/system/risk-reassess";
import { RISK_DETECTOR_VERSION } from "@/lib/safety/assess-risk";
import { RISK_CATEGORY_LABELS } from "@/lib/safety/categories";
import { activeCircle } from "../support/circles";
import { actAs, makeUser } from "../support/factories";
import { pairInRelationship, postMessage } from "../support/moderation";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

afterEach(() => setClockOffset(0));

/**
 * The risk detector's answer is stored when words are written, reads use it,
 * a run of concern words from one person escalates to one crisis-priority
 * item, the queue triages by kind of risk, and `risk:reassess` refreshes rows
 * of an older detector version.
 */
const send = (relationshipId: string, body: string) => sendMessage({ relationshipId, body, clientKey: randomUUID() });
const storedOf = async (id: string) =>
  (await db().select({ level: messages.riskLevel, category: messages.riskCategory, version: messages.riskVersion }).from(messages).where(eq(messages.id, id)))[0]!;
const personItems = (subjectId: string) => db().select().from(safetyItems).where(and(eq(safetyItems.targetKind, "person"), eq(safetyItems.targetId, subjectId)));

describe("the assessment is stored when words are written", () => {
  it("a message keeps its level, category and detector version; an everyday one is stored as none", async () => {
    const { seeker, relationshipId } = await pairInRelationship();
    await actAs(seeker);
    const crisis = await send(relationshipId, "I took all my pills an hour ago.");
    const everyday = await send(relationshipId, "Dinner was nice, see you Tuesday.");
    expect(await storedOf(crisis.id)).toEqual({ level: "crisis", category: "attempt", version: RISK_DETECTOR_VERSION });
    expect(await storedOf(everyday.id)).toEqual({ level: "none", category: "none", version: RISK_DETECTOR_VERSION });
    // The item raised carries the category too, and none of the words.
    const [item] = await db().select().from(safetyItems).where(eq(safetyItems.targetId, crisis.id));
    expect(item).toMatchObject({ level: "crisis", category: "attempt" });
    expect(JSON.stringify(item)).not.toContain("hour ago");
  });

  it("the thread shows the stored level instead of running the detector again", async () => {
    const { seeker, mentor, relationshipId } = await pairInRelationship();
    await actAs(seeker);
    const sent = await send(relationshipId, "Dinner was nice, see you Tuesday.");
    // Only the stored column changes: a read that re-ran the detector would still say none.
    await db().update(messages).set({ riskLevel: "crisis", riskCategory: "plan" }).where(eq(messages.id, sent.id));
    await actAs(mentor);
    expect((await openThread(relationshipId)).messages.find((m) => m.id === sent.id)?.risk).toBe("crisis");
  });

  it("a check-in entry stores the assessment of its three answers together, and again when rewritten", async () => {
    const { seeker, relationshipId } = await pairInRelationship();
    const at = now();
    const [slot] = await db()
      .insert(checkIns)
      .values({ relationshipId, startsAt: new Date(at.getTime() - 3_600_000), endsAt: new Date(at.getTime() + 3_600_000), closesAt: new Date(at.getTime() + 86_400_000) })
      .returning({ id: checkIns.id });
    await actAs(seeker);
    await saveCheckInEntry({ relationshipId, checkInId: slot!.id, arriving: "Tired.", onMind: "I keep thinking everyone would be better off without me.", wouldHelp: "" });
    const read = async () =>
      (await db().select({ level: checkInEntries.riskLevel, category: checkInEntries.riskCategory, version: checkInEntries.riskVersion }).from(checkInEntries).where(eq(checkInEntries.checkInId, slot!.id)))[0];
    expect(await read()).toEqual({ level: "concern", category: "burden", version: RISK_DETECTOR_VERSION });
    await saveCheckInEntry({ relationshipId, checkInId: slot!.id, arriving: "Better.", onMind: "Had a good walk.", wouldHelp: "" });
    expect(await read()).toEqual({ level: "none", category: "none", version: RISK_DETECTOR_VERSION });
  });
});

describe("escalation over time", () => {
  it("three concern messages in a day from one person make ONE crisis-priority item, updated rather than repeated", async () => {
    const { seeker, relationshipId } = await pairInRelationship();
    await actAs(seeker);
    await send(relationshipId, "I can't cope with any of this anymore.");
    setClockOffset(2 * 3_600_000);
    await send(relationshipId, "I'm worried about my friend, she said she wants to die.");
    expect(await personItems(seeker.id)).toHaveLength(0);
    setClockOffset(5 * 3_600_000);
    await send(relationshipId, "Honestly I'm not coping, everything is too much this week.");
    const [first, ...rest] = await personItems(seeker.id);
    expect(rest).toHaveLength(0);
    expect(first).toMatchObject({ level: "crisis", status: "open", subjectId: seeker.id, category: "worry-for-other" });
    // The moderator sees the sequence's categories in words, never the words.
    expect(first!.reasons).toEqual(["3 concern signs within 24 hours", RISK_CATEGORY_LABELS.distress, RISK_CATEGORY_LABELS["worry-for-other"], RISK_CATEGORY_LABELS.distress]);
    expect(JSON.stringify(first)).not.toMatch(/any of this|she said|Honestly|too much/);

    setClockOffset(6 * 3_600_000);
    await send(relationshipId, "I don't see the point of anything anymore.");
    const after = await personItems(seeker.id);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(first!.id);
    expect(after[0]!.reasons[0]).toBe("4 concern signs within 24 hours");
    expect(after[0]!.category).toBe("hopelessness");
    // It keeps its place in the queue: waiting since the first raise.
    expect(after[0]!.createdAt.getTime()).toBe(first!.createdAt.getTime());
  });

  it("concern words split across a circle, a space post and a space reply add up to ONE item too", async () => {
    const circle = await activeCircle(3);
    const writer = circle.members[0]!;
    const [space] = await db().select({ slug: spaces.slug }).from(spaces).limit(1);
    await db().insert(programSettings).values({ key: "spaceFirstPostsHeld", value: 0 }).onConflictDoUpdate({ target: programSettings.key, set: { value: 0 } });
    await actAs(writer);
    await sendCircleMessage({ circleId: circle.circleId, body: "I can't cope with any of this anymore.", clientKey: randomUUID() });
    setClockOffset(3_600_000);
    const post = await createPost({
      space: space!.slug,
      title: "Evenings",
      body: "I'm so overwhelmed I can't stop crying, I'm not coping at all.",
      wish: "just_listen",
      contentNote: "",
      showAs: "name",
      pseudonym: "",
      clientKey: randomUUID(),
    });
    expect(await personItems(writer.id)).toHaveLength(0);
    setClockOffset(2 * 3_600_000);
    const reply = await replyToPost({ postId: post.id, body: "Honestly I'm not coping, everything is too much this week.", clientKey: randomUUID() });
    // The reply keeps its kind beside its level, as posts and messages do, so the sequence is told in categories.
    const [stored] = await db().select({ level: spaceReplies.riskLevel, category: spaceReplies.riskCategory }).from(spaceReplies).where(eq(spaceReplies.id, reply.id));
    expect(stored!.level).toBe("concern");
    expect(Object.keys(RISK_CATEGORY_LABELS)).toContain(stored!.category);
    const items = await personItems(writer.id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ level: "crisis", status: "open" });
    expect(items[0]!.reasons[0]).toBe("3 concern signs within 24 hours");
    expect(JSON.stringify(items[0])).not.toMatch(/any of this|crying|too much/);
  });

  it("concern words more than a day apart do not add up, and a closed item is not reopened by the same sequence", async () => {
    const { seeker, relationshipId } = await pairInRelationship();
    await actAs(seeker);
    await send(relationshipId, "I can't cope with any of this anymore.");
    setClockOffset(25 * 3_600_000);
    await send(relationshipId, "I'm worried about my friend, she said she wants to die.");
    setClockOffset(50 * 3_600_000);
    await send(relationshipId, "Honestly I'm not coping, everything is too much this week.");
    expect(await personItems(seeker.id)).toHaveLength(0);

    // Two weighty ones (burden, hopelessness) are enough; once closed, one more concern alone does not reopen it.
    setClockOffset(51 * 3_600_000);
    await send(relationshipId, "I keep thinking everyone would be better off without me.");
    const [item] = await personItems(seeker.id);
    expect(item).toMatchObject({ level: "crisis", status: "open" });
    await db().update(safetyItems).set({ status: "resolved", resolvedAt: now(), resolution: "dismiss" }).where(eq(safetyItems.id, item!.id));
    setClockOffset(52 * 3_600_000);
    await send(relationshipId, "I can't cope with any of this anymore.");
    expect((await personItems(seeker.id))[0]!.status).toBe("resolved");
  });
});

describe("triage", () => {
  it("the queue orders safety items by level, then kind of risk, then waiting time, and names the kind", async () => {
    const moderator = await makeUser({ roles: ["moderator"] });
    const { seeker, relationshipId } = await pairInRelationship();
    const raise = async (level: "concern" | "crisis", category: "hopelessness" | "active-thoughts" | "plan" | "attempt", hoursAgo: number) => {
      setClockOffset(-hoursAgo * 3_600_000);
      const id = await postMessage(relationshipId, seeker.id, "words");
      const { id: itemId } = await raiseSafetyItem({ level, subjectId: seeker.id, targetKind: "message", targetId: id, relationshipId, reasons: [], category });
      setClockOffset(0);
      return itemId;
    };
    const hopeless = await raise("concern", "hopelessness", 9);
    const thoughts = await raise("crisis", "active-thoughts", 8);
    const plan = await raise("crisis", "plan", 2);
    const attempt = await raise("crisis", "attempt", 1);
    const olderPlan = await raise("crisis", "plan", 3);
    await actAs(moderator);
    const queue = await moderationQueue();
    const mine = queue.safetyItems.filter((s) => [hopeless, thoughts, plan, attempt, olderPlan].includes(s.id));
    expect(mine.map((s) => s.id)).toEqual([attempt, olderPlan, plan, thoughts, hopeless]);
    expect(mine[0]!.category).toBe("attempt");
  });

  it("opening a safety item records the first look once, and program health reports it by kind of risk", async () => {
    const moderator = await makeUser({ roles: ["moderator"] });
    const other = await makeUser({ roles: ["moderator"] });
    const { seeker, relationshipId } = await pairInRelationship();
    setClockOffset(-30 * 60_000);
    const id = await postMessage(relationshipId, seeker.id, "words");
    const { id: itemId } = await raiseSafetyItem({ level: "crisis", subjectId: seeker.id, targetKind: "message", targetId: id, relationshipId, reasons: [], category: "method" });
    setClockOffset(0);
    await actAs(moderator);
    const first = await getSafetyItemForStaff(itemId);
    expect(first?.firstLookAt).toBeInstanceOf(Date);
    expect(first?.categoryLabel).toBe(RISK_CATEGORY_LABELS.method);
    setClockOffset(10 * 60_000);
    await actAs(other);
    const again = await getSafetyItemForStaff(itemId);
    expect(again?.firstLookAt?.getTime()).toBe(first!.firstLookAt!.getTime());
    const [row] = await db().select({ by: safetyItems.firstLookById }).from(safetyItems).where(eq(safetyItems.id, itemId));
    expect(row!.by).toBe(moderator.id);
    const method = (await getProgramHealth()).safety.firstLook.find((r) => r.category === "method");
    expect(method).toMatchObject({ label: RISK_CATEGORY_LABELS.method });
    expect(method!.looked).toBeGreaterThanOrEqual(1);
    expect(method!.medianMinutes).not.toBeNull();
  });
});

describe("npm run risk:reassess", () => {
  it("re-assesses rows of an older detector version, leaves current ones alone, and is idempotent", async () => {
    const { seeker, relationshipId } = await pairInRelationship();
    await actAs(seeker);
    const old = await send(relationshipId, "I took all my pills an hour ago.");
    const current = await send(relationshipId, "Dinner was nice, see you Tuesday.");
    // As if written by an older detector that missed it, and one never assessed at all.
    await db().update(messages).set({ riskLevel: "none", riskCategory: "none", riskVersion: RISK_DETECTOR_VERSION - 1 }).where(eq(messages.id, old.id));
    const legacy = await postMessage(relationshipId, seeker.id, "I keep thinking everyone would be better off without me.");
    await db().update(messages).set({ riskVersion: 0 }).where(eq(messages.id, legacy));
    await db().update(messages).set({ riskCategory: "plan" }).where(eq(messages.id, current.id)); // marks it: must stay untouched

    // The same in a circle's thread (sealed with the circle's context, not a relationship's).
    const circle = await activeCircle(2);
    await actAs(circle.members[0]!);
    const inCircle = await sendCircleMessage({ circleId: circle.circleId, body: "I took all my pills an hour ago.", clientKey: randomUUID() });
    await db().update(circleMessages).set({ riskLevel: "none", riskCategory: "none", riskVersion: 0 }).where(eq(circleMessages.id, inCircle.id));
    const circleStored = async () =>
      (await db().select({ level: circleMessages.riskLevel, category: circleMessages.riskCategory, version: circleMessages.riskVersion }).from(circleMessages).where(eq(circleMessages.id, inCircle.id)))[0];

    // And in a space: a post (read as title then body) and a reply, stored by an older detector as none.
    const [space] = await db().select({ slug: spaces.slug }).from(spaces).limit(1);
    await db().insert(programSettings).values({ key: "spaceFirstPostsHeld", value: 0 }).onConflictDoUpdate({ target: programSettings.key, set: { value: 0 } });
    const post = await createPost({ space: space!.slug, title: "Tonight", body: "I took all my pills an hour ago.", wish: "just_listen", contentNote: "", showAs: "name", pseudonym: "", clientKey: randomUUID() });
    // A crisis post waits for a moderator, so the reply goes under an everyday one.
    const open = await createPost({ space: space!.slug, title: "Evenings", body: "How do you all wind down after work?", wish: "just_listen", contentNote: "", showAs: "name", pseudonym: "", clientKey: randomUUID() });
    const reply = await replyToPost({ postId: open.id, body: "I keep thinking everyone would be better off without me.", clientKey: randomUUID() });
    const [postBefore] = await db().select({ updatedAt: spacePosts.updatedAt }).from(spacePosts).where(eq(spacePosts.id, post.id));
    await db().update(spacePosts).set({ riskLevel: "none", riskCategory: null, riskVersion: 0, updatedAt: postBefore!.updatedAt }).where(eq(spacePosts.id, post.id));
    await db().update(spaceReplies).set({ riskLevel: "none", riskCategory: null, riskVersion: RISK_DETECTOR_VERSION - 1 }).where(eq(spaceReplies.id, reply.id));

    const first = await reassessStoredRisk({ batchSize: 1 });
    expect(first.updated.messages).toBeGreaterThanOrEqual(2);
    expect(first.updated.circle_messages).toBeGreaterThanOrEqual(1);
    expect(await storedOf(old.id)).toEqual({ level: "crisis", category: "attempt", version: RISK_DETECTOR_VERSION });
    expect(await storedOf(legacy)).toEqual({ level: "concern", category: "burden", version: RISK_DETECTOR_VERSION });
    expect((await storedOf(current.id)).category).toBe("plan");
    expect(await circleStored()).toEqual({ level: "crisis", category: "attempt", version: RISK_DETECTOR_VERSION });
    expect(first.updated.space_posts).toBeGreaterThanOrEqual(1);
    expect(first.updated.space_replies).toBeGreaterThanOrEqual(1);
    const [postAfter] = await db().select({ level: spacePosts.riskLevel, category: spacePosts.riskCategory, version: spacePosts.riskVersion, updatedAt: spacePosts.updatedAt }).from(spacePosts).where(eq(spacePosts.id, post.id));
    expect(postAfter).toEqual({ level: "crisis", category: "attempt", version: RISK_DETECTOR_VERSION, updatedAt: postBefore!.updatedAt });
    const [replyAfter] = await db().select({ level: spaceReplies.riskLevel, category: spaceReplies.riskCategory, version: spaceReplies.riskVersion }).from(spaceReplies).where(eq(spaceReplies.id, reply.id));
    expect(replyAfter).toEqual({ level: "concern", category: "burden", version: RISK_DETECTOR_VERSION });

    const second = await reassessStoredRisk({ batchSize: 1 });
    expect(second.updated).toEqual({ messages: 0, circle_messages: 0, check_in_entries: 0, needs_profiles: 0, space_posts: 0, space_replies: 0 });
  });
});
