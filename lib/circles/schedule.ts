/**
 * A circle's sessions in time. Session n (1-based) falls on the n-th
 * occurrence of the circle's weekday on or after its start date, every week
 * or every other week, at the agreed local time in the facilitator's zone.
 * Stepping by local dates (lib/rhythm/local) keeps a clock change from moving
 * a session.
 */
import { DAY_INDEX, DAY_MS, localDayOf, MINUTE_MS, onOrAfter } from "@/lib/rhythm/local";
import { wallTimeToUtc, parseDate } from "@/lib/matching/windows";
import type { Day } from "@/lib/profiles/options";

export interface CircleRhythm {
  cadence: "weekly" | "fortnightly";
  day: Day;
  startMinute: number;
  durationMinutes: number;
  timezone: string;
  /** "YYYY-MM-DD", local to `timezone`. */
  startsOn: string;
  lengthSessions: number;
}

export interface SessionWindow {
  number: number;
  startsAt: Date;
  endsAt: Date;
}

/** How long after a session's window ends a check-in still counts (a late reply the same evening or next day). */
export const SESSION_GRACE_MS = 12 * 60 * MINUTE_MS;

/** Session n's window (n ≥ 1). */
export function sessionWindow(rhythm: CircleRhythm, n: number): SessionWindow {
  if (!Number.isInteger(n) || n < 1) throw new RangeError("Session numbers start at 1");
  const first = onOrAfter(parseDate(rhythm.startsOn) / DAY_MS, DAY_INDEX[rhythm.day]);
  const day = first + (n - 1) * (rhythm.cadence === "weekly" ? 7 : 14);
  const start = wallTimeToUtc(day * DAY_MS + rhythm.startMinute * MINUTE_MS, rhythm.timezone);
  return { number: n, startsAt: new Date(start), endsAt: new Date(start + rhythm.durationMinutes * MINUTE_MS) };
}

/** The session in progress or the next one (null after the last). */
export function nextSession(rhythm: CircleRhythm, now: Date): SessionWindow | null {
  for (let n = 1; n <= rhythm.lengthSessions; n++) {
    const w = sessionWindow(rhythm, n);
    if (w.endsAt.getTime() > now.getTime()) return w;
  }
  return null;
}

/** Sessions whose window has ended (with the grace) by `now`. */
export function sessionsPast(rhythm: CircleRhythm, now: Date): number {
  let n = 0;
  while (n < rhythm.lengthSessions && sessionWindow(rhythm, n + 1).endsAt.getTime() + SESSION_GRACE_MS <= now.getTime()) n++;
  return n;
}

/** Whether a session may be opened now: from an hour before its window until its end. */
export function mayOpen(window: SessionWindow, now: Date): boolean {
  return now.getTime() >= window.startsAt.getTime() - 60 * MINUTE_MS && now.getTime() < window.endsAt.getTime();
}

/**
 * Joining: only between sessions (not while one is open) and before half the
 * length has been held, so a circle has time to become a group.
 */
export function mayJoin(input: { sessionsHeld: number; lengthSessions: number; sessionOpen: boolean }): { ok: true } | { ok: false; reason: string } {
  if (input.sessionOpen) return { ok: false, reason: "A session is going on right now. Joining opens again once it has closed." };
  if (input.sessionsHeld * 2 >= input.lengthSessions) return { ok: false, reason: "This circle is past its halfway point, so it isn't taking new members. The next round will suggest others." };
  return { ok: true };
}

/** The local date of an instant in a zone ("YYYY-MM-DD"). */
export function localDate(instant: Date, timeZone: string): string {
  return new Date(localDayOf(instant.getTime(), timeZone) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The sessions a facilitator's pause would leave without them: those not yet
 * over at `from` that start before the return day begins (midnight of
 * `pausedUntil` in the facilitator's own zone — a pause ends on its return
 * date, as for matching). None means the pause falls between sessions and
 * the circle carries on untouched.
 */
export function sessionsDuringPause(rhythm: CircleRhythm, from: Date, pausedUntil: string, facilitatorZone: string): SessionWindow[] {
  const back = wallTimeToUtc(parseDate(pausedUntil), facilitatorZone);
  const covered: SessionWindow[] = [];
  for (let n = 1; n <= rhythm.lengthSessions; n++) {
    const w = sessionWindow(rhythm, n);
    if (w.startsAt.getTime() >= back) break;
    if (w.endsAt.getTime() > from.getTime()) covered.push(w);
  }
  return covered;
}
