import { describe, expect, it } from "vitest";
import { escalate, type AssessedItem } from "@/lib/safety/escalation";

const now = new Date("2026-12-10T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const concern = (category: AssessedItem["category"], h: number): AssessedItem => ({ level: "concern", category, at: hoursAgo(h) });

describe("escalate", () => {
  it("raises one crisis-priority item for three concerns within 24 hours", () => {
    const result = escalate([concern("distress", 20), concern("self-harm-urge", 5), concern("distress", 1)], now);
    expect(result.escalate).toBe(true);
    expect(result.categories).toEqual(["distress", "self-harm-urge", "distress"]);
    expect(result.since).toEqual(hoursAgo(20));
  });

  it("needs only two when one is hopelessness, burden, entrapment or a passive wish", () => {
    for (const weighty of ["hopelessness", "burden", "entrapment", "passive-wish"] as const) {
      expect(escalate([concern("distress", 3), concern(weighty, 2)], now).escalate, weighty).toBe(true);
    }
    expect(escalate([concern("distress", 3), concern("help-seeking", 2)], now).escalate).toBe(false);
  });

  it("does not count items older than 24 hours, from the future, or not at concern level", () => {
    const result = escalate(
      [
        concern("burden", 25),
        concern("distress", 2),
        { level: "none", category: "none", at: hoursAgo(1) },
        { level: "crisis", category: "plan", at: hoursAgo(1) },
        concern("hopelessness", -1),
      ],
      now,
    );
    expect(result).toEqual({ escalate: false, categories: ["distress"], since: hoursAgo(2) });
  });

  it("is quiet with nothing, and ignores invalid dates", () => {
    expect(escalate([], now)).toEqual({ escalate: false, categories: [], since: null });
    expect(escalate([{ level: "concern", category: "burden", at: new Date("nope") }, concern("distress", 1)], now).escalate).toBe(false);
  });

  it("counts exactly at the edge of the window", () => {
    expect(escalate([concern("distress", 24), concern("distress", 1), concern("distress", 0)], now).escalate).toBe(true);
  });
});
