import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { acknowledgments, friendProfiles, needsProfiles, needsProfileTopics, topics, users } from "@/db/schema";
import { acknowledgeNotTherapy } from "@/lib/dal/profiles/acknowledgments";
import { changeDisplayName } from "@/lib/dal/account/display-name";
import { saveFriendProfile, setFriendshipActive } from "@/lib/dal/profiles/friend-profiles";
import { getNeedsProfileFor, getOnboardingStatus, getOwnNeedsProfile, saveNeedsStep } from "@/lib/dal/profiles/needs-profiles";
import { getTopicChoices } from "@/lib/dal/profiles/topic-choices";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { type StepKey, stepNumber } from "@/lib/profiles/onboarding-steps";
import { PRIVATE_NEEDS_FIELDS } from "@/lib/profiles/visibility";
import OnboardingPage from "@/app/(app)/onboarding/page";
import OnboardingStepPage from "@/app/(app)/onboarding/[step]/page";
import { actAs, makeUser, navigationDigest } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

// The version constant, made movable so a test can publish a new text.
const version = vi.hoisted(() => ({ current: 1 }));
vi.mock("@/lib/profiles/acknowledgment", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/profiles/acknowledgment")>();
  return {
    ...original,
    get NOT_THERAPY_VERSION() {
      return version.current;
    },
  };
});

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

/** What each step's form sends when filled in. */
async function answers() {
  const [grief, moving, caring] = await activeTopicIds();
  return {
    "looking-for": { lookingFor: "both" },
    topics: { topicIds: [grief, moving], livedExperienceTopicIds: [grief], ownWords: "My mum died in March." },
    rhythm: { cadence: "weekly", windows: ["tue-evening", "thu-evening"], timezone: "Europe/Lisbon" },
    style: { listenStyle: "listen", tone: "gentle", messageLength: "short", consistencyImportance: "4", nonJudgmentImportance: "4" },
    "about-you": { languages: ["en", "pt"], ageBand: "35-44", gender: "woman", preferredAgeBands: ["45-54"], preferredGenders: ["woman"] },
    boundaries: { avoidTopicIds: [caring], dealbreakers: ["advice-first"], dealbreakersNote: "Please no talk about religion." },
    hopes: { hopes: "Someone steady who checks in on Tuesday evenings." },
    friend: { share: "Gardening, long walks and bad puns.", cadence: "fortnightly", windows: ["sun-morning"], timezone: "Europe/Lisbon" },
    "not-therapy": { acknowledge: "on", version: String(version.current) },
  } satisfies Record<StepKey, Record<string, unknown>>;
}

async function seekerWithSteps(steps: StepKey[], overrides: Partial<Record<StepKey, Record<string, unknown>>> = {}) {
  const seeker = await makeUser({ roles: ["seeker"] });
  await actAs(seeker);
  const input = { ...(await answers()), ...overrides };
  for (const key of steps) await saveNeedsStep(key, input[key]);
  return seeker;
}

const ALL_STEPS: StepKey[] = ["looking-for", "topics", "rhythm", "style", "about-you", "boundaries", "hopes", "friend", "not-therapy"];

async function rowOf(userId: string) {
  const [row] = await db().select().from(needsProfiles).where(eq(needsProfiles.userId, userId));
  return row;
}

describe("onboarding, step by step", () => {
  it("saves each step and moves the step to resume at", async () => {
    const seeker = await makeUser({ roles: ["seeker"] });
    await actAs(seeker);
    expect(await getOnboardingStatus()).toEqual({ started: false, completed: false, step: 1, needsAcknowledgment: true });
    const input = await answers();
    for (const [index, key] of ALL_STEPS.entries()) {
      const saved = await saveNeedsStep(key, input[key]);
      expect(saved.next).toBe(ALL_STEPS[index + 1] ?? null);
      const status = await getOnboardingStatus();
      expect(status.started).toBe(true);
      if (key !== "not-therapy") expect(status).toMatchObject({ completed: false, step: index + 2 });
    }
    expect(await getOnboardingStatus()).toEqual({ started: true, completed: true, step: 9, needsAcknowledgment: false });

    const own = await getOwnNeedsProfile();
    expect(own.profile).toMatchObject({
      lookingFor: "both",
      ownWords: "My mum died in March.",
      cadence: "weekly",
      windows: ["tue-evening", "thu-evening"],
      timezone: "Europe/Lisbon",
      consistencyImportance: 4,
      languages: ["en", "pt"],
      gender: "woman",
      preferredGenders: ["woman"],
      dealbreakers: ["advice-first"],
      dealbreakersNote: "Please no talk about religion.",
      hopes: "Someone steady who checks in on Tuesday evenings.",
    });
    expect(own.profile?.topics.filter((t) => t.livedExperienceMatters)).toHaveLength(1);
    expect(own.profile?.avoidTopics).toHaveLength(1);
    expect(own.friend).toMatchObject({ active: true, cadence: "fortnightly", windows: ["sun-morning"] });
    expect(own.profile?.completedAt).toBeInstanceOf(Date);
  });

  it("skips and renumbers the friend step for someone looking only for a mentor", async () => {
    const seeker = await seekerWithSteps(["looking-for", "topics", "rhythm", "style", "about-you", "boundaries"], { "looking-for": { lookingFor: "mentor" } });
    const input = await answers();
    expect((await saveNeedsStep("hopes", input.hopes)).next).toBe("not-therapy");
    expect(await getOnboardingStatus()).toMatchObject({ step: 8 });
    await saveNeedsStep("not-therapy", input["not-therapy"]);
    expect(await getOnboardingStatus()).toMatchObject({ completed: true });
    expect(await db().$count(friendProfiles, eq(friendProfiles.userId, seeker.id))).toBe(0);
  });

  it("keeps every answer when going back, and does not move the resume step back", async () => {
    const seeker = await seekerWithSteps(["looking-for", "topics", "rhythm", "style"]);
    expect((await rowOf(seeker.id))?.step).toBe(stepNumber("about-you"));
    // "Back" shows the saved answers of step 2 as they were.
    const before = await getOwnNeedsProfile();
    expect(before.profile?.topics).toHaveLength(2);
    expect(before.profile?.ownWords).toBe("My mum died in March.");
    // Saving step 2 again with a change keeps the later answers and the place.
    const input = await answers();
    await saveNeedsStep("topics", { ...input.topics, ownWords: "My mum died in March. It still hurts." });
    const after = await getOwnNeedsProfile();
    expect(after.profile?.ownWords).toBe("My mum died in March. It still hurts.");
    expect(after.profile).toMatchObject({ cadence: "weekly", listenStyle: "listen", tone: "gentle" });
    expect(after.resume).toBe("about-you");
  });

  it("cannot be skipped ahead with a hand-made request", async () => {
    const seeker = await seekerWithSteps(["looking-for"]);
    const input = await answers();
    await saveNeedsStep("hopes", input.hopes);
    expect((await rowOf(seeker.id))?.step).toBe(stepNumber("topics"));
    await saveNeedsStep("not-therapy", input["not-therapy"]);
    expect((await rowOf(seeker.id))?.completedAt).toBeNull();
  });

  it("asks the friend step again when someone changes to 'both' after finishing", async () => {
    const seeker = await seekerWithSteps(ALL_STEPS.filter((k) => k !== "friend"), { "looking-for": { lookingFor: "mentor" } });
    expect(await getOnboardingStatus()).toMatchObject({ completed: true });
    const saved = await saveNeedsStep("looking-for", { lookingFor: "both" });
    expect(saved.needsFriendStep).toBe(true);
    expect((await rowOf(seeker.id))?.step).toBe(stepNumber("friend"));
    await saveNeedsStep("friend", (await answers()).friend);
    expect((await getOwnNeedsProfile()).friend?.active).toBe(true);
  });

  it("stores one upsert per step and one acknowledgment for a double submit", async () => {
    const seeker = await seekerWithSteps(ALL_STEPS);
    const input = await answers();
    await Promise.all([saveNeedsStep("hopes", input.hopes), saveNeedsStep("hopes", input.hopes)]);
    await Promise.all([acknowledgeNotTherapy(input["not-therapy"]), acknowledgeNotTherapy(input["not-therapy"])]);
    expect(await db().$count(needsProfiles, eq(needsProfiles.userId, seeker.id))).toBe(1);
    expect(await db().$count(acknowledgments, eq(acknowledgments.userId, seeker.id))).toBe(1);
    expect(await db().$count(needsProfileTopics, eq(needsProfileTopics.userId, seeker.id))).toBe(2);
  });

  it("shows a validation error beside the field and saves nothing of that step", async () => {
    const seeker = await seekerWithSteps(["looking-for", "topics"]);
    const error = await rejection(saveNeedsStep("rhythm", { cadence: "weekly", windows: [], timezone: "Europe/Lisbon" }));
    expect(error).toMatchObject({ issues: [expect.objectContaining({ path: ["windows"], message: "Choose at least one time that suits you." })] });
    expect((await rowOf(seeker.id))?.cadence).toBeNull();
  });
});

describe("the onboarding pages", () => {
  const stepPage = (step: string) => OnboardingStepPage({ params: Promise.resolve({ step }) });
  const redirectOf = async (promise: Promise<unknown>) => navigationDigest(await rejection(promise)).split(";")[2];

  it("send /onboarding to the step to resume at, and a finished person to their profile", async () => {
    await actAs(await makeUser({ roles: ["seeker"] }));
    expect(await redirectOf(OnboardingPage())).toBe("/onboarding/looking-for");
    await seekerWithSteps(["looking-for", "topics", "rhythm", "style"]);
    expect(await redirectOf(OnboardingPage())).toBe("/onboarding/about-you");
    await seekerWithSteps(ALL_STEPS);
    expect(await redirectOf(OnboardingPage())).toBe("/profile");
  });

  it("open earlier steps (Back) but not later ones, nor the friend step when it does not apply", async () => {
    await seekerWithSteps(["looking-for", "topics", "rhythm"], { "looking-for": { lookingFor: "mentor" } });
    await expect(stepPage("topics")).resolves.toBeTruthy();
    await expect(stepPage("style")).resolves.toBeTruthy();
    expect(await redirectOf(stepPage("hopes"))).toBe("/onboarding");
    expect(await redirectOf(stepPage("friend"))).toBe("/onboarding");
    expect(navigationDigest(await rejection(stepPage("no-such-step")))).toBe(NOT_FOUND);
  });

  it("ask a finished person to acknowledge again when the text changes, and nothing else", async () => {
    await seekerWithSteps(ALL_STEPS);
    expect(await redirectOf(stepPage("not-therapy"))).toBe("/profile");
    version.current = 2;
    try {
      expect(await redirectOf(OnboardingPage())).toBe("/onboarding/not-therapy");
      await expect(stepPage("not-therapy")).resolves.toBeTruthy();
      expect(await redirectOf(stepPage("topics"))).toBe("/profile");
    } finally {
      version.current = 1;
    }
  });
});

describe("topics", () => {
  it("only offers and accepts active topics, but a retired topic stays on profiles that name it", async () => {
    const [grief, moving, other] = await activeTopicIds();
    const seeker = await seekerWithSteps(["looking-for", "topics"], { topics: { topicIds: [grief], livedExperienceTopicIds: [], ownWords: "" } });
    const [retired] = await db().update(topics).set({ retiredAt: new Date() }).where(eq(topics.id, grief!)).returning();
    try {
      // Still on the profile, still offered to this person, and they can keep it.
      expect((await getOwnNeedsProfile()).profile?.topics).toEqual([expect.objectContaining({ id: grief, retired: true })]);
      expect((await getTopicChoices()).support).toContainEqual(expect.objectContaining({ id: grief, retired: true }));
      await saveNeedsStep("topics", { topicIds: [grief, moving], livedExperienceTopicIds: [grief], ownWords: "" });
      expect((await getOwnNeedsProfile()).profile?.topics.map((t) => t.id).sort()).toEqual([grief, moving].sort());

      // Someone else cannot newly choose it, nor see it offered.
      const newcomer = await makeUser({ roles: ["seeker"] });
      await actAs(newcomer);
      await saveNeedsStep("looking-for", { lookingFor: "mentor" });
      expect((await getTopicChoices()).support.map((t) => t.id)).not.toContain(grief);
      const error = await rejection(saveNeedsStep("topics", { topicIds: [grief, other], livedExperienceTopicIds: [], ownWords: "" }));
      expect(error).toMatchObject({ issues: [expect.objectContaining({ path: ["topicIds"] })] });
      expect(await db().$count(needsProfileTopics, eq(needsProfileTopics.userId, newcomer.id))).toBe(0);

      // Once dropped, the first seeker cannot take it back either.
      await actAs(seeker);
      await saveNeedsStep("topics", { topicIds: [moving], livedExperienceTopicIds: [], ownWords: "" });
      await expect(saveNeedsStep("topics", { topicIds: [grief], livedExperienceTopicIds: [], ownWords: "" })).rejects.toMatchObject({
        issues: [expect.objectContaining({ path: ["topicIds"] })],
      });
    } finally {
      await db().update(topics).set({ retiredAt: null }).where(eq(topics.id, retired!.id));
    }
  });

  it("refuses unknown topic ids, and a topic both wanted and avoided", async () => {
    const [grief] = await activeTopicIds();
    await seekerWithSteps(["looking-for", "topics", "rhythm", "style", "about-you"], { topics: { topicIds: [grief], livedExperienceTopicIds: [], ownWords: "" } });
    await expect(saveNeedsStep("boundaries", { avoidTopicIds: [randomUUID()], dealbreakers: [], dealbreakersNote: "" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["avoidTopicIds"] })],
    });
    await expect(saveNeedsStep("boundaries", { avoidTopicIds: [grief], dealbreakers: [], dealbreakersNote: "" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["avoidTopicIds"], message: expect.stringMatching(/asked for support/) })],
    });
  });
});

describe("acknowledging that Alongside is not therapy", () => {
  it("stores the version and time, and asks again when the text changes", async () => {
    const seeker = await seekerWithSteps(ALL_STEPS);
    const [first] = await db().select().from(acknowledgments).where(eq(acknowledgments.userId, seeker.id));
    expect(first).toMatchObject({ kind: "not_therapy", version: 1, acknowledgedAt: expect.any(Date) });
    expect((await getOnboardingStatus()).needsAcknowledgment).toBe(false);

    version.current = 2;
    try {
      expect(await getOnboardingStatus()).toMatchObject({ completed: true, needsAcknowledgment: true });
      expect((await getOwnNeedsProfile()).needsAcknowledgment).toBe(true);
      // A form showing the old text is refused: they must read the new one.
      await expect(acknowledgeNotTherapy({ acknowledge: "on", version: "1" })).rejects.toThrow(/updated while you were reading/);
      await acknowledgeNotTherapy({ acknowledge: "on", version: "2" });
      expect(await getOnboardingStatus()).toMatchObject({ completed: true, needsAcknowledgment: false });
      const versions = await db().select({ v: acknowledgments.version }).from(acknowledgments).where(eq(acknowledgments.userId, seeker.id));
      expect(versions.map((r) => r.v).sort()).toEqual([1, 2]);
    } finally {
      version.current = 1;
    }
  });

  it("needs the box ticked", async () => {
    await seekerWithSteps(ALL_STEPS.slice(0, -1));
    await expect(acknowledgeNotTherapy({ acknowledge: "", version: "1" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["acknowledge"] })],
    });
    expect((await getOnboardingStatus()).completed).toBe(false);
  });
});

describe("peer friendship on and off", () => {
  it("keeps the answers when switched off, and follows what they look for", async () => {
    const seeker = await seekerWithSteps(ALL_STEPS);
    await setFriendshipActive(false);
    expect((await getOwnNeedsProfile()).friend).toMatchObject({ active: false, share: "Gardening, long walks and bad puns." });
    expect((await rowOf(seeker.id))?.lookingFor).toBe("mentor");
    expect(await setFriendshipActive(true)).toEqual({ needsFriendStep: false });
    expect((await getOwnNeedsProfile()).friend?.active).toBe(true);
    expect((await rowOf(seeker.id))?.lookingFor).toBe("both");
  });

  it("asks the friend step the first time it is switched on", async () => {
    const seeker = await seekerWithSteps(ALL_STEPS.filter((k) => k !== "friend"), { "looking-for": { lookingFor: "mentor" } });
    expect(await setFriendshipActive(true)).toEqual({ needsFriendStep: true });
    expect(await db().$count(friendProfiles, eq(friendProfiles.userId, seeker.id))).toBe(0);
    await saveFriendProfile((await answers()).friend);
    expect((await rowOf(seeker.id))?.lookingFor).toBe("both");
    expect(await getOnboardingStatus()).toMatchObject({ completed: true });
  });
});

describe("privacy between people", () => {
  it("never lets another seeker read or change someone's profile through any DAL function", async () => {
    const owner = await seekerWithSteps(ALL_STEPS);
    const ownerBefore = await rowOf(owner.id);
    const [ownerUser] = await db().select({ name: users.name }).from(users).where(eq(users.id, owner.id));

    const other = await makeUser({ roles: ["seeker"] });
    await actAs(other);
    await expect(getNeedsProfileFor(owner.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getOwnNeedsProfile()).profile).toBeNull();
    expect((await getTopicChoices()).avoid.every((t) => !t.retired)).toBe(true);

    // Every write names the person only through the session; ids in the input are ignored.
    const input = { ...(await answers()), userId: owner.id };
    const attempts: [StepKey, Record<string, unknown>][] = ALL_STEPS.map((key) => [key, { ...input[key], userId: owner.id, user_id: owner.id }]);
    for (const [key, data] of attempts) await saveNeedsStep(key, data);
    await setFriendshipActive(false);
    await changeDisplayName({ name: "Not the owner", id: owner.id, userId: owner.id });

    expect(await rowOf(owner.id)).toEqual(ownerBefore);
    const [ownerAfter] = await db().select({ name: users.name }).from(users).where(eq(users.id, owner.id));
    expect(ownerAfter?.name).toBe(ownerUser?.name);
    expect((await rowOf(other.id))?.userId).toBe(other.id);
    const [renamed] = await db().select({ name: users.name }).from(users).where(eq(users.id, other.id));
    expect(renamed?.name).toBe("Not the owner");
    expect(await db().$count(friendProfiles, and(eq(friendProfiles.userId, owner.id), eq(friendProfiles.active, true)))).toBe(1);
  });

  it("shows staff the moderator view, without the private answers; a mentor sees nothing", async () => {
    const owner = await seekerWithSteps(ALL_STEPS);
    await actAs(await makeUser({ roles: ["moderator"] }));
    const seen = await getNeedsProfileFor(owner.id);
    expect(seen.audience).toBe("moderator");
    for (const field of PRIVATE_NEEDS_FIELDS) expect(seen.profile).not.toHaveProperty(field);
    expect(JSON.stringify(seen)).not.toContain("religion");
    expect(seen.profile).toMatchObject({ hopes: "Someone steady who checks in on Tuesday evenings.", account: { status: "active" } });

    await actAs(await makeUser({ roles: ["mentor"] }));
    await expect(getNeedsProfileFor(owner.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getNeedsProfileFor("not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);

    await actAs(owner);
    const mine = await getNeedsProfileFor(owner.id);
    expect(mine.audience).toBe("owner");
    expect(mine.profile).toMatchObject({ dealbreakersNote: "Please no talk about religion." });
  });

  it("does not let someone without the seeker role have a needs profile", async () => {
    const mentor = await makeUser({ roles: ["mentor"] });
    await actAs(mentor);
    const input = await answers();
    for (const key of ALL_STEPS) expect(navigationDigest(await rejection(saveNeedsStep(key, input[key]))), key).toBe(NOT_FOUND);
    expect(navigationDigest(await rejection(getOwnNeedsProfile()))).toBe(NOT_FOUND);
    expect(navigationDigest(await rejection(setFriendshipActive(true)))).toBe(NOT_FOUND);
    await expect(getOnboardingStatus()).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().$count(needsProfiles, eq(needsProfiles.userId, mentor.id))).toBe(0);
  });

  it("sends someone signed out to sign in", async () => {
    await actAs(null);
    expect(navigationDigest(await rejection(saveNeedsStep("looking-for", { lookingFor: "both" })))).toMatch(/^NEXT_REDIRECT;.*\/sign-in/);
  });
});
