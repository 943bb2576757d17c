import { dateFormat } from "@/lib/time/format";

/** Dates on the relationship page, always in the viewer's own zone (en-GB, like the rest of the app). */
export const formatDay = (date: Date, timeZone: string) => dateFormat({ day: "numeric", month: "long", year: "numeric", timeZone }).format(date);

export const formatMoment = (date: Date, timeZone: string) =>
  dateFormat({ weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(date);
