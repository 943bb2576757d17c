import { describe, expect, it } from "vitest";
import { dueFitStage, fitStageOpen } from "@/lib/care/fit-stage";
import { pulseTrend, roundShare, trendWindow } from "@/lib/care/pulse-trend";
import { daysOpen, unrepairedSince } from "@/lib/care/rupture-age";

describe("pulse trend rules", () => {
  it("the window ends at the start of the current week (Monday 00:00 UTC) and spans 90 days", () => {
    const wednesday = new Date("2026-03-18T15:30:00Z");
    expect(trendWindow(wednesday).to.toISOString()).toBe("2026-03-16T00:00:00.000Z");
    expect(trendWindow(wednesday).from.toISOString()).toBe("2025-12-16T00:00:00.000Z");
    expect(trendWindow(new Date("2026-03-16T00:00:00Z")).to.toISOString()).toBe("2026-03-16T00:00:00.000Z");
    expect(trendWindow(new Date("2026-03-15T23:59:59Z")).to.toISOString()).toBe("2026-03-09T00:00:00.000Z");
  });

  it("rounds shares to 10 points and shows nothing below 5 answers or from one person", () => {
    expect(roundShare(2, 3)).toBe(70);
    expect(roundShare(1, 6)).toBe(20);
    expect(roundShare(0, 0)).toBe(0);
    const window = trendWindow(new Date("2026-03-18T00:00:00Z"));
    expect(pulseTrend({ answers: 4, people: 3, understoodYes: 4, notJudged: 4 }, window)).toEqual({ kind: "not-enough" });
    expect(pulseTrend({ answers: 9, people: 1, understoodYes: 9, notJudged: 9 }, window)).toEqual({ kind: "not-enough" });
    expect(pulseTrend({ answers: 5, people: 2, understoodYes: 3, notJudged: 5 }, window)).toEqual({ kind: "trend", understoodPercent: 60, notJudgedPercent: 100, ...window });
  });
});

describe("fit check stages", () => {
  it("asks after the first and the third kept check-ins", () => {
    expect([0, 1, 2, 3, 7].map(dueFitStage)).toEqual([null, 1, 1, 3, 3]);
    expect(fitStageOpen(3, 2)).toBe(false);
    expect(fitStageOpen(1, 3)).toBe(true);
  });
});

describe("rupture age", () => {
  it("counts whole days and finds the 7-day line", () => {
    const named = new Date("2026-03-01T12:00:00Z");
    expect(daysOpen(named, new Date("2026-03-08T11:59:00Z"))).toBe(6);
    expect(daysOpen(named, new Date("2026-03-08T12:00:00Z"))).toBe(7);
    expect(unrepairedSince(new Date("2026-03-08T12:00:00Z")).getTime()).toBe(named.getTime());
  });
});

describe("care schemas read their own output (the action parses, then the DAL parses again)", () => {
  it("pulse, fit check and rupture notes", async () => {
    const { answerRuptureSchema, fitCheckSchema, nameRuptureSchema, pulseSchema } = await import("@/lib/validation/care");
    const id = "7d9f3c1e-2b4a-4c8d-9e0f-1a2b3c4d5e6f";
    const cases = [
      [pulseSchema, { relationshipId: id, checkInId: id, feltUnderstood: "partly", feltJudged: "yes" }],
      [fitCheckSchema, { relationshipId: id, stage: "3", answer: "not_a_fit" }],
      [nameRuptureSchema, { relationshipId: id, whatHappened: "  it felt rushed ", whatINeeded: "" }],
      [answerRuptureSchema, { relationshipId: id, ruptureId: id, whatIHeard: "I heard you", whatINeedNow: undefined }],
    ] as const;
    for (const [schema, input] of cases) {
      const once = schema.parse(input);
      expect(schema.parse(once)).toEqual(once);
    }
    expect(pulseSchema.parse(cases[0][1]).feltJudged).toBe(true);
    expect(fitCheckSchema.safeParse({ relationshipId: id, stage: "2", answer: "good_fit" }).success).toBe(false);
    expect(nameRuptureSchema.safeParse({ relationshipId: id, whatHappened: "   ", whatINeeded: "" }).success).toBe(false);
  });
});
