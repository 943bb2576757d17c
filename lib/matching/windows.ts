/**
 * Windows ("tue-evening") are in each person's own timezone. To compare two
 * people we place both on one UTC week — the week (Monday to Sunday, UTC) that
 * holds the reference date — using each zone's real offset on that day, so a
 * London–New York pair overlaps differently in the weeks between the US and
 * the UK clock changes than in the rest of the year.
 *
 * A week is 672 quarter-hours (some zones are +5:30 or +5:45). When every
 * window of a person starts on a whole UTC hour we also keep a 168-hour mask,
 * which is 3.5 times cheaper to intersect; both give the same answer.
 */
import { days, dayParts, type Day, type DayPart, type Window } from "@/lib/profiles/options";
import * as bits from "./bits";

// Bound once: run through tsx (CommonJS), every call through an import is a getter call the
// JIT does not inline, which tripled the time of the hot loops.
const { popcount } = bits;

/** Local hours of each part of day: [start, end). */
export const PART_HOURS: Record<DayPart, readonly [number, number]> = {
  morning: [8, 12],
  afternoon: [12, 17],
  evening: [17, 22],
};

const DAY_INDEX = Object.fromEntries(days.map((d, i) => [d.value, i])) as Record<Day, number>;
export const QUARTERS = 7 * 24 * 4;
export const QUARTER_WORDS = QUARTERS / 32; // 21
const HOURS = 7 * 24;
export const HOUR_WORDS = Math.ceil(HOURS / 32); // 6
const MINUTE = 60_000;

/** A person's windows placed on the UTC reference week. */
export interface WeekMask {
  quarters: Uint32Array;
  /** Null when some window does not start on a whole UTC hour. */
  hours: Uint32Array | null;
  /** Hours covered in total. */
  totalHours: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      throw new RangeError(`Unknown timezone "${timeZone}"`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `timeZone` is an IANA name this runtime knows. */
export function isKnownTimezone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Offsets already read, by zone and UTC quarter-hour. A zone's offset only
 * changes at a transition, and every transition in use today falls on a UTC
 * quarter-hour (offsets are whole quarter-hours and clocks change on a whole
 * local hour or half hour), so one reading serves its whole quarter-hour.
 * Asking Intl costs a formatToParts call (about 5 µs); a relationship page
 * asks a few hundred times to lay out its check-in slots.
 * Bounded: cleared when it grows past CACHE_LIMIT entries.
 */
const offsetCache = new Map<string, number>();
const CACHE_LIMIT = 50_000;
const QUARTER_MS = 15 * MINUTE;

/** The zone's offset from UTC, in minutes, at an instant (ms since the epoch). */
export function offsetMinutes(timeZone: string, instant: number): number {
  const key = `${timeZone}|${Math.floor(instant / QUARTER_MS)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    if (offsetCache.size >= CACHE_LIMIT) offsetCache.clear();
    offsetCache.set(key, (offset = offsetFromIntl(timeZone, instant)));
  }
  return offset;
}

/** The offset as Intl gives it, uncached (exported for the test that checks the cache against it). */
export function offsetFromIntl(timeZone: string, instant: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  const whole = Math.floor(instant / 1000) * 1000;
  return Math.round((wall - whole) / MINUTE);
}

/** The UTC instant of a wall-clock time in a zone (two passes settle the offset around a change). */
export function wallTimeToUtc(wall: number, timeZone: string): number {
  const guess = wall - offsetMinutes(timeZone, wall) * MINUTE;
  return wall - offsetMinutes(timeZone, guess) * MINUTE;
}

/** Parses "YYYY-MM-DD" to midnight UTC (ms). */
export function parseDate(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) throw new RangeError(`Not a date: "${date}"`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** Monday 00:00 UTC of the week holding the reference date. */
export function referenceWeekStart(referenceDate: string): number {
  const day = parseDate(referenceDate);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  return day - weekday * 24 * 60 * MINUTE;
}

const referenceOffsets = new Map<string, number>();

/** The zone's offset at noon UTC of the reference date: what the timezone limit compares. */
export function referenceOffsetMinutes(timeZone: string | null, referenceDate: string): number {
  const zone = timeZone ?? "UTC";
  const key = `${zone}|${referenceDate}`;
  let offset = referenceOffsets.get(key);
  if (offset === undefined) referenceOffsets.set(key, (offset = offsetMinutes(zone, parseDate(referenceDate) + 12 * 60 * MINUTE)));
  return offset;
}

export function parseWindow(window: string): { day: Day; part: DayPart } | null {
  const [day, part] = window.split("-") as [Day, DayPart];
  if (!(day in DAY_INDEX) || !(part in PART_HOURS)) return null;
  return { day, part };
}

export interface WindowSlot {
  /** Start and end in minutes from the start of the reference week (UTC); end may pass the week's end. */
  start: number;
  end: number;
}

const slotCache = new Map<string, Map<string, WindowSlot>>();

/** Where each local window of a zone falls on the UTC reference week. */
function slotsOf(timeZone: string | null, referenceDate: string): Map<string, WindowSlot> {
  const zone = timeZone ?? "UTC";
  const key = `${zone}|${referenceDate}`;
  let slots = slotCache.get(key);
  if (!slots) {
    slots = new Map();
    const weekStart = referenceWeekStart(referenceDate);
    const weekMinutes = 7 * 24 * 60;
    for (const d of days) {
      for (const p of dayParts) {
        const [from, to] = PART_HOURS[p.value];
        const localMidnight = weekStart + DAY_INDEX[d.value] * 24 * 60 * MINUTE;
        const start = wallTimeToUtc(localMidnight + from * 60 * MINUTE, zone);
        const end = wallTimeToUtc(localMidnight + to * 60 * MINUTE, zone);
        // Wrap into [0, week): Monday morning in Auckland is Sunday evening UTC.
        const offset = ((((start - weekStart) / MINUTE) % weekMinutes) + weekMinutes) % weekMinutes;
        slots.set(`${d.value}-${p.value}`, { start: offset, end: offset + (end - start) / MINUTE });
      }
    }
    slotCache.set(key, slots);
  }
  return slots;
}

/** Where one local window falls on the UTC reference week (minutes from Monday 00:00 UTC). */
export function windowSlot(window: Window, timeZone: string | null, referenceDate: string): WindowSlot | null {
  return slotsOf(timeZone, referenceDate).get(window) ?? null;
}

function setBits(words: Uint32Array, from: number, to: number, size: number) {
  for (let i = from; i < to; i++) {
    const bit = i % size;
    words[bit >>> 5]! |= 1 << (bit & 31);
  }
}

/** A person's windows on the UTC reference week. Unknown window names are ignored. */
export function weekMask(windows: readonly string[], timeZone: string | null, referenceDate: string): WeekMask {
  const quarters = new Uint32Array(QUARTER_WORDS);
  let hours: Uint32Array | null = new Uint32Array(HOUR_WORDS);
  const slots = slotsOf(timeZone, referenceDate);
  for (const window of windows) {
    const slot = slots.get(window);
    if (!slot) continue;
    setBits(quarters, Math.round(slot.start / 15), Math.round(slot.end / 15), QUARTERS);
    if (hours && slot.start % 60 === 0 && slot.end % 60 === 0) setBits(hours, slot.start / 60, slot.end / 60, HOURS);
    else hours = null;
  }
  let total = 0;
  for (let i = 0; i < QUARTER_WORDS; i++) total += popcount(quarters[i]!);
  return { quarters, hours, totalHours: total / 4 };
}

/** Hours a week two people share, in UTC. */
export function overlapHours(a: WeekMask, b: WeekMask): number {
  if (a.hours !== null && b.hours !== null) {
    const x = a.hours;
    const y = b.hours;
    let n = 0;
    for (let i = 0; i < HOUR_WORDS; i++) {
      const both = x[i]! & y[i]!;
      if (both !== 0) n += popcount(both);
    }
    return n;
  }
  const x = a.quarters;
  const y = b.quarters;
  let n = 0;
  for (let i = 0; i < QUARTER_WORDS; i++) {
    const both = x[i]! & y[i]!;
    if (both !== 0) n += popcount(both);
  }
  return n / 4;
}

/**
 * For explanations: each of `windows` (local to `timeZone`) with the hours it
 * shares with `other`, largest first; only windows sharing at least `minHours`.
 */
export function sharedWindows(
  windows: readonly Window[],
  timeZone: string | null,
  other: WeekMask,
  referenceDate: string,
  minHours = 1,
): { window: Window; hours: number }[] {
  const shared: { window: Window; hours: number }[] = [];
  for (const window of windows) {
    const hours = overlapHours(weekMask([window], timeZone, referenceDate), other);
    if (hours >= minHours) shared.push({ window, hours });
  }
  const order = (w: Window) => {
    const parsed = parseWindow(w)!;
    return DAY_INDEX[parsed.day] * 3 + dayParts.findIndex((p) => p.value === parsed.part);
  };
  return shared.sort((a, b) => b.hours - a.hours || order(a.window) - order(b.window));
}
