/**
 * A rhythm is agreed in local words ("Tuesday evening in London"), so the
 * engine steps through local calendar dates of the rhythm's zone and only then
 * asks the zone what instant each window starts at. Stepping by dates, never by
 * adding hours to an instant, is what keeps a clock change from shifting,
 * dropping or doubling a slot.
 */
import { days, type Day, type DayPart } from "@/lib/profiles/options";
import { offsetMinutes, PART_HOURS, wallTimeToUtc } from "@/lib/matching/windows";

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Monday = 0 … Sunday = 6, the order of `days`. */
export const DAY_INDEX = Object.fromEntries(days.map((d, i) => [d.value, i])) as Record<Day, number>;

/** A local calendar date as whole days since 1970-01-01 (its midnight read as if UTC). */
export type LocalDay = number;

/** The local date, in `timeZone`, of an instant (ms). Throws RangeError for an unknown zone. */
export function localDayOf(instant: number, timeZone: string): LocalDay {
  return Math.floor((instant + offsetMinutes(timeZone, instant) * MINUTE_MS) / DAY_MS);
}

/** Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
export function weekdayOf(day: LocalDay): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The first local date on or after `day` that falls on `weekday` (Monday = 0). */
export function onOrAfter(day: LocalDay, weekday: number): LocalDay {
  return day + ((weekday - weekdayOf(day) + 7) % 7);
}

/** "YYYY-MM-DD". */
export function isoDate(day: LocalDay): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The first `weekday` of a calendar month (month 0–11). */
export function firstWeekdayOfMonth(year: number, month: number, weekday: number): LocalDay {
  return onOrAfter(Date.UTC(year, month, 1) / DAY_MS, weekday);
}

/**
 * Start and end (ms) of a part of day on a local date, with the zone's real
 * offset at each. Null when the date does not exist in the zone (Samoa skipped
 * Friday 30 December 2011).
 */
export function windowOn(day: LocalDay, part: DayPart, timeZone: string): { start: number; end: number } | null {
  const [from, to] = PART_HOURS[part];
  const midnight = day * DAY_MS;
  const start = wallTimeToUtc(midnight + from * HOUR_MS, timeZone);
  if (localDayOf(start, timeZone) !== day) return null;
  return { start, end: wallTimeToUtc(midnight + to * HOUR_MS, timeZone) };
}
