import { describe, expect, it } from "vitest";
import { slotStatus, slotsBetween, type Absence, type SlotStatusInput } from "@/lib/rhythm";
import { HOUR, version } from "./support";

// Tuesday 21 October 2025, 17:00–22:00 London (16:00–21:00 UTC); closes Wednesday 21:00 UTC.
const [slot] = slotsBetween([version()], new Date("2025-10-20"), new Date("2025-10-27"));
const startsAt = slot!.startsAt.getTime();
const closesAt = slot!.closesAt.getTime();
const at = (ms: number) => new Date(ms);
const during = at(startsAt + HOUR);
const after = at(closesAt);

const status = (input: Partial<SlotStatusInput> = {}) =>
  slotStatus({
    slot: slot!,
    now: during,
    members: ["ana", "ben"],
    entryAuthors: new Set(),
    messageTimes: new Map(),
    absences: [],
    ...input,
  });

const away = (overrides: Partial<Absence> = {}): Absence => ({
  userId: "ben",
  startsAt: at(startsAt - 3 * 24 * HOUR),
  returnsAt: at(startsAt + 7 * 24 * HOUR),
  announcedAt: at(startsAt - 5 * 24 * HOUR),
  ...overrides,
});

describe("slotStatus", () => {
  it("upcoming before the window starts, open from the start until it closes, missed from closesAt", () => {
    expect(status({ now: at(startsAt - 1) })).toBe("upcoming");
    expect(status({ now: at(startsAt) })).toBe("open");
    expect(status({ now: at(closesAt - 1) })).toBe("open"); // the next day's grace
    expect(status({ now: after })).toBe("missed");
  });

  it("kept once both have shown up — by an entry or a message in [startsAt, closesAt) — even before the window closes", () => {
    expect(status({ entryAuthors: new Set(["ana", "ben"]) })).toBe("kept");
    expect(status({ entryAuthors: new Set(["ana"]), messageTimes: new Map([["ben", [at(startsAt + 30 * 60_000)]]]) })).toBe("kept");
    const nextDayReply = new Map([
      ["ana", [at(startsAt)]],
      ["ben", [at(closesAt - 1)]],
    ]);
    expect(status({ messageTimes: nextDayReply, now: after })).toBe("kept");
  });

  it("one person showing up is not enough; messages outside [startsAt, closesAt) don't count", () => {
    expect(status({ entryAuthors: new Set(["ana"]), now: after })).toBe("missed");
    expect(status({ entryAuthors: new Set(["ana"]), messageTimes: new Map([["ben", [at(startsAt - 1), at(closesAt)]]]), now: after })).toBe("missed");
    expect(status({ entryAuthors: new Set(["ana", "someone-else"]), now: after })).toBe("missed");
  });

  it("excused by a member's absence covering the start, announced before the slot started", () => {
    expect(status({ absences: [away()], now: after })).toBe("excused");
    expect(status({ absences: [away()], now: during })).toBe("excused");
    expect(status({ absences: [away()], now: at(startsAt - 2 * 24 * HOUR) })).toBe("excused"); // an excused upcoming slot
    expect(status({ absences: [away({ startsAt: at(startsAt), announcedAt: at(startsAt - 1) })], now: after })).toBe("excused"); // bounds are inclusive
  });

  it("not excused when announced too late, when the absence doesn't cover the start, or when it is someone else's", () => {
    expect(status({ absences: [away({ announcedAt: at(startsAt) })], now: after })).toBe("missed");
    expect(status({ absences: [away({ announcedAt: at(startsAt + HOUR) })], now: during })).toBe("open");
    expect(status({ absences: [away({ returnsAt: at(startsAt) })], now: after })).toBe("missed");
    expect(status({ absences: [away({ startsAt: at(startsAt + 1) })], now: after })).toBe("missed");
    expect(status({ absences: [away({ userId: "carla" })], now: after })).toBe("missed");
  });

  it("kept despite an absence: showing up wins", () => {
    expect(status({ absences: [away()], entryAuthors: new Set(["ana", "ben"]), now: after })).toBe("kept");
  });
});
