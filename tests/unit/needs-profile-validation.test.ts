import { randomUUID } from "node:crypto";
import { readFormValues } from "@/lib/actions/form";
import { describe, expect, it } from "vitest";
import { STEP_KEYS } from "@/lib/profiles/onboarding-steps";
import {
  aboutYouStep,
  boundariesStep,
  displayNameChange,
  friendStep,
  friendshipSwitch,
  hopesStep,
  lookingForStep,
  needsStepSchemas,
  notTherapyStep,
  rhythmStep,
  styleStep,
  topicsStep,
} from "@/lib/validation/needs-profile";

const grief = randomUUID();
const moving = randomUUID();

/** What a filled-in form of each step sends (strings and checkbox lists). */
const validInput = {
  "looking-for": { lookingFor: "both", smallGroup: "yes" },
  topics: { topicIds: [grief, moving], livedExperienceTopicIds: [grief], ownWords: "  My dad died in spring.  " },
  rhythm: { cadence: "weekly", windows: ["tue-evening", "sat-morning"], timezone: "Europe/Lisbon" },
  style: { listenStyle: "listen", tone: "gentle", messageLength: "short", consistencyImportance: "4", nonJudgmentImportance: "3" },
  "about-you": { languages: ["en", "pt"], ageBand: "25-34", gender: "", preferredAgeBands: ["25-34", "35-44"], preferredGenders: [] },
  boundaries: { avoidTopicIds: [], dealbreakers: ["advice-first"], dealbreakersNote: "" },
  hopes: { hopes: "Someone steady to talk to on Tuesdays." },
  friend: { share: "Walks, cooking, the odd bad film.", cadence: "fortnightly", windows: ["sun-afternoon"], timezone: "Europe/Lisbon" },
  "not-therapy": { acknowledge: "on", version: "1" },
} as const;

const messageOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
  result.error?.issues.find((issue) => issue.path[0] === field)?.message;

describe("every onboarding step", () => {
  it("accepts a filled-in form", () => {
    for (const key of STEP_KEYS) expect(needsStepSchemas[key].safeParse(validInput[key]).success, key).toBe(true);
  });

  it("strips fields a form could add but may not set (mass assignment)", () => {
    const extra = { userId: randomUUID(), completedAt: "2020-01-01", roles: ["admin"], status: "active", step: 9, active: true, approved: true, capacity: 5 };
    for (const key of STEP_KEYS) {
      const parsed = needsStepSchemas[key].parse({ ...validInput[key], ...extra }) as Record<string, unknown>;
      for (const field of Object.keys(extra)) expect(parsed, `${key} kept ${field}`).not.toHaveProperty(field);
    }
    expect(displayNameChange.parse({ name: "Sam", roles: ["admin"], email: "x@y.z" })).toEqual({ name: "Sam" });
  });

  it("a form is read for exactly the fields its schema knows, lists as lists", () => {
    for (const key of STEP_KEYS) {
      const form = new FormData();
      for (const [field, value] of Object.entries(validInput[key] as Record<string, unknown>)) {
        for (const v of Array.isArray(value) ? value : [value]) form.append(field, String(v));
      }
      form.append("roles", "admin");
      const read = readFormValues(form, needsStepSchemas[key]);
      expect(Object.keys(read).sort(), key).toEqual(Object.keys(validInput[key]).sort());
      for (const [field, value] of Object.entries(validInput[key] as Record<string, unknown>)) {
        expect(Array.isArray(read[field]), `${key}.${field} read as a list`).toBe(Array.isArray(value));
      }
    }
  });

  it("accepts its own output again (a saved answer can be saved again)", () => {
    for (const key of STEP_KEYS) {
      const once = needsStepSchemas[key].parse(validInput[key]);
      expect(needsStepSchemas[key].parse(once), key).toEqual(once);
    }
  });
});

describe("step 1: what they are looking for", () => {
  it("needs one of mentor, friend or both", () => {
    expect(messageOf(lookingForStep.safeParse({ lookingFor: "" }), "lookingFor")).toBe("Choose what you are looking for.");
    expect(messageOf(lookingForStep.safeParse({ lookingFor: "therapist" }), "lookingFor")).toBe("Choose what you are looking for.");
  });

  it("asks about a small group beside them: ticked, unticked, or not on the form at all", () => {
    expect(lookingForStep.parse({ lookingFor: "mentor", smallGroup: "yes" }).smallGroup).toBe("yes");
    expect(lookingForStep.parse({ lookingFor: "friend", smallGroup: "" }).smallGroup).toBe("");
    expect(lookingForStep.parse({ lookingFor: "both" }).smallGroup).toBeUndefined();
    expect(lookingForStep.safeParse({ lookingFor: "both", smallGroup: "maybe" }).success).toBe(false);
  });
});

describe("step 2: topics", () => {
  const base = validInput.topics;
  it("needs at least one topic", () => {
    expect(messageOf(topicsStep.safeParse({ ...base, topicIds: [], livedExperienceTopicIds: [] }), "topicIds")).toBe(
      "Choose at least one thing you'd like support with.",
    );
  });
  it("refuses ids that are not topic ids, and too many", () => {
    expect(messageOf(topicsStep.safeParse({ ...base, topicIds: ["1 or 1=1"] }), "topicIds")).toBe("That topic is not one we know.");
    const many = Array.from({ length: 31 }, () => randomUUID());
    expect(messageOf(topicsStep.safeParse({ ...base, topicIds: many, livedExperienceTopicIds: [] }), "topicIds")).toBe("Choose fewer topics.");
  });
  it("only marks lived experience on chosen topics", () => {
    expect(messageOf(topicsStep.safeParse({ ...base, topicIds: [moving], livedExperienceTopicIds: [grief] }), "livedExperienceTopicIds")).toMatch(
      /a topic you didn't choose/,
    );
  });
  it("trims own words, makes blank ones null, and limits them to 500 characters", () => {
    expect(topicsStep.parse(base).ownWords).toBe("My dad died in spring.");
    expect(topicsStep.parse({ ...base, ownWords: "   " }).ownWords).toBeNull();
    expect(messageOf(topicsStep.safeParse({ ...base, ownWords: "x".repeat(501) }), "ownWords")).toBe("Keep this under 500 characters.");
    expect(topicsStep.safeParse({ ...base, ownWords: "x".repeat(500) }).success).toBe(true);
  });
  it("drops duplicate ids", () => {
    expect(topicsStep.parse({ ...base, topicIds: [grief, grief] }).topicIds).toEqual([grief]);
  });
});

describe("step 3: rhythm", () => {
  const base = validInput.rhythm;
  it("needs a cadence, a window and a known timezone", () => {
    expect(messageOf(rhythmStep.safeParse({ ...base, cadence: "daily" }), "cadence")).toBe("Choose how often.");
    expect(messageOf(rhythmStep.safeParse({ ...base, windows: [] }), "windows")).toBe("Choose at least one time that suits you.");
    expect(messageOf(rhythmStep.safeParse({ ...base, windows: ["tue-midnight"] }), "windows")).toBe("That time is not one we know.");
    expect(messageOf(rhythmStep.safeParse({ ...base, timezone: "" }), "timezone")).toBe("Choose your timezone.");
    expect(messageOf(rhythmStep.safeParse({ ...base, timezone: "Mars/Olympus" }), "timezone")).toBe("Choose your timezone from the list.");
  });
});

describe("step 4: how they like to be met", () => {
  const base = validInput.style;
  it("needs an explicit answer for each question, importance from 1 to 4", () => {
    for (const field of ["listenStyle", "tone", "messageLength"] as const) {
      expect(messageOf(styleStep.safeParse({ ...base, [field]: "" }), field)).toBe("Choose one.");
    }
    for (const field of ["consistencyImportance", "nonJudgmentImportance"] as const) {
      for (const bad of ["", "0", "5", "2.5", "lots"]) {
        expect(messageOf(styleStep.safeParse({ ...base, [field]: bad }), field), `${field}=${bad}`).toBe("Choose how much this matters.");
      }
    }
    expect(styleStep.parse(base)).toMatchObject({ consistencyImportance: 4, nonJudgmentImportance: 3 });
  });
});

describe("step 5: about them", () => {
  const base = validInput["about-you"];
  it("needs a language and an age band; gender and preferences are optional", () => {
    expect(messageOf(aboutYouStep.safeParse({ ...base, languages: [] }), "languages")).toBe("Choose at least one language.");
    expect(messageOf(aboutYouStep.safeParse({ ...base, languages: ["klingon"] }), "languages")).toBe("That language is not one we offer yet.");
    expect(messageOf(aboutYouStep.safeParse({ ...base, ageBand: "" }), "ageBand")).toBe("Choose an age band.");
    expect(messageOf(aboutYouStep.safeParse({ ...base, gender: "robot" }), "gender")).toBe("Choose one, or leave it blank.");
    expect(aboutYouStep.parse({ ...base, preferredAgeBands: [], preferredGenders: [] })).toMatchObject({ gender: null, preferredAgeBands: [], preferredGenders: [] });
    expect(aboutYouStep.safeParse({ ...base, preferredGenders: ["nobody"] }).success).toBe(false);
  });
});

describe("step 6: boundaries", () => {
  it("are all optional, within their vocabularies and limits", () => {
    expect(boundariesStep.parse({ avoidTopicIds: [], dealbreakers: [], dealbreakersNote: "" })).toEqual({ avoidTopicIds: [], dealbreakers: [], dealbreakersNote: null });
    expect(boundariesStep.safeParse({ avoidTopicIds: [], dealbreakers: ["smokers"], dealbreakersNote: "" }).success).toBe(false);
    expect(messageOf(boundariesStep.safeParse({ avoidTopicIds: [], dealbreakers: [], dealbreakersNote: "x".repeat(501) }), "dealbreakersNote")).toBe(
      "Keep this under 500 characters.",
    );
  });
});

describe("step 7: hopes", () => {
  it("needs a sentence or two, at most 1000 characters", () => {
    expect(messageOf(hopesStep.safeParse({ hopes: "   hi   " }), "hopes")).toMatch(/sentence or two/);
    expect(messageOf(hopesStep.safeParse({ hopes: "x".repeat(1001) }), "hopes")).toBe("Keep this under 1000 characters.");
    expect(hopesStep.safeParse({ hopes: "x".repeat(1000) }).success).toBe(true);
  });
});

describe("step 8: peer friendship", () => {
  const base = validInput.friend;
  it("needs something to share and a rhythm", () => {
    expect(messageOf(friendStep.safeParse({ ...base, share: "" }), "share")).toMatch(/what you'd like to share/);
    expect(messageOf(friendStep.safeParse({ ...base, windows: [] }), "windows")).toBe("Choose at least one time that suits you.");
  });
  it("is switched on or off, nothing else", () => {
    expect(friendshipSwitch.safeParse({ active: "on" }).success).toBe(true);
    expect(friendshipSwitch.safeParse({ active: "yes" }).success).toBe(false);
  });
});

describe("step 9: not therapy", () => {
  it("needs the box ticked and the version that was shown", () => {
    expect(messageOf(notTherapyStep.safeParse({ acknowledge: "", version: "1" }), "acknowledge")).toBe("Tick the box to say you have read this.");
    expect(messageOf(notTherapyStep.safeParse({ acknowledge: "on", version: "" }), "version")).toMatch(/reload the page/);
    expect(notTherapyStep.parse({ acknowledge: "on", version: "3" })).toEqual({ acknowledge: "on", version: 3 });
  });
});

describe("display name", () => {
  it("is required and bounded", () => {
    expect(displayNameChange.safeParse({ name: "  " }).success).toBe(false);
    expect(displayNameChange.safeParse({ name: "x".repeat(61) }).success).toBe(false);
    expect(displayNameChange.parse({ name: "  Robin  " })).toEqual({ name: "Robin" });
  });
});
