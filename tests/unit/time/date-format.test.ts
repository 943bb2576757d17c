import { describe, expect, it } from "vitest";
import { dateFormat } from "@/lib/time/format";

describe("shared date formatters", () => {
  const at = new Date("2026-03-04T18:05:00Z");

  it("writes exactly what a freshly built formatter writes", () => {
    const options: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Asia/Kolkata" };
    expect(dateFormat(options).format(at)).toBe(new Intl.DateTimeFormat("en-GB", options).format(at));
    expect(dateFormat({ timeZone: "UTC", year: "numeric", month: "2-digit", day: "2-digit" }, "en-CA").format(at)).toBe("2026-03-04");
  });

  it("builds one formatter for the same locale and options, and another for a different zone or locale", () => {
    const a = dateFormat({ day: "numeric", month: "long", timeZone: "Europe/London" });
    expect(dateFormat({ day: "numeric", month: "long", timeZone: "Europe/London" })).toBe(a);
    expect(dateFormat({ day: "numeric", month: "long", timeZone: "America/Chicago" })).not.toBe(a);
    expect(dateFormat({ day: "numeric", month: "long", timeZone: "Europe/London" }, "en-US")).not.toBe(a);
  });

  it("still refuses a time zone the runtime does not know", () => {
    expect(() => dateFormat({ timeZone: "Not/AZone" })).toThrow(RangeError);
    expect(() => dateFormat({ timeZone: "Not/AZone" })).toThrow(RangeError);
  });
});
