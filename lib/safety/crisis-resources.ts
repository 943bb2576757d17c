/**
 * Crisis resources by region. Admins keep the live list in the database
 * (lib/dal/safety/crisis-resources.ts, /admin/crisis-resources); this built-in list
 * seeds it and is what people see whenever the table is empty, so crisis
 * help never disappears. Reviewed by hand.
 */
export interface CrisisLine {
  name: string;
  contact: string;
  /** Only tel:, sms: and https: links (lib/validation/admin-crisis.ts). */
  href?: string;
  note?: string;
}

export interface CrisisRegion {
  region: string;
  emergency: string;
  lines: CrisisLine[];
  /**
   * IANA timezones that place a person in this region. An entry ending in "/"
   * (or a bare area like "Australia") covers every zone under it; an exact
   * zone beats such a prefix ("Europe/London" over "Europe/").
   */
  timezones: string[];
}

export const crisisRegions: CrisisRegion[] = [
  {
    region: "United States",
    emergency: "911",
    lines: [{ name: "988 Suicide & Crisis Lifeline", contact: "Call or text 988", href: "tel:988", note: "24/7, free, confidential" }],
    timezones: [
      "America/New_York",
      "America/Detroit",
      "America/Indiana/",
      "America/Kentucky/",
      "America/Chicago",
      "America/Denver",
      "America/Phoenix",
      "America/Boise",
      "America/Los_Angeles",
      "America/Anchorage",
      "America/Juneau",
      "Pacific/Honolulu",
      "US/",
    ],
  },
  {
    region: "Canada",
    emergency: "911",
    lines: [{ name: "9-8-8 Suicide Crisis Helpline", contact: "Call or text 988", href: "tel:988", note: "24/7" }],
    timezones: [
      "America/Toronto",
      "America/Montreal",
      "America/Vancouver",
      "America/Edmonton",
      "America/Winnipeg",
      "America/Regina",
      "America/Halifax",
      "America/St_Johns",
      "America/Moncton",
      "America/Whitehorse",
      "America/Yellowknife",
      "Canada/",
    ],
  },
  {
    region: "United Kingdom and Ireland",
    emergency: "999 (UK) · 112 (Ireland)",
    lines: [{ name: "Samaritans", contact: "Call 116 123", href: "tel:116123", note: "24/7, free" }],
    timezones: ["Europe/London", "Europe/Belfast", "Europe/Dublin", "Europe/Guernsey", "Europe/Jersey", "Europe/Isle_of_Man"],
  },
  {
    region: "Australia",
    emergency: "000",
    lines: [{ name: "Lifeline", contact: "Call 13 11 14", href: "tel:131114", note: "24/7" }],
    timezones: ["Australia/"],
  },
  {
    region: "European Union",
    emergency: "112",
    lines: [],
    // Europe/ covers the continent; these EU places sit in other areas of the zone list.
    timezones: ["Europe/", "Atlantic/Canary", "Atlantic/Madeira", "Atlantic/Azores", "Africa/Ceuta", "Asia/Nicosia", "Asia/Famagusta"],
  },
];

/**
 * How well one timezone entry matches a person's timezone: 0 for not at all,
 * otherwise higher for a closer match (an exact zone beats any prefix, a
 * longer prefix beats a shorter one).
 */
export function zoneMatch(entry: string, timezone: string): number {
  const e = entry.trim().toLowerCase();
  const tz = timezone.trim().toLowerCase();
  if (!e || !tz) return 0;
  if (e === tz) return 10_000;
  const prefix = e.endsWith("/") ? e : `${e}/`;
  return tz.startsWith(prefix) ? prefix.length : 0;
}

/**
 * The region that fits a timezone best first (marked), then the others in
 * their own order. With no timezone, or none that fits, the order is unchanged.
 */
export function orderForTimezone<R extends Pick<CrisisRegion, "timezones">>(regions: readonly R[], timezone: string | null | undefined) {
  let best = -1;
  let bestScore = 0;
  if (timezone) {
    regions.forEach((region, i) => {
      const score = Math.max(0, ...region.timezones.map((entry) => zoneMatch(entry, timezone)));
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
  }
  if (best < 0) return regions.map((region) => ({ ...region, matchesTimezone: false }));
  return [{ ...regions[best]!, matchesTimezone: true }, ...regions.filter((_, i) => i !== best).map((region) => ({ ...region, matchesTimezone: false }))];
}
