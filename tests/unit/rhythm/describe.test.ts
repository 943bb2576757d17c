import { describe, expect, it } from "vitest";
import { describeRhythm, formatSlot, slotsBetween } from "@/lib/rhythm";
import { version } from "./support";

const winter = new Date("2026-01-12T00:00:00Z");

describe("describeRhythm", () => {
  it("in plain words when the viewer's clock agrees", () => {
    expect(describeRhythm(version(), "Europe/London", winter)).toBe("Weekly, Tuesdays 17:00–22:00");
    expect(describeRhythm(version({ cadence: "fortnightly", part: "morning" }), "Europe/London", winter)).toBe("Every two weeks, Tuesdays 08:00–12:00");
    expect(describeRhythm(version({ cadence: "monthly" }), "Europe/London", winter)).toBe("Monthly, the first Tuesday, 17:00–22:00");
    // Another zone with the same clock that day: nothing to convert.
    expect(describeRhythm(version(), "Europe/Lisbon", winter)).toBe("Weekly, Tuesdays 17:00–22:00");
  });

  it("in the viewer's time with the agreed words alongside when the clocks differ", () => {
    const newYork = version({ timezone: "America/New_York" });
    expect(describeRhythm(newYork, "Asia/Tokyo", winter)).toBe("Weekly, Wednesdays 07:00–12:00 your time (Tuesday evening in New York)");
    expect(describeRhythm(version({ timezone: "America/New_York", part: "morning" }), "Asia/Tokyo", winter)).toBe(
      "Weekly, Tuesdays 22:00 to Wednesdays 02:00 your time (Tuesday morning in New York)",
    );
    expect(describeRhythm(version({ cadence: "fortnightly" }), "America/New_York", winter)).toBe("Every two weeks, Tuesdays 12:00–17:00 your time (Tuesday evening in London)");
    expect(describeRhythm(version({ part: "afternoon" }), "Asia/Kolkata", winter)).toBe("Weekly, Tuesdays 17:30–22:30 your time (Tuesday afternoon in London)");
    expect(describeRhythm(version({ timezone: "America/Los_Angeles" }), "Europe/London", winter)).toBe("Weekly, Wednesdays 01:00–06:00 your time (Tuesday evening in Los Angeles)");
  });

  it("monthly in the viewer's time", () => {
    expect(describeRhythm(version({ cadence: "monthly" }), "America/New_York", winter)).toBe("Monthly, the first Tuesday, 12:00–17:00 your time (evening in London)");
    expect(describeRhythm(version({ cadence: "monthly", timezone: "America/Los_Angeles" }), "Europe/London", winter)).toBe(
      "Monthly, Wednesday 01:00–06:00 your time (the first Tuesday evening of the month in Los Angeles)",
    );
  });

  it("uses the offsets of the reference date: London and New York are 4 hours apart in mid-March", () => {
    const london = version();
    expect(describeRhythm(london, "America/New_York", new Date("2026-03-10T00:00:00Z"))).toBe("Weekly, Tuesdays 13:00–18:00 your time (Tuesday evening in London)");
    expect(describeRhythm(london, "America/New_York", new Date("2026-04-07T00:00:00Z"))).toBe("Weekly, Tuesdays 12:00–17:00 your time (Tuesday evening in London)");
  });

  it("says so when the window runs past the viewer's midnight, but reads one ending at midnight as one evening", () => {
    expect(describeRhythm(version({ timezone: "Asia/Dubai" }), "Asia/Tehran", winter)).toBe("Weekly, Tuesdays 16:30–21:30 your time (Tuesday evening in Dubai)");
    expect(describeRhythm(version({ timezone: "Europe/Paris" }), "Asia/Dubai", winter)).toBe("Weekly, Tuesdays 20:00 to Wednesdays 01:00 your time (Tuesday evening in Paris)");
    expect(describeRhythm(version({ timezone: "UTC" }), "Asia/Dhaka", winter)).toBe("Weekly, Tuesdays 23:00 to Wednesdays 04:00 your time (Tuesday evening in UTC)");
    expect(describeRhythm(version({ timezone: "UTC" }), "Europe/Athens", winter)).toBe("Weekly, Tuesdays 19:00–00:00 your time (Tuesday evening in UTC)");
  });

  it("throws RangeError for an unknown zone", () => {
    expect(() => describeRhythm(version(), "Nowhere/Special", winter)).toThrow(RangeError);
  });
});

describe("formatSlot", () => {
  const [slot] = slotsBetween([version()], new Date("2025-12-01"), new Date("2025-12-08"));

  it("names the day, date and hours in the given zone", () => {
    expect(formatSlot(slot!, "Europe/London")).toBe("Tuesday 2 December, 17:00–22:00");
    expect(formatSlot(slot!, "America/New_York")).toBe("Tuesday 2 December, 12:00–17:00");
    expect(formatSlot(slot!, "Asia/Tokyo")).toBe("Wednesday 3 December, 02:00–07:00");
    expect(formatSlot(slot!, "Asia/Dubai")).toBe("Tuesday 2 December, 21:00 to Wednesday 02:00");
  });
});
