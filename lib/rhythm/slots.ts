/**
 * Turns agreed rhythms into the concrete check-in windows a pair can keep.
 * Pairs change their rhythm over time, and every page (the next check-in, the
 * record, reminders) must agree on which windows existed, so slots are derived
 * here from the rhythm's history alone — never from the range asked for —
 * which makes any range give the same slots as its pieces.
 */
import { PART_HOURS } from "@/lib/matching/windows";
import { DAY_INDEX, DAY_MS, firstWeekdayOfMonth, HOUR_MS, isoDate, localDayOf, onOrAfter, windowOn, type LocalDay } from "./local";
import type { RhythmVersion, Slot } from "./types";

/** How long after a window ends a check-in still counts for it: a reply the next day is fine. */
export const CHECK_IN_GRACE_MS = 24 * HOUR_MS;

const CADENCES = new Set(["weekly", "fortnightly", "monthly"]);

function instant(date: Date, name: string): number {
  const ms = date instanceof Date ? date.getTime() : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${name} is not a valid date`);
  return ms;
}

function checkVersion(version: RhythmVersion): number {
  if (!CADENCES.has(version.cadence)) throw new RangeError(`Unknown cadence "${version.cadence}"`);
  if (DAY_INDEX[version.day] === undefined) throw new RangeError(`Unknown day "${version.day}"`);
  if (PART_HOURS[version.part] === undefined) throw new RangeError(`Unknown part of day "${version.part}"`);
  return instant(version.effectiveFrom, "effectiveFrom");
}

/** The local date of a fortnightly version's first slot: the first such weekday whose window starts at or after effectiveFrom. */
function fortnightAnchor(version: RhythmVersion, effectiveFrom: number): LocalDay {
  let day = onOrAfter(localDayOf(effectiveFrom, version.timezone), DAY_INDEX[version.day]);
  for (;;) {
    const window = windowOn(day, version.part, version.timezone);
    if (window && window.start >= effectiveFrom) return day;
    day += 7;
  }
}

/** Appends one version's slots with start in [lo, hi); lo is at or after the version's effectiveFrom. */
function versionSlots(version: RhythmVersion, effectiveFrom: number, lo: number, hi: number, out: Slot[]) {
  const { timezone, part } = version;
  const weekday = DAY_INDEX[version.day];
  // One local day of slack each side: the filter on start below is what decides.
  const firstDay = localDayOf(lo, timezone) - 1;
  const lastDay = localDayOf(hi, timezone) + 1;
  const emit = (day: LocalDay) => {
    const window = windowOn(day, part, timezone);
    if (window && window.start >= lo && window.start < hi) {
      out.push({
        startsAt: new Date(window.start),
        endsAt: new Date(window.end),
        closesAt: new Date(window.end + CHECK_IN_GRACE_MS),
        localDate: isoDate(day),
      });
    }
  };
  switch (version.cadence) {
    case "weekly":
      for (let day = onOrAfter(firstDay, weekday); day <= lastDay; day += 7) emit(day);
      return;
    case "fortnightly": {
      const anchor = fortnightAnchor(version, effectiveFrom);
      const first = onOrAfter(firstDay, weekday);
      const start = first <= anchor ? anchor : anchor + Math.ceil((first - anchor) / 14) * 14;
      for (let day = start; day <= lastDay; day += 14) emit(day);
      return;
    }
    case "monthly": {
      const date = new Date(firstDay * DAY_MS);
      let year = date.getUTCFullYear();
      let month = date.getUTCMonth();
      for (let day = firstWeekdayOfMonth(year, month, weekday); day <= lastDay; day = firstWeekdayOfMonth(year, month, weekday)) {
        if (day >= firstDay) emit(day);
        if (++month === 12) [year, month] = [year + 1, 0];
      }
      return;
    }
  }
}

/**
 * Every slot whose startsAt is in [from, to), sorted by start. Each version
 * governs the slots starting from its effectiveFrom until the next version's;
 * versions may come in any order (with equal effectiveFrom the last one given
 * wins). Throws RangeError for an unknown zone, cadence, day or part, or an
 * invalid date.
 */
export function slotsBetween(versions: readonly RhythmVersion[], from: Date, to: Date): Slot[] {
  const lo = instant(from, "from");
  const hi = instant(to, "to");
  const sorted = versions.map((version) => ({ version, effectiveFrom: checkVersion(version) })).sort((a, b) => a.effectiveFrom - b.effectiveFrom);
  const out: Slot[] = [];
  if (lo >= hi) return out;
  sorted.forEach(({ version, effectiveFrom }, i) => {
    const start = Math.max(lo, effectiveFrom);
    const end = Math.min(hi, sorted[i + 1]?.effectiveFrom ?? Infinity);
    if (start < end) versionSlots(version, effectiveFrom, start, end, out);
  });
  return out;
}

/** Long enough to hold a slot of any cadence after any point (a monthly gap is at most five weeks). */
const SEARCH_SPAN_MS = 62 * DAY_MS;

/**
 * The first slot, in order of start, whose endsAt is after `now`: the window
 * in progress, else the next one. Null only when there are no versions.
 */
export function nextSlot(versions: readonly RhythmVersion[], now: Date): Slot | null {
  const at = instant(now, "now");
  if (versions.length === 0) return null;
  const lastChange = Math.max(...versions.map(checkVersion));
  const limit = Math.max(at, lastChange) + SEARCH_SPAN_MS;
  // A window lasts at most a few hours, so one that started a day ago has ended.
  for (let lo = at - DAY_MS; lo < limit; lo += SEARCH_SPAN_MS) {
    const found = slotsBetween(versions, new Date(lo), new Date(lo + SEARCH_SPAN_MS)).find((slot) => slot.endsAt.getTime() > at);
    if (found) return found;
  }
  return null;
}
