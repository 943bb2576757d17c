import { describe, expect, it } from "vitest";
import { addDays, addMonths, pauseWindow } from "@/lib/mentoring/pause";
import { trainingField, trainingQuestions } from "@/lib/mentoring/training";
import {
  approveApplicationSchema,
  capacitySchema,
  declineApplicationSchema,
  pauseSchema,
  pledgesStepSchema,
  rhythmStepSchema,
  styleStepSchema,
  topicsStepSchema,
  trainingStepSchema,
  validAnswersOf,
  wordsStepSchema,
} from "@/lib/validation/mentor-application";

const grief = "7f9c1d2e-7f0b-4b5c-9a55-2d6f7f6f3b11";
const move = "0b7e3c52-2f55-4d55-8f2a-0a1c3b9e4d21";
const someone = "3d1f1e0a-5b7c-4c1e-9f0a-1b2c3d4e5f60";
const firstMessage = (result: { error?: { issues: { message: string; path: PropertyKey[] }[] } }) => result.error?.issues[0]?.message;

// Everything a hand-made request might try to slip into any step.
const smuggled = {
  status: "approved",
  decidedById: someone,
  decidedAt: "2026-01-01",
  decisionReason: "self-approved",
  trainingPassedAt: "2026-01-01",
  trainingAnswers: { anything: "x" },
  pledgedAt: "2026-01-01",
  submittedAt: "2026-01-01",
  userId: someone,
  step: 7,
  roles: ["admin"],
};

describe("step 1: topics", () => {
  it("needs at least one lived-experience topic; the ones to avoid are optional", () => {
    expect(firstMessage(topicsStepSchema.safeParse({ topicIds: [], avoidTopicIds: [] }))).toBe("Choose at least one topic you have lived experience of.");
    expect(topicsStepSchema.parse({ topicIds: [grief, grief], avoidTopicIds: [] })).toEqual({ topicIds: [grief], avoidTopicIds: [] });
    expect(topicsStepSchema.parse({ topicIds: [grief], avoidTopicIds: [move] }).avoidTopicIds).toEqual([move]);
  });

  it("refuses ids that are not ids, and a topic in both lists", () => {
    expect(firstMessage(topicsStepSchema.safeParse({ topicIds: ["grief' or 1=1"], avoidTopicIds: [] }))).toBe("That topic is not one we know.");
    const both = topicsStepSchema.safeParse({ topicIds: [grief], avoidTopicIds: [grief] });
    expect(both.error?.issues[0]?.path).toEqual(["avoidTopicIds"]);
  });
});

describe("step 2: capacity and rhythm", () => {
  const valid = { capacity: "3", cadences: ["weekly"], windows: ["tue-evening"], timezone: "Europe/Lisbon" };

  it("accepts 1 to 5 people from a form's string, and nothing outside", () => {
    expect(rhythmStepSchema.parse(valid).capacity).toBe(3);
    expect(rhythmStepSchema.parse({ ...valid, capacity: "1" }).capacity).toBe(1);
    expect(rhythmStepSchema.parse({ ...valid, capacity: "5" }).capacity).toBe(5);
    expect(firstMessage(rhythmStepSchema.safeParse({ ...valid, capacity: "6" }))).toBe("5 is the most we ask anyone to hold at once.");
    for (const capacity of ["0", "", "2.5", "-1", "many"]) expect(rhythmStepSchema.safeParse({ ...valid, capacity }).success).toBe(false);
  });

  it("needs at least one rhythm and one window, known values only, and a real timezone", () => {
    expect(firstMessage(rhythmStepSchema.safeParse({ ...valid, cadences: [] }))).toBe("Choose at least one rhythm you can keep.");
    expect(rhythmStepSchema.safeParse({ ...valid, cadences: ["daily"] }).success).toBe(false);
    expect(firstMessage(rhythmStepSchema.safeParse({ ...valid, windows: [] }))).toBe("Choose at least one time that suits you.");
    expect(rhythmStepSchema.safeParse({ ...valid, windows: ["tue-midnight"] }).success).toBe(false);
    expect(rhythmStepSchema.safeParse({ ...valid, timezone: "Mars/Olympus" }).success).toBe(false);
  });
});

describe("step 3: languages and style", () => {
  const valid = { languages: ["en"], listenStyle: "listen", tone: "gentle", messageLength: "short", ageBand: "25-34", gender: "" };

  it("needs a language, a style and an age band; gender is optional", () => {
    expect(styleStepSchema.parse(valid)).toEqual({ ...valid, gender: null });
    expect(styleStepSchema.parse({ ...valid, gender: "non-binary" }).gender).toBe("non-binary");
    expect(firstMessage(styleStepSchema.safeParse({ ...valid, languages: [] }))).toBe("Choose at least one language.");
    expect(styleStepSchema.safeParse({ ...valid, listenStyle: "lecture" }).success).toBe(false);
    expect(styleStepSchema.safeParse({ ...valid, ageBand: "12-17" }).success).toBe(false);
    expect(styleStepSchema.safeParse({ ...valid, gender: "robot" }).success).toBe(false);
  });
});

describe("step 4: in their own words", () => {
  it("bounds the intro to 20–500 characters and the motivation to 20–1000", () => {
    const ok = { intro: "a".repeat(20), motivation: "b".repeat(20) };
    expect(wordsStepSchema.parse({ intro: `  ${ok.intro}  `, motivation: ok.motivation }).intro).toBe(ok.intro);
    expect(wordsStepSchema.safeParse({ ...ok, intro: "a".repeat(19) }).success).toBe(false);
    expect(wordsStepSchema.safeParse({ ...ok, intro: "a".repeat(500) }).success).toBe(true);
    expect(firstMessage(wordsStepSchema.safeParse({ ...ok, intro: "a".repeat(501) }))).toBe("Keep this under 500 characters.");
    expect(wordsStepSchema.safeParse({ ...ok, motivation: "b".repeat(1000) }).success).toBe(true);
    expect(wordsStepSchema.safeParse({ ...ok, motivation: "b".repeat(1001) }).success).toBe(false);
    expect(wordsStepSchema.safeParse({ ...ok, motivation: " ".repeat(40) }).success).toBe(false);
  });
});

describe("step 5: pledges", () => {
  it("needs every pledge ticked, each on its own", () => {
    const all = { pledgeNonJudgment: "on", pledgeConfidentiality: "on", pledgeBoundaries: "on" };
    expect(pledgesStepSchema.safeParse(all).success).toBe(true);
    for (const field of Object.keys(all)) {
      const result = pledgesStepSchema.safeParse({ ...all, [field]: "" });
      expect(result.error?.issues.map((i) => i.path[0])).toEqual([field]);
    }
    expect(pledgesStepSchema.safeParse({ ...all, pledgeBoundaries: "true" }).success).toBe(false);
  });
});

describe("step 6: training", () => {
  it("needs an answer to each question, from its own options", () => {
    const answers = Object.fromEntries(trainingQuestions.map((q) => [trainingField(q.id), q.options[0]!.id]));
    expect(trainingStepSchema.safeParse(answers).success).toBe(true);
    const [first, second] = trainingQuestions;
    expect(trainingStepSchema.safeParse({ ...answers, [trainingField(first!.id)]: undefined }).success).toBe(false);
    // An option of another question is not an answer to this one.
    expect(trainingStepSchema.safeParse({ ...answers, [trainingField(first!.id)]: second!.options[0]!.id }).success).toBe(false);
  });
});

describe("mass assignment: no step can set status, approval, training results or whose application it is", () => {
  const steps = [
    [topicsStepSchema, { topicIds: [grief], avoidTopicIds: [] }],
    [rhythmStepSchema, { capacity: "2", cadences: ["weekly"], windows: ["mon-morning"], timezone: "UTC" }],
    [styleStepSchema, { languages: ["en"], listenStyle: "listen", tone: "gentle", messageLength: "short", ageBand: "25-34", gender: "" }],
    [wordsStepSchema, { intro: "a".repeat(20), motivation: "b".repeat(20) }],
    [pledgesStepSchema, { pledgeNonJudgment: "on", pledgeConfidentiality: "on", pledgeBoundaries: "on" }],
    [capacitySchema, { capacity: "2" }],
  ] as const;

  it.each(steps.map(([schema, valid], i) => ({ i, schema, valid })))("step schema $i keeps only its own fields", ({ schema, valid }) => {
    const parsed = schema.parse({ ...smuggled, ...valid }) as Record<string, unknown>;
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(valid).sort());
    for (const key of Object.keys(smuggled)) expect(parsed).not.toHaveProperty(key);
  });

  it("cannot raise capacity above 5 through any form that carries it", () => {
    expect(capacitySchema.safeParse({ capacity: "50" }).success).toBe(false);
    expect(rhythmStepSchema.safeParse({ capacity: 6, cadences: ["weekly"], windows: ["mon-morning"], timezone: "UTC" }).success).toBe(false);
    // A capacity smuggled into another step is simply dropped.
    expect(wordsStepSchema.parse({ intro: "a".repeat(20), motivation: "b".repeat(20), capacity: 99 })).not.toHaveProperty("capacity");
  });

  it("keeps only valid own fields on Back, too", () => {
    expect(validAnswersOf(rhythmStepSchema, { ...smuggled, capacity: "9", cadences: ["weekly"] })).toEqual({ cadences: ["weekly"] });
  });

  it("moderators' decisions carry only the application id and the words", () => {
    expect(approveApplicationSchema.parse({ userId: someone, note: "", status: "approved", decidedById: grief })).toEqual({ userId: someone, note: null });
    expect(approveApplicationSchema.parse({ userId: someone })).toEqual({ userId: someone, note: null });
    expect(declineApplicationSchema.safeParse({ userId: someone, reason: "" }).success).toBe(false);
    expect(declineApplicationSchema.parse({ userId: someone, reason: "  Please tell us more.  " }).reason).toBe("Please tell us more.");
    expect(declineApplicationSchema.safeParse({ userId: "not-an-id", reason: "Please tell us more." }).success).toBe(false);
  });
});

describe("pausing", () => {
  it("takes a return date after today and at most six calendar months away", () => {
    const today = "2026-08-31";
    expect(pauseWindow(today)).toEqual({ earliest: "2026-09-01", latest: "2027-02-28" });
    const schema = pauseSchema(today);
    expect(firstMessage(schema.safeParse({ pausedUntil: today }))).toBe("Choose a day after today.");
    expect(schema.safeParse({ pausedUntil: "2026-09-01" }).success).toBe(true);
    expect(schema.safeParse({ pausedUntil: "2027-02-28" }).success).toBe(true);
    expect(firstMessage(schema.safeParse({ pausedUntil: "2027-03-01" }))).toMatch(/six months/);
    expect(schema.safeParse({ pausedUntil: "2026-13-01" }).success).toBe(false);
    expect(schema.safeParse({ pausedUntil: "" }).success).toBe(false);
  });

  it("does calendar arithmetic across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addMonths("2024-08-31", 6)).toBe("2025-02-28");
    expect(addMonths("2023-08-31", 6)).toBe("2024-02-29");
    expect(addMonths("2026-01-15", 6)).toBe("2026-07-15");
  });
});
