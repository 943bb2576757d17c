import { describe, expect, it } from "vitest";
import { CHECK_IN_GRACE_MS, nextSlot, slotsBetween, type RhythmVersion } from "@/lib/rhythm";
import { DAY, HOUR, iso, version, wallClock } from "./support";

const starts = (versions: RhythmVersion[], from: string, to: string) => slotsBetween(versions, new Date(from), new Date(to)).map((s) => iso(s.startsAt));

describe("weekly slots keep their local hours across clock changes", () => {
  it("Europe/London: Tuesday evening stays 17:00–22:00 through late October and late March", () => {
    const slots = slotsBetween([version()], new Date("2025-10-20T00:00:00Z"), new Date("2025-11-03T00:00:00Z"));
    expect(slots.map((s) => [s.localDate, iso(s.startsAt), iso(s.endsAt)])).toEqual([
      ["2025-10-21", "2025-10-21T16:00:00.000Z", "2025-10-21T21:00:00.000Z"], // BST, UTC+1
      ["2025-10-28", "2025-10-28T17:00:00.000Z", "2025-10-28T22:00:00.000Z"], // GMT after 26 October
    ]);
    expect(starts([version()], "2026-03-23", "2026-04-06")).toEqual(["2026-03-24T17:00:00.000Z", "2026-03-31T16:00:00.000Z"]); // BST from 29 March
  });

  it("America/New_York: the US changes on other dates (2 November, 8 March)", () => {
    const ny = version({ timezone: "America/New_York" });
    expect(starts([ny], "2025-10-27", "2025-11-10")).toEqual(["2025-10-28T21:00:00.000Z", "2025-11-04T22:00:00.000Z"]);
    expect(starts([ny], "2026-03-02", "2026-03-16")).toEqual(["2026-03-03T22:00:00.000Z", "2026-03-10T21:00:00.000Z"]);
  });

  it("Australia/Sydney: the southern summer starts in October and ends in April", () => {
    const sydney = version({ timezone: "Australia/Sydney" });
    expect(starts([sydney], "2025-09-29", "2025-10-13")).toEqual(["2025-09-30T07:00:00.000Z", "2025-10-07T06:00:00.000Z"]); // AEDT from 5 October
    expect(starts([sydney], "2026-03-30", "2026-04-13")).toEqual(["2026-03-31T06:00:00.000Z", "2026-04-07T07:00:00.000Z"]); // AEST from 5 April
  });

  it("half- and quarter-hour zones: Asia/Kolkata (+5:30) and Asia/Kathmandu (+5:45)", () => {
    const [kolkata] = slotsBetween([version({ timezone: "Asia/Kolkata" })], new Date("2026-01-12"), new Date("2026-01-19"));
    expect([iso(kolkata!.startsAt), iso(kolkata!.endsAt)]).toEqual(["2026-01-13T11:30:00.000Z", "2026-01-13T16:30:00.000Z"]);
    const [kathmandu] = slotsBetween([version({ timezone: "Asia/Kathmandu", part: "morning" })], new Date("2026-01-12"), new Date("2026-01-19"));
    expect([iso(kathmandu!.startsAt), iso(kathmandu!.endsAt)]).toEqual(["2026-01-13T02:15:00.000Z", "2026-01-13T06:15:00.000Z"]);
  });

  it("a window that is on another UTC day: Monday morning in Auckland is Sunday evening UTC", () => {
    const [slot] = slotsBetween([version({ timezone: "Pacific/Auckland", day: "mon", part: "morning" })], new Date("2026-01-10"), new Date("2026-01-17"));
    expect(slot!.localDate).toBe("2026-01-12");
    expect(iso(slot!.startsAt)).toBe("2026-01-11T19:00:00.000Z");
  });

  it("closes a day after the window ends: a reply the next day still counts", () => {
    expect(CHECK_IN_GRACE_MS).toBe(DAY);
    for (const slot of slotsBetween([version()], new Date("2025-10-01"), new Date("2025-11-30"))) {
      expect(slot.closesAt.getTime() - slot.endsAt.getTime()).toBe(CHECK_IN_GRACE_MS);
    }
  });

  it("has no slot on a date the zone skipped (Samoa went from 29 to 31 December 2011)", () => {
    const slots = slotsBetween([version({ timezone: "Pacific/Apia", day: "fri", effectiveFrom: new Date("2011-01-01") })], new Date("2011-12-20"), new Date("2012-01-10"));
    expect(slots.map((s) => s.localDate)).toEqual(["2011-12-23", "2012-01-06"]);
    for (const slot of slots) expect(wallClock(slot.startsAt, "Pacific/Apia")).toMatchObject({ day: "fri", hour: 17 });
  });
});

describe("fortnightly slots", () => {
  const fortnightly = (effectiveFrom: string) => version({ cadence: "fortnightly", effectiveFrom: new Date(effectiveFrom) });

  it("anchor on the first such weekday on or after effectiveFrom, then every 14 local days", () => {
    // effectiveFrom Monday 13 October 2025 → Tuesday 14 October, 28 October (after the clock change), …
    expect(slotsBetween([fortnightly("2025-10-13T09:00:00Z")], new Date("2025-10-01"), new Date("2025-11-30")).map((s) => s.localDate)).toEqual([
      "2025-10-14",
      "2025-10-28",
      "2025-11-11",
      "2025-11-25",
    ]);
  });

  it("a window already started at effectiveFrom is not included: the anchor is the next week's", () => {
    // 21 October 2025 18:00 London (17:00 UTC) is inside that evening's window.
    expect(slotsBetween([fortnightly("2025-10-21T17:00:00Z")], new Date("2025-10-01"), new Date("2025-11-30")).map((s) => s.localDate)).toEqual([
      "2025-10-28",
      "2025-11-11",
      "2025-11-25",
    ]);
    // At the very start of the window, the window counts.
    expect(slotsBetween([fortnightly("2025-10-21T16:00:00Z")], new Date("2025-10-01"), new Date("2025-11-10")).map((s) => s.localDate)).toEqual([
      "2025-10-21",
      "2025-11-04",
    ]);
  });

  it("keep their parity whatever range is asked for", () => {
    const v = fortnightly("2025-10-13T09:00:00Z");
    expect(slotsBetween([v], new Date("2026-06-01"), new Date("2026-07-01")).map((s) => s.localDate)).toEqual(["2026-06-09", "2026-06-23"]);
    expect(slotsBetween([v], new Date("2026-06-10"), new Date("2026-07-01")).map((s) => s.localDate)).toEqual(["2026-06-23"]);
  });

  it("read the anchor's date in the rhythm's zone, not in UTC", () => {
    // Monday 23:30 UTC is already Tuesday 10:30 in Sydney, before the evening window: that Tuesday is the anchor.
    const sydney = version({ cadence: "fortnightly", timezone: "Australia/Sydney", effectiveFrom: new Date("2026-01-12T23:30:00Z") });
    expect(slotsBetween([sydney], new Date("2026-01-01"), new Date("2026-02-15")).map((s) => s.localDate)).toEqual(["2026-01-13", "2026-01-27", "2026-02-10"]);
  });
});

describe("monthly slots", () => {
  it("fall on the first such weekday of each calendar month", () => {
    const monthly = version({ cadence: "monthly" });
    expect(slotsBetween([monthly], new Date("2026-06-01"), new Date("2026-12-31")).map((s) => s.localDate)).toEqual([
      "2026-06-02",
      "2026-07-07",
      "2026-08-04",
      "2026-09-01", // a month that starts on a Tuesday
      "2026-10-06",
      "2026-11-03",
      "2026-12-01",
    ]);
  });

  it("start with the next month when this month's first weekday came before effectiveFrom", () => {
    const monthly = version({ cadence: "monthly", day: "sun", part: "morning", effectiveFrom: new Date("2026-03-02T00:00:00Z") });
    expect(slotsBetween([monthly], new Date("2026-01-01"), new Date("2026-05-31")).map((s) => s.localDate)).toEqual(["2026-04-05", "2026-05-03"]);
  });
});

describe("rhythm changes", () => {
  const old = version({ effectiveFrom: new Date("2025-09-01T00:00:00Z") });
  // From Wednesday 15 October: Thursday mornings in New York, fortnightly.
  const change = version({ cadence: "fortnightly", day: "thu", part: "morning", timezone: "America/New_York", effectiveFrom: new Date("2025-10-15T12:00:00Z") });

  it("old slots before effectiveFrom, new ones after, none duplicated — in whatever order the versions come", () => {
    const expected = [
      ["2025-09-30", "2025-09-30T16:00:00.000Z"],
      ["2025-10-07", "2025-10-07T16:00:00.000Z"],
      ["2025-10-14", "2025-10-14T16:00:00.000Z"],
      ["2025-10-16", "2025-10-16T12:00:00.000Z"],
      ["2025-10-30", "2025-10-30T12:00:00.000Z"],
      ["2025-11-13", "2025-11-13T13:00:00.000Z"], // EST from 2 November
    ];
    for (const versions of [
      [old, change],
      [change, old],
    ]) {
      const slots = slotsBetween(versions, new Date("2025-09-29"), new Date("2025-11-20"));
      expect(slots.map((s) => [s.localDate, iso(s.startsAt)])).toEqual(expected);
    }
  });

  it("a window in progress when the change takes over still belongs to the old rhythm", () => {
    const midWindow = version({ day: "wed", effectiveFrom: new Date("2025-10-14T18:00:00Z") }); // during Tuesday evening
    expect(starts([old, midWindow], "2025-10-13", "2025-10-23")).toEqual(["2025-10-14T16:00:00.000Z", "2025-10-15T16:00:00.000Z", "2025-10-22T16:00:00.000Z"]);
  });

  it("nothing before the first version; with equal effectiveFrom the last one given wins", () => {
    expect(starts([old], "2025-08-01", "2025-09-08")).toEqual(["2025-09-02T16:00:00.000Z"]);
    const sameTime = version({ day: "fri", effectiveFrom: old.effectiveFrom });
    expect(slotsBetween([old, sameTime], new Date("2025-09-01"), new Date("2025-09-08")).map((s) => s.localDate)).toEqual(["2025-09-05"]);
  });
});

describe("slotsBetween edges", () => {
  it("takes [from, to): a slot starting at `to` is left out, one starting at `from` is in", () => {
    expect(starts([version()], "2025-10-21T16:00:00Z", "2025-10-28T17:00:00Z")).toEqual(["2025-10-21T16:00:00.000Z"]);
    expect(starts([version()], "2025-10-21T16:00:01Z", "2025-10-28T17:00:01Z")).toEqual(["2025-10-28T17:00:00.000Z"]);
  });

  it("is empty for an empty or reversed range and for no versions", () => {
    expect(starts([version()], "2025-10-21", "2025-10-21")).toEqual([]);
    expect(starts([version()], "2025-11-21", "2025-10-21")).toEqual([]);
    expect(starts([], "2025-01-01", "2026-01-01")).toEqual([]);
  });

  it("throws RangeError for an unknown timezone or an invalid date", () => {
    expect(() => slotsBetween([version({ timezone: "Mars/Olympus_Mons" })], new Date("2025-10-01"), new Date("2025-11-01"))).toThrow(RangeError);
    expect(() => slotsBetween([version()], new Date("nope"), new Date("2025-11-01"))).toThrow(RangeError);
    expect(() => slotsBetween([version({ effectiveFrom: new Date("nope") })], new Date("2025-10-01"), new Date("2025-11-01"))).toThrow(RangeError);
  });

  it("is quick over years: ten years of weekly slots in well under a second", () => {
    const started = performance.now();
    const slots = slotsBetween([version({ effectiveFrom: new Date("2020-01-01") })], new Date("2020-01-01"), new Date("2030-01-01"));
    expect(slots.length).toBe(521); // Tuesdays from Wednesday 1 January 2020 to the end of 2029
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("nextSlot", () => {
  const weekly = [version()];

  it("is the window in progress, else the next one", () => {
    expect(iso(nextSlot(weekly, new Date("2025-10-21T20:59:59Z"))!.startsAt)).toBe("2025-10-21T16:00:00.000Z");
    expect(iso(nextSlot(weekly, new Date("2025-10-21T21:00:00Z"))!.startsAt)).toBe("2025-10-28T17:00:00.000Z"); // ended, though still closing
    expect(iso(nextSlot(weekly, new Date("2025-10-20T00:00:00Z"))!.startsAt)).toBe("2025-10-21T16:00:00.000Z");
  });

  it("looks past a rhythm that starts later, and across a change", () => {
    const later = [version({ cadence: "monthly", effectiveFrom: new Date("2027-05-10T00:00:00Z") })];
    expect(nextSlot(later, new Date("2025-10-20T00:00:00Z"))!.localDate).toBe("2027-06-01");
    const change = [version(), version({ day: "fri", effectiveFrom: new Date("2025-10-22T00:00:00Z") })];
    expect(nextSlot(change, new Date("2025-10-21T22:00:00Z"))!.localDate).toBe("2025-10-24");
  });

  it("is null without a rhythm", () => {
    expect(nextSlot([], new Date("2025-10-20T00:00:00Z"))).toBeNull();
  });

  it("a monthly slot can be five weeks away", () => {
    const monthly = [version({ cadence: "monthly", day: "wed" })];
    // First Wednesday of April 2026 is the 1st; the next is 6 May.
    expect(nextSlot(monthly, new Date("2026-04-01T22:00:00Z"))!.localDate).toBe("2026-05-06");
    expect(nextSlot(monthly, new Date("2026-04-01T22:00:00Z"))!.startsAt.getTime() - new Date("2026-04-01T22:00:00Z").getTime()).toBeGreaterThan(34 * DAY + HOUR);
  });
});
