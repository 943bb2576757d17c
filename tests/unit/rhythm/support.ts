/**
 * Helpers for the rhythm tests: rhythm versions with defaults, and a reading
 * of an instant's local wall clock straight from Intl — independent of the
 * engine's own offset arithmetic, so the tests can check it.
 */
import type { RhythmVersion } from "@/lib/rhythm";

export const version = (overrides: Partial<RhythmVersion> = {}): RhythmVersion => ({
  cadence: "weekly",
  day: "tue",
  part: "evening",
  timezone: "Europe/London",
  effectiveFrom: new Date("2025-01-01T00:00:00Z"),
  ...overrides,
});

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Local wall clock of an instant in a zone, read with Intl formatToParts. */
export function wallClock(instant: Date, timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    /** "mon" … "sun", the vocabulary of lib/profiles/options. */
    day: get("weekday").toLowerCase().slice(0, 3),
    date: `${get("year")}-${get("month")}-${get("day")}`,
    hour: Number(get("hour")),
    minute: Number(get("minute")),
  };
}

export const iso = (date: Date) => date.toISOString();
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
