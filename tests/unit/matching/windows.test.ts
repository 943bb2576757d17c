import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allWindows, type Window } from "@/lib/profiles/options";
import { offsetFromIntl, offsetMinutes, overlapHours, referenceOffsetMinutes, referenceWeekStart, sharedWindows, weekMask, windowSlot } from "@/lib/matching/windows";

const overlap = (a: Window[], zoneA: string, b: Window[], zoneB: string, date: string) => overlapHours(weekMask(a, zoneA, date), weekMask(b, zoneB, date));

describe("windows on the UTC reference week", () => {
  it("places the reference week Monday to Sunday (UTC) around the reference date", () => {
    expect(new Date(referenceWeekStart("2026-01-14")).toISOString()).toBe("2026-01-12T00:00:00.000Z"); // a Wednesday → its Monday
    expect(new Date(referenceWeekStart("2026-01-18")).toISOString()).toBe("2026-01-12T00:00:00.000Z"); // Sunday belongs to the same week
    expect(new Date(referenceWeekStart("2026-01-19")).toISOString()).toBe("2026-01-19T00:00:00.000Z");
  });

  it("converts a local evening to UTC with the zone's offset on that day", () => {
    // Tuesday 17:00–22:00 in New York is Tuesday 22:00 – Wednesday 03:00 UTC in winter (UTC−5).
    const slot = windowSlot("tue-evening", "America/New_York", "2026-01-12")!;
    expect(slot.start).toBe((24 + 22) * 60);
    expect(slot.end - slot.start).toBe(5 * 60);
    expect(offsetMinutes("America/New_York", Date.UTC(2026, 6, 1))).toBe(-240);
    expect(referenceOffsetMinutes("Asia/Kolkata", "2026-01-12")).toBe(330);
    expect(referenceOffsetMinutes(null, "2026-01-12")).toBe(0);
  });

  describe("Europe/London vs America/New_York around the clock changes", () => {
    // London Monday evening (17–22 local) against New York Monday afternoon (12–17 local).
    const london: Window[] = ["mon-evening"];
    const newYork: Window[] = ["mon-afternoon"];
    it.each([
      ["January (GMT, EST: 5 hours apart)", "2026-01-12", 5],
      ["mid-March (GMT, EDT: the US has changed, the UK not yet)", "2026-03-16", 4],
      ["July (BST, EDT)", "2026-07-13", 5],
      ["early November (GMT, EDT: the UK has changed back, the US not yet)", "2025-10-27", 4],
      ["mid-November (GMT, EST)", "2025-11-10", 5],
    ])("%s", (_label, date, hours) => {
      expect(overlap(london, "Europe/London", newYork, "America/New_York", date)).toBe(hours);
      expect(Math.abs(referenceOffsetMinutes("Europe/London", date) - referenceOffsetMinutes("America/New_York", date))).toBe(hours * 60);
    });
  });

  it("handles half- and quarter-hour zones (Kolkata +5:30, Kathmandu +5:45)", () => {
    // Kolkata evening 17:00–22:00 = 11:30–16:30 UTC; London afternoon 12:00–17:00 (GMT) → 4.5 hours.
    expect(overlap(["wed-evening"], "Asia/Kolkata", ["wed-afternoon"], "Europe/London", "2026-01-12")).toBe(4.5);
    // Kathmandu evening 17:00–22:00 = 11:15–16:15 UTC → 4.25 hours with London's afternoon.
    expect(overlap(["wed-evening"], "Asia/Kathmandu", ["wed-afternoon"], "Europe/London", "2026-01-12")).toBe(4.25);
    expect(weekMask(["wed-evening"], "Asia/Kolkata", "2026-01-12").hours).toBeNull();
    expect(weekMask(["wed-evening"], "Europe/London", "2026-01-12").hours).not.toBeNull();
  });

  it("wraps around the week: Monday morning in Auckland is Sunday evening UTC", () => {
    // Auckland Monday 08–12 (NZDT +13 in January) = Sunday 19:00–23:00 UTC; London Sunday evening 17–22 → 3 hours.
    expect(overlap(["mon-morning"], "Pacific/Auckland", ["sun-evening"], "Europe/London", "2026-01-12")).toBe(3);
    // Los Angeles Sunday evening 17–22 (UTC−8) = Monday 01:00–06:00 UTC, past the week's end: wraps to its start.
    const slot = windowSlot("sun-evening", "America/Los_Angeles", "2026-01-12")!;
    expect(slot.start).toBe(60);
  });

  it("is symmetric, never more than either side's hours, and the hour and quarter-hour masks agree", () => {
    const zones = ["Europe/London", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Auckland", "America/Los_Angeles", "UTC"];
    const windows = fc.uniqueArray(fc.constantFrom(...allWindows), { maxLength: 8 });
    fc.assert(
      fc.property(windows, fc.constantFrom(...zones), windows, fc.constantFrom(...zones), fc.constantFrom("2026-01-12", "2026-03-16", "2026-07-13"), (a, za, b, zb, date) => {
        const ma = weekMask(a, za, date);
        const mb = weekMask(b, zb, date);
        const hours = overlapHours(ma, mb);
        expect(overlapHours(mb, ma)).toBe(hours);
        expect(hours).toBeLessThanOrEqual(Math.min(ma.totalHours, mb.totalHours));
        const quartersOnly = overlapHours({ ...ma, hours: null }, mb);
        expect(quartersOnly).toBe(hours);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it("lists shared windows in the person's own time, largest first", () => {
    const mentorWeek = weekMask(["tue-evening", "thu-evening"], "Europe/London", "2026-01-12");
    expect(sharedWindows(["tue-evening", "thu-morning", "thu-evening"], "Europe/London", mentorWeek, "2026-01-12", 2).map((w) => w.window)).toEqual([
      "tue-evening",
      "thu-evening",
    ]);
  });
});

describe("offsets, cached by quarter-hour", () => {
  // Zones with half- and quarter-hour offsets, southern-hemisphere and half-hour clock changes, and no change at all.
  const zones = ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham", "Australia/Adelaide", "America/Santiago", "Africa/Lagos", "UTC"];
  const from = Date.UTC(2025, 0, 1);
  const to = Date.UTC(2029, 0, 1);

  it("answers what Intl answers at any instant of 2025–2028", () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: from, max: to }), (zone, instant) => {
        expect(offsetMinutes(zone, instant)).toBe(offsetFromIntl(zone, instant));
      }),
      { numRuns: 3000 },
    );
  });

  it("answers what Intl answers on every minute around each clock change", () => {
    let changes = 0;
    for (const zone of zones) {
      // Find each change by the day, then by the hour within that day (no zone here changes twice in a day), then check
      // every minute of the two hours around it, in both orders of asking.
      for (let day = from; day < to; day += 86_400_000) {
        if (offsetFromIntl(zone, day) === offsetFromIntl(zone, day + 86_400_000)) continue;
        for (let hour = day; hour < day + 86_400_000; hour += 3_600_000) {
          if (offsetFromIntl(zone, hour) === offsetFromIntl(zone, hour + 3_600_000)) continue;
          changes++;
          for (let m = hour - 3_600_000; m <= hour + 2 * 3_600_000; m += 60_000) expect(offsetMinutes(zone, m), `${zone} ${new Date(m).toISOString()}`).toBe(offsetFromIntl(zone, m));
          for (let m = hour + 2 * 3_600_000; m >= hour - 3_600_000; m -= 60_000) expect(offsetMinutes(zone, m + 59_999), `${zone} ${new Date(m).toISOString()}`).toBe(offsetFromIntl(zone, m + 59_999));
        }
      }
    }
    // Seven zones change their clocks twice a year over these four years (Kathmandu, Kolkata, Lagos and UTC never): the scan found them all.
    expect(changes).toBe(7 * 8);
  });
});
