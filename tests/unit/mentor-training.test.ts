import { describe, expect, it } from "vitest";
import { completedSteps, firstIncompleteStep } from "@/lib/mentoring/completeness";
import { PLEDGE_VERSION, pledges } from "@/lib/mentoring/pledges";
import { findOption, gradeTraining, trainingQuestions } from "@/lib/mentoring/training";

const right = () => Object.fromEntries(trainingQuestions.map((q) => [q.id, q.options.find((o) => o.correct)!.id]));
const wrongFor = (id: string) => trainingQuestions.find((q) => q.id === id)!.options.find((o) => !o.correct)!.id;
const safety = trainingQuestions.filter((q) => q.safetyCritical);
const other = trainingQuestions.filter((q) => !q.safetyCritical);

describe("the training module's content", () => {
  it("has at least five scenarios, each with exactly one right answer and feedback on every answer", () => {
    expect(trainingQuestions.length).toBeGreaterThanOrEqual(5);
    expect(new Set(trainingQuestions.map((q) => q.id)).size).toBe(trainingQuestions.length);
    for (const question of trainingQuestions) {
      expect(question.options.filter((o) => o.correct)).toHaveLength(1);
      expect(new Set(question.options.map((o) => o.id)).size).toBe(question.options.length);
      for (const option of question.options) expect(option.feedback.length).toBeGreaterThan(30);
    }
  });

  it("asks what to do when someone says they don't want to be here anymore, and expects staying, crisis help, no secrecy and a moderator", () => {
    const crisis = trainingQuestions.find((q) => q.id === "not-here-anymore")!;
    expect(crisis.safetyCritical).toBe(true);
    const answer = crisis.options.find((o) => o.correct)!.text;
    for (const words of [/stay/i, /crisis resources/i, /secret/i, /moderator/i]) expect(answer).toMatch(words);
    expect(crisis.options.find((o) => o.id === "promise-secrecy")?.correct).toBe(false);
  });

  it("never calls a mentor a therapist", () => {
    const text = JSON.stringify(trainingQuestions) + JSON.stringify(pledges);
    expect(text).not.toMatch(/\byou(?:'re| are) (?:a|their) therapist/i);
    expect(pledges.find((p) => p.field === "pledgeBoundaries")?.text).toMatch(/not a therapist/);
  });
});

describe("gradeTraining", () => {
  it("passes when every answer is right", () => {
    expect(gradeTraining(right())).toMatchObject({ passed: true, answered: trainingQuestions.length, correct: trainingQuestions.length, needsAnotherLook: [] });
  });

  it("fails with nothing answered, or with any question unanswered", () => {
    expect(gradeTraining({})).toMatchObject({ passed: false, answered: 0 });
    for (const question of trainingQuestions) {
      const answers = { ...right(), [question.id]: undefined };
      expect(gradeTraining(answers)).toMatchObject({ passed: false, needsAnotherLook: [question.id] });
    }
  });

  it("fails when any safety-critical question is answered wrong", () => {
    expect(safety.length).toBeGreaterThanOrEqual(2);
    for (const question of safety) {
      const grade = gradeTraining({ ...right(), [question.id]: wrongFor(question.id) });
      expect(grade).toMatchObject({ passed: false, needsAnotherLook: [question.id], correct: trainingQuestions.length - 1 });
    }
  });

  it("still passes when the other questions are answered differently: they are there to learn from", () => {
    const answers = { ...right(), ...Object.fromEntries(other.map((q) => [q.id, wrongFor(q.id)])) };
    expect(gradeTraining(answers)).toMatchObject({ passed: true, correct: safety.length });
  });

  it("treats unknown ids as unanswered and ignores extra keys", () => {
    const grade = gradeTraining({ ...right(), "not-here-anymore": "made-up", extra: "x" });
    expect(grade.passed).toBe(false);
    expect(grade.results.find((r) => r.questionId === "not-here-anymore")).toMatchObject({ answered: false, correct: false });
    expect(findOption("not-here-anymore", "stay-and-get-help")?.correct).toBe(true);
    expect(findOption("nope", "stay-and-get-help")).toBeUndefined();
  });
});

describe("an application is complete when every step is", () => {
  const complete = {
    topicIds: ["t"],
    capacity: 2,
    cadences: ["weekly"],
    windows: ["mon-morning"],
    timezone: "UTC",
    languages: ["en"],
    listenStyle: "listen",
    tone: "gentle",
    messageLength: "short",
    ageBand: "25-34",
    intro: "hello",
    motivation: "because",
    pledgedAt: new Date(),
    pledgeVersion: PLEDGE_VERSION,
    trainingPassedAt: new Date(),
    trainingAnswers: right() as Record<string, string>,
  };

  it("finds the first step still to finish", () => {
    expect(firstIncompleteStep(complete)).toBeNull();
    expect(firstIncompleteStep({ ...complete, topicIds: [] })).toBe(1);
    expect(firstIncompleteStep({ ...complete, windows: [] })).toBe(2);
    expect(firstIncompleteStep({ ...complete, ageBand: null })).toBe(3);
    expect(firstIncompleteStep({ ...complete, motivation: null })).toBe(4);
    expect(firstIncompleteStep({ ...complete, pledgeVersion: PLEDGE_VERSION - 1 })).toBe(5);
    expect(firstIncompleteStep({ ...complete, trainingPassedAt: null })).toBe(6);
    expect(completedSteps({ ...complete, trainingAnswers: {} })[6]).toBe(false);
  });
});
