/**
 * The shapes the rhythm engine shares with the DAL and the pages. Dates are
 * real instants (UTC); anything local is computed from the rhythm's own
 * timezone, so a stored rhythm never depends on where the server runs.
 */
import type { Cadence, Day, DayPart } from "@/lib/profiles/options";

/** What a pair agreed: how often, which day and part of day, in whose clock. */
export interface Rhythm {
  cadence: Cadence;
  day: Day;
  part: DayPart;
  /** IANA name, e.g. "Europe/London": the day and hours are read in this zone. */
  timezone: string;
}

/** A rhythm as agreed at one point; a later version takes over from its effectiveFrom. */
export interface RhythmVersion extends Rhythm {
  /** when this version takes over (UTC instant) */
  effectiveFrom: Date;
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
  /** last moment that still counts for this slot */
  closesAt: Date;
  /** the local date "YYYY-MM-DD" in the rhythm's timezone */
  localDate: string;
}

export interface Absence {
  userId: string;
  startsAt: Date;
  returnsAt: Date;
  announcedAt: Date;
}

export type SlotStatus = "upcoming" | "open" | "kept" | "missed" | "excused";
