import { describe, expect, it } from "vitest";
import {
  firstUnanswered,
  LAST_STEP,
  mayOpenStep,
  nextStep,
  previousStep,
  type ProgressFacts,
  resumeKey,
  resumeStepAfter,
  stepNumber,
  stepPosition,
  visibleSteps,
} from "@/lib/profiles/onboarding-steps";

const nothing: ProgressFacts = {
  lookingFor: null,
  topicCount: 0,
  cadence: null,
  windowCount: 0,
  timezone: null,
  listenStyle: null,
  tone: null,
  messageLength: null,
  consistencyImportance: null,
  nonJudgmentImportance: null,
  languageCount: 0,
  ageBand: null,
  hopes: null,
  hasFriendProfile: false,
  acknowledged: false,
};

const everything: ProgressFacts = {
  lookingFor: "both",
  topicCount: 2,
  cadence: "weekly",
  windowCount: 3,
  timezone: "Europe/Lisbon",
  listenStyle: "listen",
  tone: "gentle",
  messageLength: "short",
  consistencyImportance: 4,
  nonJudgmentImportance: 4,
  languageCount: 1,
  ageBand: "25-34",
  hopes: "Someone steady.",
  hasFriendProfile: true,
  acknowledged: true,
};

describe("the steps that apply", () => {
  it("skips the friend step for someone looking only for a mentor, and renumbers", () => {
    expect(visibleSteps("mentor")).not.toContain("friend");
    expect(visibleSteps("both")).toContain("friend");
    expect(visibleSteps("friend")).toContain("friend");
    expect(stepPosition("not-therapy", "mentor")).toEqual({ position: 8, total: 8 });
    expect(stepPosition("not-therapy", "both")).toEqual({ position: 9, total: 9 });
    expect(stepPosition("looking-for", null)).toEqual({ position: 1, total: 9 });
    expect(nextStep("hopes", "mentor")).toBe("not-therapy");
    expect(nextStep("hopes", "friend")).toBe("friend");
    expect(previousStep("not-therapy", "mentor")).toBe("hopes");
    expect(previousStep("not-therapy", "both")).toBe("friend");
    expect(previousStep("looking-for", "both")).toBeNull();
    expect(nextStep("not-therapy", "both")).toBeNull();
  });
});

describe("where to resume", () => {
  it("moves on one step at a time as steps are saved", () => {
    let stored = 1;
    let facts = { ...nothing, lookingFor: "mentor" as const };
    stored = resumeStepAfter("looking-for", stored, facts);
    expect(stored).toBe(stepNumber("topics"));
    facts = { ...facts, topicCount: 1 };
    stored = resumeStepAfter("topics", stored, facts);
    expect(stored).toBe(stepNumber("rhythm"));
  });

  it("never moves back when an earlier step is saved again", () => {
    const facts = { ...everything, lookingFor: "mentor" as const, hopes: null, acknowledged: false };
    expect(resumeStepAfter("topics", stepNumber("hopes"), facts)).toBe(stepNumber("hopes"));
  });

  it("cannot be pushed past a step whose answers are missing", () => {
    // A hand-made request saving step 7 first still resumes at step 2.
    expect(resumeStepAfter("hopes", 1, { ...nothing, lookingFor: "both", hopes: "Someone steady." })).toBe(stepNumber("topics"));
  });

  it("brings the friend step back when someone changes to 'both' late", () => {
    const facts = { ...everything, lookingFor: "both" as const, hasFriendProfile: false, acknowledged: false };
    expect(resumeStepAfter("looking-for", stepNumber("not-therapy"), facts)).toBe(stepNumber("friend"));
  });

  it("skips a step that no longer applies when resuming", () => {
    expect(resumeKey(stepNumber("friend"), "mentor")).toBe("not-therapy");
    expect(resumeKey(stepNumber("friend"), "both")).toBe("friend");
    expect(resumeKey(LAST_STEP, "mentor")).toBe("not-therapy");
  });

  it("lets a step be opened only up to the step to resume at", () => {
    expect(mayOpenStep("topics", stepNumber("rhythm"), "mentor")).toBe(true);
    expect(mayOpenStep("style", stepNumber("rhythm"), "mentor")).toBe(false);
    expect(mayOpenStep("friend", LAST_STEP, "mentor")).toBe(false);
  });

  it("is complete when every applying step is answered; boundaries may stay empty", () => {
    expect(firstUnanswered(everything)).toBeNull();
    expect(firstUnanswered({ ...everything, lookingFor: "mentor", hasFriendProfile: false })).toBeNull();
    expect(firstUnanswered({ ...everything, acknowledged: false })).toBe("not-therapy");
    expect(firstUnanswered({ ...everything, windowCount: 0 })).toBe("rhythm");
    expect(resumeStepAfter("not-therapy", LAST_STEP, everything)).toBe(LAST_STEP);
  });
});
