import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { days, dayParts, type Cadence } from "@/lib/profiles/options";
import { offsetMinutes, PART_HOURS } from "@/lib/matching/windows";
import { CHECK_IN_GRACE_MS, consistencyRecord, missedInARow, nextSlot, slotsBetween, type RhythmVersion, type Slot, type SlotStatus } from "@/lib/rhythm";
import { DAY, HOUR, wallClock } from "./support";

/** Both hemispheres, half- and quarter-hour offsets, and Lord Howe's half-hour clock change. */
const ZONES = [
  "UTC",
  "Europe/London",
  "Europe/Berlin",
  "America/New_York",
  "America/Los_Angeles",
  "America/St_Johns",
  "America/Sao_Paulo",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "Pacific/Auckland",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Tokyo",
  "Africa/Cairo",
];
const YEAR = 365 * DAY;
const START = Date.UTC(2015, 0, 1);
const END = Date.UTC(2035, 0, 1);

const instant = (min = START, max = END) => fc.integer({ min, max });
const cadence = fc.constantFrom<Cadence>("weekly", "fortnightly", "monthly");
const rhythm = (effectiveFrom = instant()) =>
  fc.record({
    cadence,
    day: fc.constantFrom(...days.map((d) => d.value)),
    part: fc.constantFrom(...dayParts.map((p) => p.value)),
    timezone: fc.constantFrom(...ZONES),
    effectiveFrom: effectiveFrom.map((ms) => new Date(ms)),
  });
/** A range [from, to) of up to two years. */
const range = fc.tuple(instant(), fc.integer({ min: 0, max: 2 * YEAR })).map(([from, length]) => [from, from + length] as const);

const localDays = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY;
const times = (slots: Slot[]) => slots.map((s) => s.startsAt.getTime());

describe("slot properties", () => {
  it("every slot is the rhythm's weekday and part of day in its own zone, in range, sorted and spaced by its cadence", () => {
    fc.assert(
      fc.property(rhythm(), range, (version, [from, to]) => {
        const slots = slotsBetween([version], new Date(from), new Date(to));
        const [startHour, endHour] = PART_HOURS[version.part];
        const { timezone } = version;
        for (const [i, slot] of slots.entries()) {
          const start = slot.startsAt.getTime();
          const end = slot.endsAt.getTime();
          expect(start).toBeGreaterThanOrEqual(Math.max(from, version.effectiveFrom.getTime()));
          expect(start).toBeLessThan(to);
          const local = wallClock(slot.startsAt, timezone);
          expect(local).toEqual({ day: version.day, date: slot.localDate, hour: startHour, minute: 0 });
          expect(wallClock(slot.endsAt, timezone)).toEqual({ day: version.day, date: slot.localDate, hour: endHour, minute: 0 });
          // The part's length, give or take a clock change inside the window.
          const change = (offsetMinutes(timezone, end) - offsetMinutes(timezone, start)) * 60_000;
          expect(end - start).toBe((endHour - startHour) * HOUR - change);
          expect(slot.closesAt.getTime() - end).toBe(CHECK_IN_GRACE_MS);
          const previous = slots[i - 1];
          if (!previous) continue;
          expect(start).toBeGreaterThan(previous.startsAt.getTime());
          const apart = localDays(previous.localDate, slot.localDate);
          if (version.cadence === "weekly") {
            expect(apart).toBe(7);
            expect(start - previous.startsAt.getTime()).toBeGreaterThanOrEqual(6 * DAY);
            expect(start - previous.startsAt.getTime()).toBeLessThanOrEqual(8 * DAY);
          } else if (version.cadence === "fortnightly") {
            expect(apart).toBe(14);
          } else {
            expect(Number(slot.localDate.slice(8))).toBeLessThanOrEqual(7);
            expect([28, 35]).toContain(apart);
          }
        }
      }),
      { numRuns: 120, seed: 7 },
    );
  });

  it("over N whole weeks there are N weekly slots (one more or fewer only at the edges), about N/2 fortnightly and one a month", () => {
    fc.assert(
      fc.property(rhythm(), fc.integer({ min: 0, max: 104 }), instant(0, 3 * YEAR), (version, weeks, after) => {
        const from = version.effectiveFrom.getTime() + after;
        const count = slotsBetween([version], new Date(from), new Date(from + weeks * 7 * DAY)).length;
        const expected = version.cadence === "weekly" ? weeks : version.cadence === "fortnightly" ? weeks / 2 : (weeks * 7) / (YEAR / DAY / 12);
        expect(Math.abs(count - expected)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150, seed: 8 },
    );
  });

  it("range split invariance: slotsBetween(a, c) = slotsBetween(a, b) ++ slotsBetween(b, c), across rhythm changes", () => {
    fc.assert(
      fc.property(fc.array(rhythm(), { minLength: 1, maxLength: 3 }), range, fc.double({ min: 0, max: 1, noNaN: true }), (versions, [a, c], t) => {
        const b = Math.round(a + (c - a) * t);
        const whole = slotsBetween(versions, new Date(a), new Date(c));
        expect([...slotsBetween(versions, new Date(a), new Date(b)), ...slotsBetween(versions, new Date(b), new Date(c))]).toEqual(whole);
      }),
      { numRuns: 120, seed: 9 },
    );
  });

  it("with several versions, each slot belongs to the version in effect at its start, with no duplicates", () => {
    fc.assert(
      fc.property(fc.array(rhythm(instant(START, START + 2 * YEAR)), { minLength: 1, maxLength: 4 }), (versions) => {
        const slots = slotsBetween(versions, new Date(START), new Date(START + 2 * YEAR));
        const starts = times(slots);
        expect(new Set(starts).size).toBe(starts.length);
        expect([...starts].sort((x, y) => x - y)).toEqual(starts);
        const byStart = [...versions].sort((x, y) => x.effectiveFrom.getTime() - y.effectiveFrom.getTime());
        for (const slot of slots) {
          const governing = byStart.filter((v) => v.effectiveFrom <= slot.startsAt).at(-1) as RhythmVersion;
          expect(governing).toBeDefined();
          const local = wallClock(slot.startsAt, governing.timezone);
          expect([local.day, local.hour]).toEqual([governing.day, PART_HOURS[governing.part][0]]);
        }
      }),
      { numRuns: 60, seed: 10 },
    );
  });

  it("nextSlot is the first slot, by start, that has not ended", () => {
    fc.assert(
      fc.property(fc.array(rhythm(instant(START, START + 2 * YEAR)), { minLength: 1, maxLength: 3 }), instant(START, START + 3 * YEAR), (versions, now) => {
        const next = nextSlot(versions, new Date(now));
        expect(next).not.toBeNull();
        const around = slotsBetween(versions, new Date(now - 2 * DAY), new Date(Math.max(now, ...versions.map((v) => v.effectiveFrom.getTime())) + 70 * DAY));
        expect(next).toEqual(around.find((s) => s.endsAt.getTime() > now));
      }),
      { numRuns: 80, seed: 12 },
    );
  });
});

describe("record properties", () => {
  const statuses = fc.array(fc.constantFrom<SlotStatus>("upcoming", "open", "kept", "missed", "excused"), { maxLength: 60 });

  it("counts always add up, and counted never includes excused", () => {
    fc.assert(
      fc.property(statuses, (list) => {
        const record = consistencyRecord(list);
        const count = (s: SlotStatus) => list.filter((x) => x === s).length;
        expect([record.kept, record.missed, record.excused]).toEqual([count("kept"), count("missed"), count("excused")]);
        expect(record.counted).toBe(record.kept + record.missed);
        expect(record.counted + record.excused + count("open") + count("upcoming")).toBe(list.length);
        expect(consistencyRecord([...list, "excused"]).counted).toBe(record.counted);
        expect(record.sentence).not.toMatch(/streak|fail|bad/i);
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it("missedInARow: a kept slot ends the run, a missed one extends it, anything else leaves it", () => {
    fc.assert(
      fc.property(statuses, (list) => {
        const run = missedInARow(list);
        expect(run).toBeLessThanOrEqual(consistencyRecord(list).missed);
        expect(missedInARow([...list, "kept"])).toBe(0);
        expect(missedInARow([...list, "missed"])).toBe(run + 1);
        for (const status of ["excused", "open", "upcoming"] as const) expect(missedInARow([...list, status])).toBe(run);
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});
