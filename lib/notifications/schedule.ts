import { dateFormat } from "@/lib/time/format";

/**
 * When an email may go out (pure): quiet hours and the daily digest, in the
 * person's own time zone. Hours are local wall-clock hours; daylight-saving
 * changes are handled by converting through the zone at the target instant.
 */

export interface QuietHours {
  timeZone: string;
  on: boolean;
  /** Local hour quiet starts (inclusive), 0–23. */
  startHour: number;
  /** Local hour quiet ends (exclusive), 0–23. Equal to start means no quiet hours. */
  endHour: number;
}

/** Until a person tells us their time zone we cannot know their night: quiet hours start once they set them (the form suggests 22:00–07:00). */
export const DEFAULT_QUIET_HOURS: QuietHours = { timeZone: "UTC", on: false, startHour: 22, endHour: 7 };
export const DEFAULT_DIGEST_HOUR = 8;

/** Whether a time zone name is one this runtime knows (e.g. "Europe/Paris"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return true;
  } catch {
    return false;
  }
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallTime(at: Date, timeZone: string): Wall {
  const parts = dateFormat({
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute") };
}

/** The zone's offset from UTC at an instant, in ms (wall time − UTC). */
function offsetMs(at: Date, timeZone: string): number {
  const w = wallTime(at, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return asUtc - Math.floor(at.getTime() / 60_000) * 60_000;
}

/** The instant a local wall time happens in a zone (the later reading during a DST fold). */
function instantOf(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour, 0);
  const first = guess - offsetMs(new Date(guess), timeZone);
  return new Date(guess - offsetMs(new Date(first), timeZone));
}

export function localHour(at: Date, timeZone: string): number {
  return wallTime(at, timeZone).hour;
}

export function isQuiet(at: Date, q: QuietHours): boolean {
  if (!q.on || q.startHour === q.endHour) return false;
  const h = localHour(at, q.timeZone);
  return q.startHour < q.endHour ? h >= q.startHour && h < q.endHour : h >= q.startHour || h < q.endHour;
}

/** The next instant, strictly after `at` or at it, when the local clock shows `hour`:00. */
export function nextLocalHour(at: Date, timeZone: string, hour: number): Date {
  const w = wallTime(at, timeZone);
  for (let dayOffset = 0; dayOffset < 3; dayOffset++) {
    const d = new Date(Date.UTC(w.year, w.month - 1, w.day + dayOffset));
    const candidate = instantOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour, timeZone);
    if (candidate.getTime() >= at.getTime()) return candidate;
  }
  return new Date(at.getTime() + 24 * 3_600_000);
}

/** When an email about something that happened at `at` may be sent: now, or the end of quiet hours. */
export function sendAfter(at: Date, q: QuietHours, waitsForQuietHours: boolean): Date {
  if (!waitsForQuietHours || !isQuiet(at, q)) return at;
  return nextLocalHour(at, q.timeZone, q.endHour);
}

/** When the next daily digest goes out: the person's digest hour, moved past quiet hours if they overlap. */
export function nextDigestAt(at: Date, q: QuietHours, digestHour: number): Date {
  const due = nextLocalHour(at, q.timeZone, digestHour);
  return sendAfter(due, q, true);
}

/** One email for a day's worth of notifications (pure, so a unit test reads it). */
export function digestText(name: string, items: { title: string; body: string }[], appUrl: string, settingsUrl: string) {
  const lines = items.map((i) => `• ${i.title}\n  ${i.body}`).join("\n\n");
  return {
    subject: items.length === 1 ? `Alongside: ${items[0]!.title}` : `Alongside: ${items.length} things since yesterday`,
    text: `Hi ${name},\n\nHere is what happened on Alongside since your last summary:\n\n${lines}\n\n${appUrl}/notifications\n\nChange how often we write: ${settingsUrl}\n\nAlongside is peer support, not therapy and not a crisis service. If you are in danger right now, call your local emergency number.`,
  };
}
