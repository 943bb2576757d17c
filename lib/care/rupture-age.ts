/** A rupture still open after this many days is shown to moderators. */
export const UNREPAIRED_DAYS = 7;

const DAY_MS = 86_400_000;

/** Whole days since it was named. */
export function daysOpen(openedAt: Date, at: Date): number {
  return Math.max(0, Math.floor((at.getTime() - openedAt.getTime()) / DAY_MS));
}

/** Ruptures named at or before this moment have been open for `days` (a program setting, 7 by default). */
export function unrepairedSince(at: Date, days = UNREPAIRED_DAYS): Date {
  return new Date(at.getTime() - days * DAY_MS);
}
