/**
 * Which region's emergency number a device is most likely in, from what the browser tells: its
 * IANA time zone (where the device's clock is set, so usually where the person is) and, when the
 * zone says nothing about a place (UTC, or none), its languages' country parts. A zone that names a
 * place outside our regions (Asia/Tokyo) gives no region at all, rather than trusting an "en-US"
 * that many phones carry wherever they are: the emergency screens then show the main numbers side
 * by side instead of one wrong guess.
 */
import type { Region } from './emergency-numbers.js';

/** EU and EEA countries, and Switzerland, where 112 is the emergency number. */
const EUROPE_112 = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'CH',
] as const;

const COUNTRY_REGIONS: Readonly<Record<string, Region>> = {
  GB: 'UK',
  UK: 'UK',
  IE: 'IE',
  US: 'US',
  CA: 'CA',
  AU: 'AU',
  NZ: 'NZ',
  IN: 'IN',
  ...Object.fromEntries(EUROPE_112.map((code) => [code, 'EU' as const])),
};

/** Zones by their exact name. */
const ZONE_REGIONS: Readonly<Record<string, Region>> = {
  'Europe/London': 'UK',
  'Europe/Belfast': 'UK',
  'Europe/Guernsey': 'UK',
  'Europe/Jersey': 'UK',
  'Europe/Isle_of_Man': 'UK',
  GB: 'UK',
  'Europe/Dublin': 'IE',
  Eire: 'IE',
  'Pacific/Auckland': 'NZ',
  'Pacific/Chatham': 'NZ',
  NZ: 'NZ',
  'Asia/Kolkata': 'IN',
  'Asia/Calcutta': 'IN',
  'Pacific/Honolulu': 'US',
  'America/Puerto_Rico': 'US',
  'Atlantic/Canary': 'EU',
  'Atlantic/Madeira': 'EU',
  'Atlantic/Azores': 'EU',
  'Atlantic/Reykjavik': 'EU',
  'Africa/Ceuta': 'EU',
  'Asia/Nicosia': 'EU',
  'Asia/Famagusta': 'EU',
  'Arctic/Longyearbyen': 'EU',
};

/** The Europe/ zones of countries where 112 answers; other Europe/ zones are not guessed. */
const EUROPE_112_CITIES = new Set([
  'Amsterdam',
  'Athens',
  'Berlin',
  'Bratislava',
  'Brussels',
  'Bucharest',
  'Budapest',
  'Busingen',
  'Copenhagen',
  'Helsinki',
  'Lisbon',
  'Ljubljana',
  'Luxembourg',
  'Madrid',
  'Malta',
  'Mariehamn',
  'Monaco',
  'Nicosia',
  'Oslo',
  'Paris',
  'Prague',
  'Riga',
  'Rome',
  'San_Marino',
  'Sofia',
  'Stockholm',
  'Tallinn',
  'Vaduz',
  'Vatican',
  'Vienna',
  'Vilnius',
  'Warsaw',
  'Zagreb',
  'Zurich',
]);

/** America/ zones in Canada; the other North American zones listed below are in the US. */
const CANADA_CITIES = new Set([
  'Atikokan',
  'Blanc-Sablon',
  'Cambridge_Bay',
  'Creston',
  'Dawson',
  'Dawson_Creek',
  'Edmonton',
  'Fort_Nelson',
  'Glace_Bay',
  'Goose_Bay',
  'Halifax',
  'Inuvik',
  'Iqaluit',
  'Moncton',
  'Montreal',
  'Nipigon',
  'Pangnirtung',
  'Rainy_River',
  'Rankin_Inlet',
  'Regina',
  'Resolute',
  'St_Johns',
  'Swift_Current',
  'Thunder_Bay',
  'Toronto',
  'Vancouver',
  'Whitehorse',
  'Winnipeg',
  'Yellowknife',
]);

const US_CITIES = new Set([
  'Adak',
  'Anchorage',
  'Boise',
  'Chicago',
  'Denver',
  'Detroit',
  'Juneau',
  'Los_Angeles',
  'Menominee',
  'Metlakatla',
  'New_York',
  'Nome',
  'Phoenix',
  'Sitka',
  'Yakutat',
]);

/** Zones that tell nothing about where the device is. */
function placeless(zone: string): boolean {
  return zone === '' || zone === 'UTC' || zone === 'GMT' || zone.startsWith('Etc/');
}

/** The region a time zone is in; null when the zone names a place outside our regions. */
export function regionOfZone(zone: string): Region | null | undefined {
  if (placeless(zone)) return undefined;
  const exact = ZONE_REGIONS[zone];
  if (exact !== undefined) return exact;
  const [area = '', ...rest] = zone.split('/');
  const city = rest.join('/');
  if (area === 'Australia') return 'AU';
  if (area === 'Canada') return 'CA';
  if (area === 'US') return 'US';
  if (area === 'Europe' && EUROPE_112_CITIES.has(city)) return 'EU';
  if (area === 'America') {
    if (CANADA_CITIES.has(city)) return 'CA';
    if (US_CITIES.has(city) || /^(Indiana|Kentucky|North_Dakota)\//.test(city)) return 'US';
  }
  return null;
}

/** The region of the first language tag whose country part we know (en-GB -> UK, de-AT -> EU). */
export function regionOfLanguages(languages: readonly string[]): Region | undefined {
  for (const tag of languages) {
    for (const part of tag.split(/[-_]/).slice(1)) {
      if (part.length !== 2) continue;
      const region = COUNTRY_REGIONS[part.toUpperCase()];
      if (region !== undefined) return region;
    }
  }
  return undefined;
}

/**
 * The most likely region, or undefined when the browser does not tell: the time zone decides when
 * it names a place, the languages only when it does not.
 */
export function guessRegion(languages: readonly string[], timeZone = ''): Region | undefined {
  const fromZone = regionOfZone(timeZone);
  if (fromZone === null) return undefined;
  return fromZone ?? regionOfLanguages(languages);
}
