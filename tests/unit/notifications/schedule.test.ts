import { describe, expect, it } from "vitest";
import { digestText, isQuiet, nextDigestAt, nextLocalHour, sendAfter } from "@/lib/notifications/schedule";

const q = (timeZone: string) => ({ timeZone, on: true, startHour: 22, endHour: 7 });

describe("quiet hours in the person's own time zone", () => {
  it("holds email until 07:00 local in Tokyo, London and New York", () => {
    // 23:30 in Tokyo (UTC+9) is 14:30 UTC.
    const tokyoNight = new Date("2026-03-10T14:30:00Z");
    expect(isQuiet(tokyoNight, q("Asia/Tokyo"))).toBe(true);
    expect(sendAfter(tokyoNight, q("Asia/Tokyo"), true).toISOString()).toBe("2026-03-10T22:00:00.000Z"); // 07:00 JST
    // The same instant is 14:30 in London: not quiet, sent at once.
    expect(sendAfter(tokyoNight, q("Europe/London"), true)).toEqual(tokyoNight);
    // 03:00 in New York (EST, UTC−5) is 08:00 UTC: waits until 07:00 EST = 12:00 UTC.
    expect(sendAfter(new Date("2026-01-15T08:00:00Z"), q("America/New_York"), true).toISOString()).toBe("2026-01-15T12:00:00.000Z");
  });

  it("crisis care never waits, and quiet hours that are off never hold anything", () => {
    const night = new Date("2026-03-10T14:30:00Z");
    expect(sendAfter(night, q("Asia/Tokyo"), false)).toEqual(night);
    expect(sendAfter(night, { ...q("Asia/Tokyo"), on: false }, true)).toEqual(night);
  });

  it("handles quiet hours that don't cross midnight, and the change to summer time", () => {
    const afternoon = { timeZone: "Europe/Paris", on: true, startHour: 13, endHour: 15 };
    expect(isQuiet(new Date("2026-06-01T12:30:00Z"), afternoon)).toBe(true); // 14:30 CEST
    expect(isQuiet(new Date("2026-06-01T13:30:00Z"), afternoon)).toBe(false); // 15:30 CEST
    // Night of 28→29 March 2026 in London: clocks go forward at 01:00 UTC. 07:00 BST is 06:00 UTC.
    expect(nextLocalHour(new Date("2026-03-29T00:30:00Z"), "Europe/London", 7).toISOString()).toBe("2026-03-29T06:00:00.000Z");
    expect(nextLocalHour(new Date("2026-03-28T00:30:00Z"), "Europe/London", 7).toISOString()).toBe("2026-03-28T07:00:00.000Z");
  });
});

describe("the daily digest", () => {
  it("goes out at the person's digest hour, the next one to come", () => {
    const at = new Date("2026-05-04T10:00:00Z"); // 12:00 in Berlin (CEST)
    expect(nextDigestAt(at, { ...q("Europe/Berlin"), on: false }, 8).toISOString()).toBe("2026-05-05T06:00:00.000Z");
    expect(nextDigestAt(new Date("2026-05-04T05:00:00Z"), { ...q("Europe/Berlin"), on: false }, 8).toISOString()).toBe("2026-05-04T06:00:00.000Z");
  });

  it("is moved past quiet hours when they overlap it", () => {
    const late = { timeZone: "UTC", on: true, startHour: 22, endHour: 9 };
    expect(nextDigestAt(new Date("2026-05-04T10:00:00Z"), late, 8).toISOString()).toBe("2026-05-05T09:00:00.000Z");
  });

  it("gathers many into one email, kindly worded, with a way to change it", () => {
    const one = digestText("Sam", [{ title: "A check-in is due", body: "Tomorrow evening." }], "https://a.test", "https://a.test/account/notifications");
    expect(one.subject).toBe("Alongside: A check-in is due");
    const many = digestText("Sam", [{ title: "One", body: "1" }, { title: "Two", body: "2" }, { title: "Three", body: "3" }], "https://a.test", "https://a.test/s");
    expect(many.subject).toBe("Alongside: 3 things since yesterday");
    expect(many.text).toContain("• Two");
    expect(many.text).toContain("https://a.test/s");
  });
});
