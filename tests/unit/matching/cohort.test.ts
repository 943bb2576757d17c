import { describe, expect, it } from "vitest";
import { parseCohort } from "@/lib/matching/cohort";
import { generateCohort } from "@/lib/matching/generate";

describe("cohort files", () => {
  it("generates the same cohort for the same seed, and reads it back unchanged", () => {
    const a = generateCohort({ seekers: 50, mentors: 20, seed: 3, friends: 10, capacity: 3 });
    const b = generateCohort({ seekers: 50, mentors: 20, seed: 3, friends: 10, capacity: 3 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(generateCohort({ seekers: 50, mentors: 20, seed: 4 }))).not.toBe(JSON.stringify(a));
    const json = JSON.parse(JSON.stringify(a));
    expect(parseCohort(json)).toEqual(a);
    expect(a.mentors.every((m) => m.capacity === 3 && m.activeCount === 0)).toBe(true);
  });

  it("has believable variety", () => {
    const { seekers, mentors } = generateCohort({ seekers: 2000, mentors: 500, seed: 1 });
    const share = (n: number) => n / seekers.length;
    expect(new Set(seekers.map((s) => s.timezone)).size).toBeGreaterThan(20);
    expect(new Set(seekers.flatMap((s) => s.languages)).size).toBeGreaterThanOrEqual(12);
    expect(share(seekers.filter((s) => s.dealbreakers.length > 0).length)).toBeGreaterThan(0.25);
    expect(share(seekers.filter((s) => s.preferredGenders.length > 0).length)).toBeGreaterThan(0.1);
    expect(mentors.filter((m) => (m.signals?.scheduledCheckIns ?? 0) > 0).length / mentors.length).toBeGreaterThan(0.5);
    expect(new Set(mentors.map((m) => m.capacity))).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it("rejects a bad file with the field's path", () => {
    const cohort = JSON.parse(JSON.stringify(generateCohort({ seekers: 2, mentors: 1, seed: 1 })));
    cohort.seekers[1].windows = ["someday"];
    expect(() => parseCohort(cohort)).toThrow(/seekers\.1\.windows\.0/);
    cohort.seekers[1].windows = [];
    cohort.mentors[0].timezone = "Mars/Olympus";
    expect(() => parseCohort(cohort)).toThrow(/mentors\.0\.timezone: an IANA timezone/);
    expect(() => parseCohort({ format: "other" })).toThrow(/format/);
  });
});
