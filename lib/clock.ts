import { env } from "@/lib/env";

/**
 * The app's clock. Everything about rhythm and check-ins (slots, messages'
 * times, absences, ruptures' age, nudges) reads time here instead of from the
 * database's now(), so that browser tests can move time forward by weeks
 * through /dev/clock. The offset exists only outside production: there
 * `advanceClock` refuses and `now()` is plain real time.
 */
const globalForClock = globalThis as unknown as { __alongsideClockOffsetMs?: number };

export function now(): Date {
  return new Date(Date.now() + (globalForClock.__alongsideClockOffsetMs ?? 0));
}

/**
 * Today's UTC date by this clock, as "YYYY-MM-DD": for SQL that would
 * otherwise use the database's current_date, so a moved clock moves it too.
 */
export function todayUtc(): string {
  return now().toISOString().slice(0, 10);
}

export function clockOffsetMs(): number {
  return globalForClock.__alongsideClockOffsetMs ?? 0;
}

/** Moves the app's clock (tests and development only). */
export function setClockOffset(ms: number) {
  if (env().isProduction) throw new Error("The clock cannot be moved in production");
  globalForClock.__alongsideClockOffsetMs = ms;
}
