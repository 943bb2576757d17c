/**
 * A message's time, e.g. "Tue 4 Mar, 18:05", in the viewer's own time zone.
 * Built from parts rather than a locale's whole pattern, so the server's and
 * the browser's ICU (which differ in commas and spaces) write the same text
 * and the page hydrates without a mismatch.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timezone: string): Intl.DateTimeFormat {
  let format = formats.get(timezone);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
    try {
      format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone: timezone });
    } catch {
      // A zone this runtime does not know: UTC, said as such.
      format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC", timeZoneName: "short" });
    }
    formats.set(timezone, format);
  }
  return format;
}

export function messageTime(iso: string, timezone: string): string {
  const parts = Object.fromEntries(formatFor(timezone).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  const zone = parts.timeZoneName ? ` ${parts.timeZoneName}` : "";
  return `${parts.weekday} ${parts.day} ${parts.month}, ${parts.hour}:${parts.minute}${zone}`;
}
