/**
 * The timezones a person chooses from, grouped by region, and the search that
 * narrows them. One fixed list (IANA names, current spellings: Europe/Kyiv,
 * Asia/Kolkata), so the page renders the same on the server and in the
 * browser and the field works without JavaScript. Every name is checked
 * against the runtime by a unit test (tests/unit/timezones.test.ts).
 */

const words = (text: string) => text.trim().split(/\s+/);

const CITIES: Record<string, string[]> = {
  Africa: words(`
    Abidjan Accra Addis_Ababa Algiers Asmara Bamako Bangui Banjul Bissau Blantyre Brazzaville Bujumbura Cairo
    Casablanca Ceuta Conakry Dakar Dar_es_Salaam Djibouti Douala El_Aaiun Freetown Gaborone Harare Johannesburg
    Juba Kampala Khartoum Kigali Kinshasa Lagos Libreville Lome Luanda Lubumbashi Lusaka Malabo Maputo Maseru
    Mbabane Mogadishu Monrovia Nairobi Ndjamena Niamey Nouakchott Ouagadougou Porto-Novo Sao_Tome Tripoli Tunis
    Windhoek
  `),
  America: words(`
    Adak Anchorage Anguilla Antigua Araguaina Argentina/Buenos_Aires Argentina/Catamarca Argentina/Cordoba
    Argentina/Jujuy Argentina/La_Rioja Argentina/Mendoza Argentina/Rio_Gallegos Argentina/Salta
    Argentina/San_Juan Argentina/San_Luis Argentina/Tucuman Argentina/Ushuaia Aruba Asuncion Atikokan Bahia
    Bahia_Banderas Barbados Belem Belize Blanc-Sablon Boa_Vista Bogota Boise Cambridge_Bay Campo_Grande Cancun
    Caracas Cayenne Cayman Chicago Chihuahua Ciudad_Juarez Costa_Rica Coyhaique Creston Cuiaba Curacao
    Danmarkshavn Dawson Dawson_Creek Denver Detroit Dominica Edmonton Eirunepe El_Salvador Fort_Nelson
    Fortaleza Glace_Bay Goose_Bay Grand_Turk Grenada Guadeloupe Guatemala Guayaquil Guyana Halifax Havana
    Hermosillo Indiana/Indianapolis Indiana/Knox Indiana/Marengo Indiana/Petersburg Indiana/Tell_City
    Indiana/Vevay Indiana/Vincennes Indiana/Winamac Inuvik Iqaluit Jamaica Juneau Kentucky/Louisville
    Kentucky/Monticello Kralendijk La_Paz Lima Los_Angeles Lower_Princes Maceio Managua Manaus Marigot
    Martinique Matamoros Mazatlan Menominee Merida Metlakatla Mexico_City Miquelon Moncton Monterrey Montevideo
    Montserrat Nassau New_York Nome Noronha North_Dakota/Beulah North_Dakota/Center North_Dakota/New_Salem Nuuk
    Ojinaga Panama Paramaribo Phoenix Port-au-Prince Port_of_Spain Porto_Velho Puerto_Rico Punta_Arenas
    Rankin_Inlet Recife Regina Resolute Rio_Branco Santarem Santiago Santo_Domingo Sao_Paulo Scoresbysund Sitka
    St_Barthelemy St_Johns St_Kitts St_Lucia St_Thomas St_Vincent Swift_Current Tegucigalpa Thule Tijuana
    Toronto Tortola Vancouver Whitehorse Winnipeg Yakutat
  `),
  Antarctica: words(`
    Casey Davis DumontDUrville Macquarie Mawson McMurdo Palmer Rothera Syowa Troll Vostok
  `),
  Arctic: words(`
    Longyearbyen
  `),
  Asia: words(`
    Aden Almaty Amman Anadyr Aqtau Aqtobe Ashgabat Atyrau Baghdad Bahrain Baku Bangkok Barnaul Beirut Bishkek
    Brunei Chita Colombo Damascus Dhaka Dili Dubai Dushanbe Famagusta Gaza Hebron Ho_Chi_Minh Hong_Kong Hovd
    Irkutsk Jakarta Jayapura Jerusalem Kabul Kamchatka Karachi Kathmandu Khandyga Kolkata Krasnoyarsk
    Kuala_Lumpur Kuching Kuwait Macau Magadan Makassar Manila Muscat Nicosia Novokuznetsk Novosibirsk Omsk Oral
    Phnom_Penh Pontianak Pyongyang Qatar Qostanay Qyzylorda Riyadh Sakhalin Samarkand Seoul Shanghai Singapore
    Srednekolymsk Taipei Tashkent Tbilisi Tehran Thimphu Tokyo Tomsk Ulaanbaatar Urumqi Ust-Nera Vientiane
    Vladivostok Yakutsk Yangon Yekaterinburg Yerevan
  `),
  Atlantic: words(`
    Azores Bermuda Canary Cape_Verde Faroe Madeira Reykjavik South_Georgia St_Helena Stanley
  `),
  Australia: words(`
    Adelaide Brisbane Broken_Hill Darwin Eucla Hobart Lindeman Lord_Howe Melbourne Perth Sydney
  `),
  Europe: words(`
    Amsterdam Andorra Astrakhan Athens Belgrade Berlin Bratislava Brussels Bucharest Budapest Busingen Chisinau
    Copenhagen Dublin Gibraltar Guernsey Helsinki Isle_of_Man Istanbul Jersey Kaliningrad Kirov Kyiv Lisbon
    Ljubljana London Luxembourg Madrid Malta Mariehamn Minsk Monaco Moscow Oslo Paris Podgorica Prague Riga
    Rome Samara San_Marino Sarajevo Saratov Simferopol Skopje Sofia Stockholm Tallinn Tirane Ulyanovsk Vaduz
    Vatican Vienna Vilnius Volgograd Warsaw Zagreb Zurich
  `),
  Indian: words(`
    Antananarivo Chagos Christmas Cocos Comoro Kerguelen Mahe Maldives Mauritius Mayotte Reunion
  `),
  Pacific: words(`
    Apia Auckland Bougainville Chatham Chuuk Easter Efate Fakaofo Fiji Funafuti Galapagos Gambier Guadalcanal
    Guam Honolulu Kanton Kiritimati Kosrae Kwajalein Majuro Marquesas Midway Nauru Niue Norfolk Noumea
    Pago_Pago Palau Pitcairn Pohnpei Port_Moresby Rarotonga Saipan Tahiti Tarawa Tongatapu Wake Wallis
  `),
};

/** What each IANA area is called in the list. */
const REGION_NAMES: Record<string, string> = {
  Africa: "Africa",
  America: "Americas",
  Antarctica: "Antarctica",
  Arctic: "Arctic",
  Asia: "Asia",
  Atlantic: "Atlantic Ocean",
  Australia: "Australia",
  Europe: "Europe",
  Indian: "Indian Ocean",
  Pacific: "Pacific",
};

/** Older spellings a person may search for, and the name the list uses. */
const FORMER_NAMES: Record<string, string> = {
  "Asia/Kolkata": "Calcutta",
  "Asia/Kathmandu": "Katmandu",
  "Asia/Ho_Chi_Minh": "Saigon",
  "Asia/Yangon": "Rangoon",
  "Europe/Kyiv": "Kiev",
  "America/Nuuk": "Godthab",
};

export interface ZoneOption {
  /** The IANA name that is submitted, e.g. "America/Argentina/Buenos_Aires". */
  value: string;
  /** What the list shows inside its region, e.g. "Argentina / Buenos Aires". */
  label: string;
}

export interface ZoneGroup {
  region: string;
  zones: ZoneOption[];
}

/** "America/Argentina/Buenos_Aires" → "Argentina / Buenos Aires". */
export function zoneLabel(zone: string) {
  const parts = zone.split("/");
  return (parts.length > 1 ? parts.slice(1) : parts).join(" / ").replaceAll("_", " ");
}

/** The whole list, by region (regions and cities in alphabetical order), with UTC last. */
export const ZONE_GROUPS: ZoneGroup[] = [
  ...Object.entries(CITIES).map(([area, cities]) => ({
    region: REGION_NAMES[area] ?? area,
    zones: cities.map((city) => ({ value: `${area}/${city}`, label: zoneLabel(`${area}/${city}`) })).sort((a, b) => a.label.localeCompare(b.label)),
  })),
  { region: "Other", zones: [{ value: "UTC", label: "UTC (Coordinated Universal Time)" }] },
];

export const ALL_ZONES: string[] = ZONE_GROUPS.flatMap((g) => g.zones.map((z) => z.value));

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[_/]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * The groups narrowed to zones whose name, region or former name contains
 * every word typed ("new york", "europe lis", "kiev"). Empty groups are left
 * out; an empty query keeps everything.
 */
export function filterZoneGroups(groups: readonly ZoneGroup[], query: string): ZoneGroup[] {
  const terms = fold(query).split(" ").filter(Boolean);
  if (terms.length === 0) return [...groups];
  return groups
    .map((group) => ({
      region: group.region,
      zones: group.zones.filter((zone) => {
        const haystack = fold(`${zone.value} ${zone.label} ${group.region} ${FORMER_NAMES[zone.value] ?? ""}`);
        return terms.every((term) => haystack.includes(term));
      }),
    }))
    .filter((group) => group.zones.length > 0);
}
