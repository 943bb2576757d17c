import { type CrisisRegion, crisisRegions } from "./crisis-resources";

/**
 * Which of the crisis regions a person most likely lives in, from the time
 * zone of their profile. A time zone is a good enough guess for showing a
 * helpline first; every place that shows one also links to the full list
 * on /get-help. Unknown zones get no guess (undefined), never a wrong one.
 */

const CANADA = new Set(
  [
    "Toronto", "Vancouver", "Edmonton", "Winnipeg", "Halifax", "St_Johns", "Regina", "Montreal", "Moncton", "Glace_Bay", "Goose_Bay",
    "Whitehorse", "Dawson", "Dawson_Creek", "Fort_Nelson", "Creston", "Yellowknife", "Inuvik", "Iqaluit", "Rankin_Inlet", "Resolute",
    "Cambridge_Bay", "Swift_Current", "Atikokan", "Coral_Harbour", "Blanc-Sablon", "Nipigon", "Thunder_Bay", "Rainy_River", "Pangnirtung",
  ].map((city) => `America/${city}`),
);

const UNITED_STATES = new Set([
  ...["New_York", "Chicago", "Denver", "Los_Angeles", "Phoenix", "Anchorage", "Boise", "Detroit", "Juneau", "Sitka", "Nome", "Yakutat", "Metlakatla", "Adak", "Menominee", "Puerto_Rico"].map(
    (city) => `America/${city}`,
  ),
  "Pacific/Honolulu",
]);
const US_PREFIXES = ["US/", "America/Indiana/", "America/Kentucky/", "America/North_Dakota/"];

const UK_AND_IRELAND = new Set(["Europe/London", "Europe/Dublin", "Europe/Belfast", "Europe/Guernsey", "Europe/Jersey", "Europe/Isle_of_Man", "GB", "Eire"]);

// Zones of European Union member states (where 112 is the emergency number).
const EUROPEAN_UNION = new Set(
  [
    "Amsterdam", "Athens", "Berlin", "Bratislava", "Brussels", "Bucharest", "Budapest", "Busingen", "Copenhagen", "Helsinki", "Lisbon",
    "Ljubljana", "Luxembourg", "Madrid", "Malta", "Mariehamn", "Nicosia", "Paris", "Prague", "Riga", "Rome", "Sofia", "Stockholm",
    "Tallinn", "Vienna", "Vilnius", "Warsaw", "Zagreb",
  ].map((city) => `Europe/${city}`)
    .concat(["Atlantic/Canary", "Atlantic/Madeira", "Atlantic/Azores", "Africa/Ceuta", "Asia/Nicosia", "Asia/Famagusta"]),
);

function regionName(timezone: string): string | undefined {
  if (CANADA.has(timezone) || timezone.startsWith("Canada/")) return "Canada";
  if (UNITED_STATES.has(timezone) || US_PREFIXES.some((prefix) => timezone.startsWith(prefix))) return "United States";
  if (UK_AND_IRELAND.has(timezone)) return "United Kingdom and Ireland";
  if (timezone.startsWith("Australia/")) return "Australia";
  if (EUROPEAN_UNION.has(timezone)) return "European Union";
  return undefined;
}

export function crisisRegionFor(timezone: string | null | undefined, regions: readonly CrisisRegion[] = crisisRegions): CrisisRegion | undefined {
  const name = timezone ? regionName(timezone) : undefined;
  return name ? regions.find((r) => r.region === name) : undefined;
}
