/**
 * The gazetteer: every place name the collector can match, built once at module load from
 * packages that ship their data (countries-list and i18n-iso-countries for country names,
 * world-atlas for country shapes, city-timezones for cities with population and
 * coordinates) plus the curated additions in `aliases.ts`. Names are indexed by their first
 * folded word, so matching a line costs one map lookup per word.
 */
import cityTimezones from 'city-timezones';
import { countries } from 'countries-list';
import isoCodes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import isoNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import {
  AMBIGUOUS_PLACE_NAMES,
  CITY_ALIASES,
  CITY_DISPLAY_NAMES,
  COUNTRY_ALIASES,
  CURATED_PLACES,
  IGNORED_COUNTRY_NAMES,
  PERSON_LIKE_COUNTRIES,
} from './aliases.ts';
import { countryCentre, type LatLon } from './country-shapes.ts';
import { textParts } from '../../parse/language/word-parts.ts';
import { classifyJoiner, indexByFirstWord, type Joiner } from './part-joins.ts';

/** What a place is; countries carry the codes that locate their shapes. */
export type PlaceKind = 'country' | 'region' | 'landmark' | 'city' | 'state';

/** A place with its canonical name and coordinates. */
export interface Place {
  name: string;
  kind: PlaceKind;
  lat: number | null;
  lon: number | null;
  /** ISO 3166-1 alpha-2 code of the country the place is, or lies in. */
  iso2: string | null;
  /** ISO 3166-1 numeric code, for countries (how world-atlas names its shapes). */
  numeric: string | null;
}

/**
 * How much evidence a match needs: `none` (countries, curated regions and landmarks),
 * `person` (kept unless the text shows a person: "Lloyd Austin", "President Vladimir"),
 * `weak` (a smaller or ambiguous city, kept only with evidence of a place: "in Kursk").
 */
export type Evidence = 'none' | 'person' | 'weak';

/** One way of writing a place, split into words. */
export interface PlaceName {
  words: readonly string[];
  joiners: readonly Joiner[];
  /** Written in capitals ("US", "DPRK"): only matches text in capitals. */
  abbreviation: boolean;
  /** Ends in a dot ("U.S."), which the matched text includes when present. */
  trailingDot: boolean;
  place: Place;
  evidence: Evidence;
  /** Which place wins when two share a name: curated, then countries, capitals, bigger cities. */
  rank: number;
  /** Lower-ranked places of the same name ("Georgia" the US state), for context to choose. */
  others: Place[];
}

/** Words that may be written in lower case inside a name ("Korean peninsula", "eastern Europe"). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'region',
  'peninsula',
  'sea',
  'ocean',
  'strait',
  'gulf',
  'bay',
  'island',
  'islands',
  'river',
  'mountains',
  'valley',
  'desert',
  'basin',
  'heights',
  'strip',
  'theater',
  'theatre',
  'states',
  'square',
  'street',
  'hill',
  'house',
  'palace',
  'zone',
  'of',
  'the',
  'and',
  'de',
  'del',
  'la',
  'le',
  'al',
  'el',
  'd',
  's',
  'east',
  'west',
  'north',
  'south',
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
]);

/** Cities at least this big are matched on their name alone; smaller ones need evidence. */
const STRONG_POPULATION = 300_000;
/** Cities smaller than this are left out (unless they are capitals). */
const MIN_POPULATION = 50_000;

const RANK = { curated: 4e12, country: 3e12, capital: 2e12, state: 5e5 } as const;

/** Splits a written name into a PlaceName, or null when it has no word that must be capitalized. */
function placeName(written: string, place: Place, evidence: Evidence, rank: number): PlaceName | null {
  const parts = textParts(written);
  const joiners: Joiner[] = [];
  for (let index = 0; index + 1 < parts.length; index++) {
    const joiner = classifyJoiner(written.slice(parts[index]!.end, parts[index + 1]!.start));
    if (joiner === null) return null;
    joiners.push(joiner);
  }
  const words = parts.map((part) => part.fold);
  if (words.length === 0 || words.every((word) => GENERIC_WORDS.has(word))) return null;
  const abbreviation = written.replace(/[^\p{L}]/gu, '').length <= 5 && written === written.toUpperCase();
  return { words, joiners, abbreviation, trailingDot: written.endsWith('.'), place, evidence, rank, others: [] };
}

const byKey = new Map<string, PlaceName>();

/** Adds a name unless a place of higher rank already has it. */
function add(written: string, place: Place, evidence: Evidence, rank: number): void {
  // "The Pentagon" is matched as "Pentagon": the article is not part of the claim's text.
  const name = placeName(written.replace(/^the\s+/iu, ''), place, evidence, rank);
  if (name === null) return;
  const key = `${name.words.join(' ')}|${name.abbreviation}`;
  const known = byKey.get(key);
  if (known === undefined) byKey.set(key, name);
  else if (known.rank < rank) byKey.set(key, { ...name, others: [known.place, ...known.others] });
  else if (known.place !== place) known.others.push(place);
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const noApostrophes = (text: string) => text.replace(/['\u2019]/g, '');

for (const place of CURATED_PLACES) {
  const entry: Place = {
    name: place.name,
    kind: place.kind,
    lat: place.lat,
    lon: place.lon,
    iso2: null,
    numeric: null,
  };
  for (const written of [place.name, ...(place.aliases ?? [])]) add(written, entry, 'none', RANK.curated);
}

// Countries: the short English name from countries-list, its aliases, the ISO names from
// i18n-iso-countries, and curated aliases. A name two countries share is dropped.
const numericByAlpha2 = new Map(
  isoCodes.flatMap((row) => (row[0] !== undefined && row[2] !== undefined ? [[row[0], row[2]] as const] : [])),
);
const cities = cityTimezones.cityMapping;
const capitals = new Set(
  Object.entries(countries).map(([code, country]) => `${code}|${noApostrophes(country.capital)}`),
);
const isCapital = (city: (typeof cities)[number]) =>
  capitals.has(`${city.iso2}|${noApostrophes(city.city)}`) || capitals.has(`${city.iso2}|${city.city_ascii}`);
/** Per country, the capital if the package has it, else the biggest city: where a country without a shape is pinned. */
const countryPins = new Map<string, { lat: number; lon: number; capital: boolean; pop: number }>();
for (const city of cities) {
  const known = countryPins.get(city.iso2);
  const capital = isCapital(city);
  if (known === undefined || (capital && !known.capital) || (capital === known.capital && city.pop > known.pop)) {
    countryPins.set(city.iso2, { lat: city.lat, lon: city.lng, capital, pop: city.pop });
  }
}
const countryNames = new Map<string, Set<string>>();
const countryByCode = new Map<string, Place>();
for (const [code, country] of Object.entries(countries)) {
  const pin = countryPins.get(code);
  // Coordinates come from the country's shape when first asked for (see placeCoordinates).
  countryByCode.set(code, {
    name: country.name,
    kind: 'country',
    iso2: code,
    numeric: numericByAlpha2.get(code) ?? null,
    lat: pin === undefined ? null : round(pin.lat, 2),
    lon: pin === undefined ? null : round(pin.lon, 2),
  });
  const iso = (isoNames.countries as Record<string, string | string[]>)[code] ?? [];
  const written = [
    country.name,
    ...(country.alias ?? []),
    ...(Array.isArray(iso) ? iso : [iso]),
    ...(COUNTRY_ALIASES[code] ?? []),
  ];
  for (const name of written) {
    if (/[,()]/.test(name) || IGNORED_COUNTRY_NAMES.has(name)) continue;
    const codes = countryNames.get(name) ?? new Set<string>();
    countryNames.set(name, codes.add(code));
  }
}
for (const [written, codes] of countryNames) {
  const [code] = codes;
  const place = code === undefined ? undefined : countryByCode.get(code);
  if (codes.size !== 1 || place === undefined) continue;
  add(written, place, PERSON_LIKE_COUNTRIES.has(written) ? 'person' : 'none', RANK.country);
}

// Cities, and the US states they lie in (the only provinces matched on their own).
const states = new Map<string, { lat: number; lon: number; count: number }>();
for (const city of cities) {
  if (city.iso2 === 'US' && city.province !== '') {
    const sum = states.get(city.province) ?? { lat: 0, lon: 0, count: 0 };
    states.set(city.province, { lat: sum.lat + city.lat, lon: sum.lon + city.lng, count: sum.count + 1 });
  }
  const capital = isCapital(city);
  if (city.pop < MIN_POPULATION && !capital) continue;
  const name = CITY_DISPLAY_NAMES[city.city] ?? city.city;
  const place: Place = {
    name,
    kind: 'city',
    lat: round(city.lat, 4),
    lon: round(city.lng, 4),
    iso2: city.iso2,
    numeric: null,
  };
  const ambiguous = AMBIGUOUS_PLACE_NAMES.has(city.city) || city.city_ascii.length <= 3;
  const evidence: Evidence = !ambiguous && (capital || city.pop >= STRONG_POPULATION) ? 'person' : 'weak';
  const rank = (capital ? RANK.capital : 0) + city.pop;
  for (const written of new Set([city.city, city.city_ascii, name, ...(CITY_ALIASES[city.city] ?? [])]))
    add(written, place, evidence, rank);
}
for (const [state, sum] of states) {
  const place: Place = {
    name: state,
    kind: 'state',
    lat: round(sum.lat / sum.count, 2),
    lon: round(sum.lon / sum.count, 2),
    iso2: 'US',
    numeric: null,
  };
  add(state, place, AMBIGUOUS_PLACE_NAMES.has(state) ? 'weak' : 'person', RANK.state);
}

const index = indexByFirstWord(byKey.values());

/** Every place name whose first folded word is `word`, longest names first. */
export function namesStartingWith(word: string): readonly PlaceName[] {
  return index.get(word) ?? [];
}

const shapeCentres = new Map<Place, LatLon | null>();

/** A place's coordinates: for a country, the centre of its mainland shape, else its capital. */
export function placeCoordinates(place: Place): LatLon | null {
  if (place.kind === 'country') {
    if (!shapeCentres.has(place)) shapeCentres.set(place, countryCentre(place.numeric, place.name));
    const centre = shapeCentres.get(place);
    if (centre) return centre;
  }
  return place.lat === null || place.lon === null ? null : [place.lat, place.lon];
}
