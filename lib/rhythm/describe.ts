/**
 * People read a rhythm in their own clock. When a mentor in New York keeps
 * "Tuesday evening", their peer in London needs to see the hours that means
 * for them — on the dates in question, since the two zones change their clocks
 * on different days — with the agreed local words alongside.
 */
import { cadenceOptions, dayParts, days, labelOf } from "@/lib/profiles/options";
import { DAY_INDEX, localDayOf, onOrAfter, windowOn } from "./local";
import type { Rhythm, Slot } from "./types";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-GB", {
        timeZone,
        weekday: "long",
        day: "numeric",
        month: "long",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      });
    } catch {
      throw new RangeError(`Unknown timezone "${timeZone}"`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface LocalMoment {
  weekday: string;
  date: string;
  time: string;
}

function localMoment(instant: Date, timeZone: string): LocalMoment {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { weekday: get("weekday"), date: `${get("day")} ${get("month")}`, time: `${get("hour")}:${get("minute")}` };
}

/** "17:00–22:00", or "21:00 to Wednesday 02:00" when the window runs past midnight (ending at midnight reads "19:00–00:00"). */
function span(start: LocalMoment, end: LocalMoment, endDay: (weekday: string) => string): string {
  const sameDay = end.weekday === start.weekday && end.date === start.date;
  return sameDay || end.time === "00:00" ? `${start.time}–${end.time}` : `${start.time} to ${endDay(end.weekday)} ${end.time}`;
}

/** "America/New_York" → "New York". */
function placeName(timeZone: string): string {
  return (timeZone.split("/").pop() ?? timeZone).replaceAll("_", " ");
}

/** "Tuesday 3 December, 17:00–22:00" in `timeZone`. */
export function formatSlot(slot: Slot, timeZone: string): string {
  const start = localMoment(slot.startsAt, timeZone);
  const end = localMoment(slot.endsAt, timeZone);
  return `${start.weekday} ${start.date}, ${span(start, end, (weekday) => weekday)}`;
}

/**
 * The rhythm in plain words in the viewer's zone, e.g. "Weekly, Tuesdays
 * 17:00–22:00", or "Weekly, Wednesdays 01:00–06:00 your time (Tuesday evening
 * in New York)" when the window falls differently for the viewer. The hours
 * are those of the rhythm's first window on or after referenceDate.
 */
export function describeRhythm(rhythm: Rhythm, viewerTimezone: string, referenceDate: Date): string {
  const { cadence, timezone } = rhythm;
  const dayName = labelOf(days, rhythm.day);
  const partName = labelOf(dayParts, rhythm.part).toLowerCase();
  if (!dayName || !partName) throw new RangeError(`Unknown day or part of day "${rhythm.day}-${rhythm.part}"`);
  const cadenceName = labelOf(cadenceOptions, cadence);
  if (!cadenceName) throw new RangeError(`Unknown cadence "${cadence}"`);
  const reference = referenceDate.getTime();
  if (Number.isNaN(reference)) throw new RangeError("referenceDate is not a valid date");

  let day = onOrAfter(localDayOf(reference, timezone), DAY_INDEX[rhythm.day]);
  let window = windowOn(day, rhythm.part, timezone);
  while (!window) window = windowOn((day += 7), rhythm.part, timezone);
  const at = (zone: string) => ({ start: localMoment(new Date(window.start), zone), end: localMoment(new Date(window.end), zone) });
  const own = at(timezone);
  const viewer = at(viewerTimezone);
  const plural = (weekday: string) => `${weekday}s`;
  const asIs = (weekday: string) => weekday;

  const agree = own.start.weekday === viewer.start.weekday && own.start.time === viewer.start.time && own.end.time === viewer.end.time;
  if (agree) {
    return cadence === "monthly"
      ? `${cadenceName}, the first ${dayName}, ${span(own.start, own.end, asIs)}`
      : `${cadenceName}, ${dayName}s ${span(own.start, own.end, plural)}`;
  }
  const place = placeName(timezone);
  if (cadence !== "monthly") {
    return `${cadenceName}, ${plural(viewer.start.weekday)} ${span(viewer.start, viewer.end, plural)} your time (${dayName} ${partName} in ${place})`;
  }
  return viewer.start.weekday === dayName
    ? `${cadenceName}, the first ${dayName}, ${span(viewer.start, viewer.end, asIs)} your time (${partName} in ${place})`
    : `${cadenceName}, ${viewer.start.weekday} ${span(viewer.start, viewer.end, asIs)} your time (the first ${dayName} ${partName} of the month in ${place})`;
}
