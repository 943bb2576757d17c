import { eq, isNull, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { acknowledgments, auditLog, mentorProfiles, mentorTopics, topics, users } from "@/db/schema";
import { getOwnApplication, reviseApplication, saveApplicationStep, submitApplication, topicChoices } from "@/lib/dal/profiles/mentor-application";
import {
  activeRelationshipCount,
  changeCapacity,
  getMentorSettings,
  getMentorStatus,
  pauseMentoring,
  resumeMentoring,
} from "@/lib/dal/profiles/mentor-profiles";
import {
  applicationCounts,
  applicationTopicFilter,
  approveApplication,
  declineApplication,
  getApplicationForReview,
  listApplications,
} from "@/lib/dal/staff/mentor-review";
import { setClockOffset } from "@/lib/clock";
import { loadMentors, referenceDate } from "@/lib/dal/matching/pool";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { freePlacesOf } from "@/lib/matching/exposure";
import { addDays, addMonths, localDate } from "@/lib/mentoring/pause";
import { PLEDGE_VERSION } from "@/lib/mentoring/pledges";
import { trainingField, trainingQuestions } from "@/lib/mentoring/training";
import { actAs, makeUser, navigationDigest } from "../support/factories";

import { auditEntries } from "../support/audit";
vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

async function activeTopicIds() {
  const rows = await db().select({ id: topics.id }).from(topics).where(isNull(topics.retiredAt)).orderBy(topics.slug);
  return rows.map((r) => r.id);
}

const rightAnswers = () => Object.fromEntries(trainingQuestions.map((q) => [trainingField(q.id), q.options.find((o) => o.correct)!.id]));
const wrongAnswer = (questionId: string) => trainingQuestions.find((q) => q.id === questionId)!.options.find((o) => !o.correct)!.id;

async function fillSteps(upTo: number, languages = ["en", "es"]) {
  const [grief, loneliness, moving] = await activeTopicIds();
  if (upTo >= 1) await saveApplicationStep(1, { topicIds: [grief, loneliness], avoidTopicIds: [moving] }, "continue");
  if (upTo >= 2) {
    await saveApplicationStep(2, { capacity: "2", cadences: ["weekly"], windows: ["tue-evening", "sat-morning"], timezone: "Europe/Lisbon" }, "continue");
  }
  if (upTo >= 3) {
    await saveApplicationStep(3, { languages, listenStyle: "listen", tone: "gentle", messageLength: "either", ageBand: "35-44", gender: "" }, "continue");
  }
  if (upTo >= 4) {
    await saveApplicationStep(
      4,
      { intro: "I lost my dad three years ago and know how lonely grief can be.", motivation: "Someone sat with me when I needed it; I want to do the same." },
      "continue",
    );
  }
  if (upTo >= 5) await saveApplicationStep(5, { pledgeNonJudgment: "on", pledgeConfidentiality: "on", pledgeBoundaries: "on" }, "continue");
  if (upTo >= 6) await saveApplicationStep(6, rightAnswers(), "continue");
}

/** A mentor with a submitted application, and the moderator to review it. */
async function submittedApplicant(languages?: string[]) {
  const mentor = await makeUser({ roles: ["mentor"] });
  await actAs(mentor);
  await fillSteps(6, languages);
  await submitApplication();
  return mentor;
}

/** Whether matching would offer this mentor to someone new today: the pool's own reading (lib/dal/matching/pool.ts). */
async function isMatchable(userId: string) {
  const [mentor] = await loadMentors({ userIds: [userId] });
  return !!mentor && freePlacesOf(mentor, referenceDate()) > 0;
}

describe("the mentor application, step by step", () => {
  it("is only for people with the mentor role", async () => {
    await actAs(await makeUser({ roles: ["seeker"] }));
    expect(navigationDigest(await rejection(getOwnApplication()))).toBe(NOT_FOUND);
    expect(navigationDigest(await rejection(saveApplicationStep(1, {}, "continue")))).toBe(NOT_FOUND);
    expect(navigationDigest(await rejection(submitApplication()))).toBe(NOT_FOUND);
    expect(navigationDigest(await rejection(pauseMentoring({})))).toBe(NOT_FOUND);
    // The dashboard may ask anyone; nobody without an application has one.
    expect(await getMentorStatus()).toEqual({ status: "none", step: 1, pausedUntil: null, decisionReason: null });
  });

  it("saves each step, remembers where to resume, and is sent once", async () => {
    const mentor = await makeUser({ roles: ["mentor"] });
    await actAs(mentor);
    expect(await getOwnApplication()).toBeNull();
    expect(await getMentorStatus()).toMatchObject({ status: "none", step: 1 });

    await fillSteps(3);
    expect(await getMentorStatus()).toMatchObject({ status: "draft", step: 4 });
    const halfway = await getOwnApplication();
    expect(halfway).toMatchObject({ capacity: 2, cadences: ["weekly"], timezone: "Europe/Lisbon", languages: ["en", "es"], gender: null });
    expect(halfway?.topicIds).toHaveLength(2);
    expect(halfway?.avoidTopicIds).toHaveLength(1);
    expect(halfway?.nextIncompleteStep).toBe(4);

    // Going back to an earlier step and continuing does not move the resume point back.
    await saveApplicationStep(1, { topicIds: halfway!.topicIds, avoidTopicIds: [] }, "continue");
    expect(await getMentorStatus()).toMatchObject({ step: 4 });

    await fillSteps(6);
    expect(await getMentorStatus()).toMatchObject({ status: "draft", step: 7 });
    const [pledge] = await db().select().from(acknowledgments).where(eq(acknowledgments.userId, mentor.id));
    expect(pledge).toMatchObject({ kind: "mentor_pledge", version: PLEDGE_VERSION });
    const done = await getOwnApplication();
    expect(done).toMatchObject({ pledgeVersion: PLEDGE_VERSION, nextIncompleteStep: null });
    expect(done?.trainingPassedAt).toBeInstanceOf(Date);
    expect(done?.trainingAnswers).toMatchObject({ "not-here-anymore": "stay-and-get-help" });

    // A double submit is one submission.
    const results = await Promise.all([submitApplication(), submitApplication()]);
    expect(results.filter((r) => !r.alreadySubmitted)).toHaveLength(1);
    const [row] = await db().select().from(mentorProfiles).where(eq(mentorProfiles.userId, mentor.id));
    expect(row).toMatchObject({ status: "submitted" });
    expect(row?.submittedAt).toBeInstanceOf(Date);
    expect(await submitApplication()).toEqual({ alreadySubmitted: true });
    expect(await getMentorStatus()).toMatchObject({ status: "submitted" });

    // Nothing changes under a moderator's eyes once it is sent.
    await expect(saveApplicationStep(4, { intro: "x".repeat(30), motivation: "y".repeat(30) }, "continue")).rejects.toBeInstanceOf(ConflictError);
  });

  it("keeps the valid answers of a step on Back, and stores nothing invalid", async () => {
    await actAs(await makeUser({ roles: ["mentor"] }));
    // Back from a blank first step starts nothing.
    await saveApplicationStep(1, { topicIds: [], avoidTopicIds: [] }, "back");
    expect(await getOwnApplication()).toBeNull();
    await fillSteps(1);
    await saveApplicationStep(2, { capacity: "9", cadences: ["fortnightly"], windows: [], timezone: "Not/AZone" }, "back");
    expect(await getOwnApplication()).toMatchObject({ capacity: null, cadences: ["fortnightly"], windows: [], timezone: null, step: 2 });
    await saveApplicationStep(4, { intro: "Short", motivation: "Long enough to keep, surely." }, "back");
    expect(await getOwnApplication()).toMatchObject({ intro: null, motivation: "Long enough to keep, surely." });
  });

  it("refuses topics that are unknown or retired, and one topic in both lists", async () => {
    await actAs(await makeUser({ roles: ["mentor"] }));
    const [grief, loneliness] = await activeTopicIds();
    await expect(saveApplicationStep(1, { topicIds: [], avoidTopicIds: [] }, "continue")).rejects.toThrow(/at least one topic/);
    await expect(saveApplicationStep(1, { topicIds: [grief], avoidTopicIds: [grief] }, "continue")).rejects.toThrow(/can't be both/);
    await expect(saveApplicationStep(1, { topicIds: ["7f9c1d2e-7f0b-4b5c-9a55-2d6f7f6f3b11"], avoidTopicIds: [] }, "continue")).rejects.toThrow(
      /no longer on the list/,
    );
    const [retired] = await db().insert(topics).values({ slug: `retired-${Date.now()}`, name: "Retired topic", retiredAt: new Date() }).returning();
    await expect(saveApplicationStep(1, { topicIds: [retired!.id], avoidTopicIds: [] }, "continue")).rejects.toThrow(/no longer on the list/);
    expect((await topicChoices()).map((t) => t.id)).not.toContain(retired!.id);

    // A topic retired after it was chosen stays chosen, and on the list for this person.
    await saveApplicationStep(1, { topicIds: [loneliness], avoidTopicIds: [] }, "continue");
    await db().update(topics).set({ retiredAt: new Date() }).where(eq(topics.id, loneliness!));
    try {
      await saveApplicationStep(1, { topicIds: [loneliness, grief], avoidTopicIds: [] }, "continue");
      expect((await topicChoices()).find((t) => t.id === loneliness)).toMatchObject({ retired: true });
    } finally {
      await db().update(topics).set({ retiredAt: null }).where(eq(topics.id, loneliness!));
    }
  });

  it("cannot be sent without pledges or a passed training", async () => {
    await actAs(await makeUser({ roles: ["mentor"] }));
    await fillSteps(4);
    await expect(submitApplication()).rejects.toThrow(/finish step 5/);
    await expect(saveApplicationStep(5, { pledgeNonJudgment: "on", pledgeConfidentiality: "on" }, "continue")).rejects.toThrow();
    await saveApplicationStep(5, { pledgeNonJudgment: "on", pledgeConfidentiality: "on", pledgeBoundaries: "on" }, "continue");
    await expect(submitApplication()).rejects.toThrow(/finish step 6/);

    // A wrong answer to a safety question does not pass, and does not move on.
    const { grade } = await saveApplicationStep(6, { ...rightAnswers(), [trainingField("not-here-anymore")]: wrongAnswer("not-here-anymore") }, "continue");
    expect(grade).toMatchObject({ passed: false, needsAnotherLook: ["not-here-anymore"] });
    expect(await getMentorStatus()).toMatchObject({ step: 6 });
    await expect(submitApplication()).rejects.toThrow(/finish step 6/);

    // Retaken: passes, even with a different answer on a question that is not safety-critical.
    const retake = await saveApplicationStep(6, { ...rightAnswers(), [trainingField("money")]: wrongAnswer("money") }, "continue");
    expect(retake.grade?.passed).toBe(true);
    expect(await submitApplication()).toEqual({ alreadySubmitted: false });
  });

  it("asks for the pledges again when their text has a new version", async () => {
    const mentor = await makeUser({ roles: ["mentor"] });
    await actAs(mentor);
    await fillSteps(6);
    await db().update(mentorProfiles).set({ pledgeVersion: PLEDGE_VERSION - 1 }).where(eq(mentorProfiles.userId, mentor.id));
    await expect(submitApplication()).rejects.toThrow(/finish step 5/);
  });

  it("the database itself refuses a sent application that is missing its training", async () => {
    const mentor = await makeUser({ roles: ["mentor"] });
    await actAs(mentor);
    await fillSteps(5);
    await expect(
      db().update(mentorProfiles).set({ status: "submitted", submittedAt: new Date() }).where(eq(mentorProfiles.userId, mentor.id)),
    ).rejects.toThrow();
  });

  it("never lets one mentor read or change another's application", async () => {
    const first = await makeUser({ roles: ["mentor"] });
    await actAs(first);
    await fillSteps(4);
    const second = await makeUser({ roles: ["mentor"] });
    await actAs(second);
    expect(await getOwnApplication()).toBeNull();
    await saveApplicationStep(4, { intro: "Second person's own words, long enough.", motivation: "Second person's motivation, long enough." }, "continue");
    const [firstRow] = await db().select().from(mentorProfiles).where(eq(mentorProfiles.userId, first.id));
    expect(firstRow?.intro).toBe("I lost my dad three years ago and know how lonely grief can be.");
    // A userId in the input is ignored: the viewer comes from the session.
    await saveApplicationStep(2, { userId: first.id, capacity: "5", cadences: ["monthly"], windows: ["mon-morning"], timezone: "UTC" }, "continue");
    const [still] = await db().select({ capacity: mentorProfiles.capacity }).from(mentorProfiles).where(eq(mentorProfiles.userId, first.id));
    expect(still?.capacity).toBe(2);
  });
});

describe("the moderators' queue", () => {
  it("answers 404 to everyone who is not staff, from every function", async () => {
    const applicant = await submittedApplicant();
    for (const roles of [["mentor"], ["seeker"], ["seeker", "mentor"]] as const) {
      await actAs(await makeUser({ roles: [...roles] }));
      for (const call of [
        () => applicationCounts(),
        () => applicationTopicFilter(),
        () => listApplications({}),
        () => getApplicationForReview(applicant.id),
        () => approveApplication({ userId: applicant.id }),
        () => declineApplication({ userId: applicant.id, reason: "Not a good fit" }),
      ]) {
        expect(navigationDigest(await rejection(call()))).toBe(NOT_FOUND);
      }
    }
    // Not even the applicant can approve themselves.
    await actAs(applicant);
    expect(navigationDigest(await rejection(approveApplication({ userId: applicant.id })))).toBe(NOT_FOUND);
    const [row] = await db().select({ status: mentorProfiles.status }).from(mentorProfiles).where(eq(mentorProfiles.userId, applicant.id));
    expect(row?.status).toBe("submitted");
  });

  it("counts, filters and orders oldest submitted first, and hides what is private to the mentor", async () => {
    const moderator = await makeUser({ roles: ["moderator"] });
    const older = await submittedApplicant(["en", "uk"]);
    const newer = await submittedApplicant(["en"]);
    await db().update(mentorProfiles).set({ submittedAt: sql`now() - interval '3 days'` }).where(eq(mentorProfiles.userId, older.id));
    await actAs(moderator);
    const counts = await applicationCounts();
    expect(counts.submitted).toBeGreaterThanOrEqual(2);
    const list = await listApplications({});
    const ids = list.applications.map((a) => a.userId);
    expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(newer.id));
    expect(list.applications.find((a) => a.userId === older.id)).toMatchObject({ topics: expect.any(Array), mayDecide: true });

    const ukrainian = await listApplications({ language: "uk" });
    expect(ukrainian.applications.map((a) => a.userId)).toContain(older.id);
    expect(ukrainian.applications.map((a) => a.userId)).not.toContain(newer.id);
    const [, , moving] = await activeTopicIds();
    // Both avoid "moving": that is private, and no lived-experience filter finds them by it.
    expect((await listApplications({ topicId: moving })).applications.map((a) => a.userId)).not.toContain(older.id);
    expect((await listApplications({ status: "approved" })).applications.map((a) => a.userId)).not.toContain(older.id);

    const review = await getApplicationForReview(older.id);
    expect(review).toMatchObject({ status: "submitted", capacity: 2, languages: ["en", "uk"], mayDecide: true, training: { passed: true } });
    expect(review?.topics).toHaveLength(2);
    for (const secret of ["avoidTopicIds", "gender", "ageBand", "passwordHash"]) expect(Object.keys(review!)).not.toContain(secret);
    expect(await getApplicationForReview("not-a-uuid")).toBeNull();
  });

  it("approves with an audit row in the same transaction; the mentor becomes matchable", async () => {
    const moderator = await makeUser({ roles: ["moderator"] });
    const applicant = await submittedApplicant();
    expect(await isMatchable(applicant.id)).toBe(false);
    await actAs(moderator);
    await approveApplication({ userId: applicant.id, note: "Welcome aboard!" });
    const [row] = await db().select().from(mentorProfiles).where(eq(mentorProfiles.userId, applicant.id));
    expect(row).toMatchObject({ status: "approved", decidedById: moderator.id, decisionReason: "Welcome aboard!" });
    const audit = await auditEntries(eq(auditLog.targetUserId, applicant.id));
    expect(audit).toEqual([
      expect.objectContaining({ actorId: moderator.id, action: "mentor_application.approve", reason: "Welcome aboard!", details: { from: "submitted", to: "approved" } }),
    ]);
    expect(await isMatchable(applicant.id)).toBe(true);
    await actAs(applicant);
    expect(await getMentorStatus()).toEqual({ status: "approved", step: 7, pausedUntil: null, decisionReason: "Welcome aboard!" });
  });

  it("leaves the application undecided when the audit write fails", async () => {
    const moderator = await makeUser({ roles: ["moderator"] });
    const applicant = await submittedApplicant();
    await actAs(moderator);
    await db().execute(sql`alter table audit_log add constraint audit_fail_test check (action <> 'mentor_application.approve') not valid`);
    try {
      await expect(approveApplication({ userId: applicant.id })).rejects.toThrow();
    } finally {
      await db().execute(sql`alter table audit_log drop constraint audit_fail_test`);
    }
    const [row] = await db().select({ status: mentorProfiles.status }).from(mentorProfiles).where(eq(mentorProfiles.userId, applicant.id));
    expect(row?.status).toBe("submitted");
  });

  it("declines with a reason the applicant reads; they revise and send again", async () => {
    const moderator = await makeUser({ roles: ["moderator"] });
    const applicant = await submittedApplicant();
    await actAs(moderator);
    await expect(declineApplication({ userId: applicant.id, reason: "" })).rejects.toThrow(/at least 5 characters/);
    await declineApplication({ userId: applicant.id, reason: "Please say more about the rhythm you can keep." });
    expect(await isMatchable(applicant.id)).toBe(false);

    await actAs(applicant);
    expect(await getMentorStatus()).toMatchObject({ status: "declined", decisionReason: "Please say more about the rhythm you can keep." });
    await expect(saveApplicationStep(2, { capacity: "1", cadences: ["weekly"], windows: ["mon-evening"], timezone: "UTC" }, "continue")).rejects.toBeInstanceOf(
      ConflictError,
    );
    await reviseApplication();
    await reviseApplication(); // twice is fine
    expect(await getMentorStatus()).toMatchObject({ status: "draft", decisionReason: "Please say more about the rhythm you can keep." });
    // Every answer is still there.
    expect(await getOwnApplication()).toMatchObject({ capacity: 2, nextIncompleteStep: null });
    await saveApplicationStep(2, { capacity: "1", cadences: ["weekly", "fortnightly"], windows: ["mon-evening"], timezone: "UTC" }, "continue");
    await submitApplication();
    expect(await getMentorStatus()).toMatchObject({ status: "submitted", decisionReason: null });

    await actAs(moderator);
    await approveApplication({ userId: applicant.id });
    const actions = (await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetUserId, applicant.id)).orderBy(auditLog.id)).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["mentor_application.decline", "mentor_application.approve"]);
    expect((await getApplicationForReview(applicant.id))?.history.map((h) => h.action)).toEqual(["mentor_application.approve", "mentor_application.decline"]);
  });

  it("lets one of two moderators deciding at once win, and tells the other", async () => {
    const [first, second] = [await makeUser({ roles: ["moderator"] }), await makeUser({ roles: ["moderator"] })];
    const applicant = await submittedApplicant();
    await actAs(first);
    const a = approveApplication({ userId: applicant.id });
    await actAs(second);
    const b = declineApplication({ userId: applicant.id, reason: "Second moderator's reason" });
    const results = await Promise.allSettled([a, b]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ConflictError);
    expect(lost.reason.message).toMatch(/already decided/);
    expect(await db().$count(auditLog, eq(auditLog.targetUserId, applicant.id))).toBe(1);
  });

  it("does not let a moderator decide their own application; an admin decides staff applications", async () => {
    const moderator = await makeUser({ roles: ["moderator", "mentor"] });
    await actAs(moderator);
    await fillSteps(6);
    await submitApplication();
    await expect(approveApplication({ userId: moderator.id })).rejects.toThrow(/your own application/);
    await expect(approveApplication({ userId: moderator.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getApplicationForReview(moderator.id)).toMatchObject({ mayDecide: false, decisionBlock: expect.stringMatching(/your own/) });

    await actAs(await makeUser({ roles: ["moderator"] }));
    await expect(approveApplication({ userId: moderator.id })).rejects.toThrow(/decided by an admin/);
    await actAs(await makeUser({ roles: ["admin"] }));
    await expect(approveApplication({ userId: moderator.id })).resolves.toMatchObject({ name: moderator.name });
  });

  it("refuses to decide a draft", async () => {
    const applicant = await makeUser({ roles: ["mentor"] });
    await actAs(applicant);
    await fillSteps(3);
    await actAs(await makeUser({ roles: ["moderator"] }));
    await expect(approveApplication({ userId: applicant.id })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("an approved mentor's settings, and who may be matched", () => {
  async function approvedMentor() {
    const applicant = await submittedApplicant();
    await actAs(await makeUser({ roles: ["moderator"] }));
    await approveApplication({ userId: applicant.id });
    await actAs(applicant);
    return applicant;
  }

  it("pauses until a return date after today and within six months, and un-pauses", async () => {
    const mentor = await approvedMentor();
    const today = localDate("Europe/Lisbon");
    await expect(pauseMentoring({ pausedUntil: today })).rejects.toThrow(/after today/);
    await expect(pauseMentoring({ pausedUntil: addDays(addMonths(today, 6), 1) })).rejects.toThrow(/six months/);
    await expect(pauseMentoring({ pausedUntil: "next tuesday" })).rejects.toThrow(/back/);
    expect(await isMatchable(mentor.id)).toBe(true);

    const back = addDays(today, 14);
    await pauseMentoring({ pausedUntil: back });
    expect(await getMentorStatus()).toMatchObject({ status: "approved", pausedUntil: back });
    expect(await getMentorSettings()).toMatchObject({ pausedUntil: back, capacity: 2, activeRelationships: 0 });
    expect(await isMatchable(mentor.id)).toBe(false);

    await resumeMentoring();
    expect(await getMentorStatus()).toMatchObject({ pausedUntil: null });
    expect(await isMatchable(mentor.id)).toBe(true);

    await pauseMentoring({ pausedUntil: addMonths(today, 6) });
    // Once the return date has come, the pause is over by itself.
    await db().update(mentorProfiles).set({ pausedUntil: sql`current_date` }).where(eq(mentorProfiles.userId, mentor.id));
    expect(await getMentorStatus()).toMatchObject({ pausedUntil: null });
    expect(await isMatchable(mentor.id)).toBe(true);
  });

  it("ends a pause when the return day begins where the mentor lives, not at midnight UTC", async () => {
    const mentor = await approvedMentor();
    const zoneAt = (zone: string) => db().update(mentorProfiles).set({ timezone: zone }).where(eq(mentorProfiles.userId, mentor.id));
    try {
      // 2031-03-04 10:00 UTC: 23:00 that day in Auckland (UTC+13), 02:00 that day in Los Angeles (UTC-8).
      setClockOffset(Date.parse("2031-03-04T10:00:00Z") - Date.now());
      await db().update(mentorProfiles).set({ pausedUntil: "2031-03-05" }).where(eq(mentorProfiles.userId, mentor.id));
      await zoneAt("Pacific/Auckland");
      expect(await isMatchable(mentor.id)).toBe(false);
      // 11:30 UTC is 00:30 on the 5th in Auckland: back, though the UTC date is still the 4th.
      setClockOffset(Date.parse("2031-03-04T11:30:00Z") - Date.now());
      expect(await isMatchable(mentor.id)).toBe(true);
      expect(await getMentorStatus()).toMatchObject({ pausedUntil: null });
      expect(await getMentorSettings()).toMatchObject({ pausedUntil: null });

      // 2031-03-05 03:00 UTC is still 19:00 on the 4th in Los Angeles: still away, though UTC has reached the 5th.
      await zoneAt("America/Los_Angeles");
      setClockOffset(Date.parse("2031-03-05T03:00:00Z") - Date.now());
      expect(await isMatchable(mentor.id)).toBe(false);
      expect(await getMentorStatus()).toMatchObject({ pausedUntil: "2031-03-05" });
      // 08:30 UTC is 00:30 on the 5th there: back.
      setClockOffset(Date.parse("2031-03-05T08:30:00Z") - Date.now());
      expect(await isMatchable(mentor.id)).toBe(true);
    } finally {
      setClockOffset(0);
    }
  });

  it("changes capacity within 1–5, checking the people they support now", async () => {
    const mentor = await approvedMentor();
    await expect(changeCapacity({ capacity: "6" })).rejects.toThrow(/most we ask/);
    await expect(changeCapacity({ capacity: "0" })).rejects.toThrow();
    expect(await activeRelationshipCount(mentor.id)).toBe(0);
    expect(await changeCapacity({ capacity: "1" })).toEqual({ kind: "changed", capacity: 1 });
    expect(await changeCapacity({ capacity: "5" })).toEqual({ kind: "changed", capacity: 5 });
    const [row] = await db().select({ capacity: mentorProfiles.capacity }).from(mentorProfiles).where(eq(mentorProfiles.userId, mentor.id));
    expect(row?.capacity).toBe(5);
  });

  it("keeps settings closed until approval", async () => {
    await actAs(await makeUser({ roles: ["mentor"] }));
    await fillSteps(6);
    await submitApplication();
    expect(await getMentorSettings()).toBeNull();
    await expect(changeCapacity({ capacity: "3" })).rejects.toThrow(/approved/);
    await expect(pauseMentoring({ pausedUntil: addDays(localDate("UTC"), 3) })).rejects.toThrow(/approved/);
  });

  it("matches only approved, unpaused, active mentors who still hold the role", async () => {
    const draft = await makeUser({ roles: ["mentor"] });
    await actAs(draft);
    await fillSteps(2);
    const submitted = await submittedApplicant();
    const declined = await submittedApplicant();
    await actAs(await makeUser({ roles: ["moderator"] }));
    await declineApplication({ userId: declined.id, reason: "Not the right time" });
    const approved = await approvedMentor();
    const suspended = await approvedMentor();
    await db().update(users).set({ status: "suspended" }).where(eq(users.id, suspended.id));
    const formerMentor = await approvedMentor();
    await db().update(users).set({ roles: ["seeker"] }).where(eq(users.id, formerMentor.id));

    for (const person of [draft, submitted, declined, suspended, formerMentor]) expect(await isMatchable(person.id)).toBe(false);
    expect(await isMatchable(approved.id)).toBe(true);
    // Topics are kept per mentor for matching.
    expect(await db().$count(mentorTopics, eq(mentorTopics.userId, approved.id))).toBe(2);
  });
});
