import { dateFormat } from "@/lib/time/format";

/**
 * Pausing: an approved mentor may step back for a while, naming the day they
 * expect to return. The day must be after today (in the mentor's own
 * timezone) and at most PAUSE_MAX_MONTHS away, so nobody drifts off silently.
 * Dates are plain "YYYY-MM-DD" strings, like the `paused_until` column.
 */
export const PAUSE_MAX_MONTHS = 6;

/** Today's date where the person lives (UTC when their timezone is unknown). */
export function localDate(timezone: string | null | undefined, now = new Date()) {
  try {
    return dateFormat({ timeZone: timezone || "UTC", year: "numeric", month: "2-digit", day: "2-digit" }, "en-CA").format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

function parts(date: string) {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return { y, m, d };
}

const iso = (at: Date) => at.toISOString().slice(0, 10);

export function addDays(date: string, days: number) {
  const { y, m, d } = parts(date);
  return iso(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Calendar months later; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number) {
  const { y, m, d } = parts(date);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))));
}

/**
 * Whether a pause is still in force at `at`: it ends when the return day
 * begins where the mentor lives, not at midnight UTC (a mentor in Auckland
 * who said "back on Tuesday" is not matched on Monday evening their time,
 * nor one in Los Angeles on Monday afternoon).
 */
export function pauseInForce(pausedUntil: string | null | undefined, timezone: string | null | undefined, at: Date): boolean {
  return !!pausedUntil && localDate(timezone, at) < pausedUntil.slice(0, 10);
}

/**
 * The earliest and latest a pause can end anywhere, as UTC dates, for a
 * database filter that must not drop a mentor whose pause has ended in their
 * own zone: local dates run from the UTC date minus one to plus one. Rows it
 * keeps are then checked exactly with `pauseInForce`.
 */
export function latestLocalDate(at: Date): string {
  return addDays(at.toISOString().slice(0, 10), 1);
}

/** The earliest and latest return dates a mentor may choose today. */
export function pauseWindow(today: string) {
  return { earliest: addDays(today, 1), latest: addMonths(today, PAUSE_MAX_MONTHS) };
}

const longDate = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "Tuesday 3 March 2026" for a "2026-03-03" date. */
export function formatDay(date: string) {
  const { y, m, d } = parts(date);
  return longDate.format(new Date(Date.UTC(y, m - 1, d)));
}
