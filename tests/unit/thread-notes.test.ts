import { describe, expect, it } from "vitest";
import { crisisRegions, orderForTimezone } from "@/lib/safety/crisis-resources";
import { safetyNotes } from "@/lib/thread/safety-notes";

const m = (id: string, mine: boolean, risk: "none" | "concern" | "crisis") => ({ id, mine, risk });

describe("where safety notes go", () => {
  it("under each flagged message, for the right person", () => {
    const notes = safetyNotes([m("a", true, "crisis"), m("b", false, "none"), m("c", false, "concern")]);
    expect([...notes]).toEqual([
      ["a", "crisis"],
      ["c", "concern"],
    ]);
  });

  it("once for a run of flagged messages by one person: under the last, at the highest level", () => {
    const notes = safetyNotes([m("a", true, "crisis"), m("b", true, "concern"), m("c", true, "concern")]);
    expect([...notes]).toEqual([["c", "crisis"]]);
  });

  it("a message in between, or the other person's, starts a new run", () => {
    expect([...safetyNotes([m("a", true, "concern"), m("b", true, "none"), m("c", true, "concern")]).keys()]).toEqual(["a", "c"]);
    expect([...safetyNotes([m("a", true, "concern"), m("b", false, "crisis")])]).toEqual([
      ["a", "concern"],
      ["b", "crisis"],
    ]);
  });

  it("nothing for a quiet thread", () => {
    expect(safetyNotes([m("a", true, "none"), m("b", false, "none")]).size).toBe(0);
    expect(safetyNotes([]).size).toBe(0);
  });
});

/** The region shown first for a zone (the built-in list; admins' list works the same way), or undefined. */
const crisisRegionFor = (zone: string | null | undefined) => orderForTimezone(crisisRegions, zone).find((r) => r.matchesTimezone);

describe("crisis lines for a person's time zone", () => {
  it.each([
    ["Europe/London", "United Kingdom and Ireland"],
    ["Europe/Dublin", "United Kingdom and Ireland"],
    ["America/New_York", "United States"],
    ["America/Indiana/Indianapolis", "United States"],
    ["Pacific/Honolulu", "United States"],
    ["America/Toronto", "Canada"],
    ["America/Vancouver", "Canada"],
    ["Australia/Sydney", "Australia"],
    ["Europe/Berlin", "European Union"],
    ["Atlantic/Canary", "European Union"],
  ])("%s → %s", (zone, region) => {
    expect(crisisRegionFor(zone)?.region).toBe(region);
  });

  it("makes no guess for places it has no list for", () => {
    for (const zone of ["Asia/Kolkata", "Asia/Kathmandu", "America/Mexico_City", "UTC", "", null, undefined, "Not/AZone"]) {
      expect(crisisRegionFor(zone), String(zone)).toBeUndefined();
    }
  });
});
