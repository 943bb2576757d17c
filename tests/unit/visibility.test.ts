import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { NeedsProfile } from "@/db/schema";
import {
  type AccountFacts,
  type Audience,
  AUDIENCES,
  fieldsFor,
  forMatched,
  forModerator,
  forOwner,
  forSuggested,
  NEEDS_COLUMN_IN_VIEW,
  NEEDS_FIELD_AUDIENCES,
  type NeedsProfileSource,
  PRIVATE_NEEDS_FIELDS,
} from "@/lib/profiles/visibility";

const profile: NeedsProfile = {
  userId: "5b0e3b9e-0f6c-4a53-9d55-6f1c2f0a1b11",
  step: 9,
  lookingFor: "both",
  ownWords: "My dad died in spring.",
  cadence: "weekly",
  windows: ["tue-evening"],
  timezone: "Europe/Lisbon",
  listenStyle: "listen",
  tone: "gentle",
  messageLength: "short",
  consistencyImportance: 4,
  nonJudgmentImportance: 3,
  languages: ["en"],
  ageBand: "45-54",
  gender: "another",
  preferredAgeBands: ["65+"],
  preferredGenders: ["non-binary"],
  avoidTopicIds: ["9d9d9d9d-0000-4000-8000-000000000001"],
  dealbreakers: ["direct-tone"],
  dealbreakersNote: "PRIVATE-NOTE: please nobody who talks about religion",
  hopes: "Someone steady on Tuesdays.",
  completedAt: new Date("2025-01-02T10:00:00Z"),
  riskLevel: "none",
  riskCategory: "none",
  riskVersion: 0,
  createdAt: new Date("2025-01-01T10:00:00Z"),
  updatedAt: new Date("2025-01-02T10:00:00Z"),
};

const source: NeedsProfileSource = {
  person: { id: profile.userId, name: "Robin Ash" },
  profile,
  topics: [{ id: "9d9d9d9d-0000-4000-8000-000000000002", name: "Grief and loss", livedExperienceMatters: true, retired: false }],
  avoidTopics: [{ id: "9d9d9d9d-0000-4000-8000-000000000001", name: "AVOIDED-TOPIC-NAME", retired: false }],
};

const account: AccountFacts = { email: "robin@example.test", status: "active", roles: ["seeker"], memberSince: new Date("2025-01-01T10:00:00Z") };

const views: Record<Exclude<Audience, "owner">, Record<string, unknown>> = {
  matched: forMatched(source),
  suggested: forSuggested(source),
  moderator: forModerator(source, account),
};

describe("the private, matching-only answers", () => {
  it("are the fields the issue names as private, and more are added only on purpose", () => {
    expect([...PRIVATE_NEEDS_FIELDS].sort()).toEqual(
      ["ageBand", "avoidTopics", "dealbreakers", "dealbreakersNote", "gender", "preferredAgeBands", "preferredGenders"].sort(),
    );
  });

  it("are all in the owner's view", () => {
    const owner = forOwner(source);
    for (const field of PRIVATE_NEEDS_FIELDS) expect(owner).toHaveProperty(field);
  });

  it("never appear, by name or by value, in any other view", () => {
    const owner = forOwner(source) as unknown as Record<string, unknown>;
    for (const [audience, view] of Object.entries(views)) {
      const text = JSON.stringify(view);
      for (const field of PRIVATE_NEEDS_FIELDS) {
        expect(view, `${audience} sees ${field}`).not.toHaveProperty(field);
        expect(text, `${audience} sees ${field}`).not.toContain(`"${field}"`);
        const value = owner[field];
        for (const item of (Array.isArray(value) ? value : [value]) as unknown[]) {
          const shown = typeof item === "object" && item !== null ? (item as { name: string }).name : String(item);
          expect(text, `${audience} sees the value of ${field}`).not.toContain(shown);
        }
      }
      expect(text).not.toContain("avoidTopicIds");
    }
  });
});

describe("each audience's view", () => {
  it("holds exactly the fields of its column, and nothing else", () => {
    for (const [audience, view] of Object.entries(views)) {
      const expected = fieldsFor(audience as Audience);
      const extra = audience === "moderator" ? ["account"] : [];
      expect(Object.keys(view).sort(), audience).toEqual([...expected, ...extra].sort());
    }
    expect(Object.keys(forOwner(source)).sort()).toEqual(fieldsFor("owner").sort());
  });

  it("gives suggested people no timezone or windows, and matched people the rhythm in full", () => {
    expect(views.suggested).not.toHaveProperty("windows");
    expect(views.suggested).not.toHaveProperty("timezone");
    expect(views.suggested).toMatchObject({ name: "Robin Ash", initials: "RA", cadence: "weekly", languages: ["en"], hopes: "Someone steady on Tuesdays." });
    expect(views.matched).toMatchObject({ windows: ["tue-evening"], timezone: "Europe/Lisbon", consistencyImportance: 4, ownWords: "My dad died in spring." });
    expect(views.matched).toMatchObject({ topics: [{ name: "Grief and loss", livedExperienceMatters: true }] });
  });

  it("gives moderators the account facts", () => {
    expect(views.moderator).toMatchObject({ account: { email: "robin@example.test", status: "active" }, completedAt: profile.completedAt });
  });

  it("does not share arrays with the source, so a caller cannot change someone else's view", () => {
    const matched = forMatched(source);
    matched.languages.push("fr");
    expect(profile.languages).toEqual(["en"]);
  });

  it("gives every column of needs_profiles a place (or none, on purpose)", () => {
    expect(Object.keys(NEEDS_COLUMN_IN_VIEW).sort()).toEqual(Object.keys(profile).sort());
  });
});

describe("docs/privacy.md", () => {
  it("shows the same table as the code", () => {
    const doc = readFileSync(path.join(import.meta.dirname, "../../docs/privacy.md"), "utf8");
    const rows = doc
      .split("\n")
      .filter((line) => /^\| `\w+` \|/.test(line))
      .map((line) => line.split("|").map((cell) => cell.trim()));
    const table = Object.fromEntries(
      rows.map((cells) => {
        const field = cells[1]!.replaceAll("`", "");
        const marks = cells.slice(3, 3 + AUDIENCES.length);
        return [field, AUDIENCES.filter((_, i) => marks[i] === "✓")];
      }),
    );
    const code = Object.fromEntries(Object.entries(NEEDS_FIELD_AUDIENCES).map(([field, audiences]) => [field, AUDIENCES.filter((a) => audiences.includes(a as never))]));
    expect(table).toEqual(code);
  });
});
