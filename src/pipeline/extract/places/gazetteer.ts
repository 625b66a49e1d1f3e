/**
 * The gazetteer: every place a name may stand for. Countries come from packages that ship their
 * data (countries-list and i18n-iso-countries for names, world-atlas for shapes), curated world
 * regions, seas, ranges and landmarks from `aliases.ts`, and cities, first-level regions (states,
 * provinces, oblasts) and second-level ones (counties, districts) from GeoNames (`geonames.ts`).
 * `placesNamed(key)` gives every candidate for a folded name, with what the name needs before
 * it counts as a place and how likely it is on its own (`prior`); context chooses among them.
 */
import { countries } from 'countries-list';
import isoCodes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import isoNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import {
  AMBIGUOUS_PLACE_NAMES,
  COUNTRY_ALIASES,
  CURATED_PLACES,
  IGNORED_COUNTRY_NAMES,
  PERSON_LIKE_COUNTRIES,
  PLACE_ALIASES,
  REGION_ABBREVIATIONS,
} from './aliases.ts';
import { REGION_NOUNS } from '../../lexicon/place-words.ts';
import { countryCentre } from './country-shapes.ts';
import { capitalOf, geoBegins, geoHas, geoLookup, geoRow, regionRow, type GeoRow, type NameForm } from './geonames.ts';
import { nameKey } from './name-key.ts';

/** What a place is. */
export type PlaceKind = 'country' | 'region' | 'landmark' | 'city' | 'state' | 'county';

/**
 * What a name needs before it counts as a place: `none` (countries, curated places, regions
 * named with their region word), `person` (kept unless the text shows a person: "Lloyd Austin"),
 * `weak` (needs the text or the story to say it is a place: "in Kursk", a list of places,
 * places around it), `faint` (a small town or a common word: needs both).
 */
export type Evidence = 'none' | 'person' | 'weak' | 'faint';

/** One place a name may stand for. */
export interface Candidate {
  /** Identity of the place: `country:FR`, `curated:Europe`, `geo:<row>`. */
  id: string;
  /** Its name in the data. */
  name: string;
  kind: PlaceKind;
  lat: number | null;
  lon: number | null;
  /** ISO 3166-1 alpha-2 code of the country it is or lies in. */
  country: string | null;
  /** The first-level region it is (for states) or lies in ("US.NC"). */
  region: string | null;
  /** For regions, their own code ("US.NC", "US.NC.021"). */
  code: string | null;
  /** ISO 3166-1 numeric code, for countries (how world-atlas names their shapes). */
  numeric: string | null;
  population: number;
  /** How likely the place is meant when nothing else is known: bigger and more central places score higher. */
  prior: number;
  evidence: Evidence;
  /** Written in capitals only ("US", "DPRK"): matches text in capitals only. */
  abbreviation: boolean;
  /** A region's name without its region word ("Kursk" for "Kursk Oblast"): only read as that region before a region word. */
  base: boolean;
  /** The name is also a common English word ("Reading", "Hurricane", "Federal" of "Federal District"). */
  word: boolean;
  /** A town or county (no capital, under 100,000 people): another place of its name is likely elsewhere. */
  minor: boolean;
  /** Met by another name than its own ("Kiev" for Kyiv), which another place may bear as its own. */
  other: boolean;
}

const PRIOR = { curated: 12, country: 9.5 } as const;
/** Bonus of capitals and seats of regions over other places of their size (log10 of population). */
const CLASS_BONUS: Readonly<Record<string, number>> = { C: 2.5, G: 1.5, '1': 0.8, '2': 0.3, X: -0.5 };
/** Cities at least this big are taken on their name alone, unless a person is in sight. */
const BIG_CITY = 100_000;
/** Cities at least this big, and seats of first-level regions, need a little evidence. */
const TOWN = 15_000;
/** Another name of a place is less likely than the own name of another. */
const OTHER_NAME_PENALTY = 1;
const TIERS: readonly Evidence[] = ['none', 'person', 'weak', 'faint'];
const REGION_WORDS: ReadonlySet<string> = new Set(REGION_NOUNS.map(([word]) => word));

/** One tier more cautious: a place named like a person or a word needs more. */
export const weaker = (evidence: Evidence): Evidence => TIERS[Math.min(TIERS.indexOf(evidence) + 1, 3)]!;

const byKey = new Map<string, Candidate[]>();

function addCandidate(written: string, candidate: Candidate): void {
  const key = nameKey(written.replace(/^the\s+/iu, ''));
  if (key === '') return;
  const list = byKey.get(key) ?? [];
  if (!list.some((known) => known.id === candidate.id && known.abbreviation === candidate.abbreviation))
    byKey.set(key, [...list, candidate]);
}

const isAbbreviation = (written: string) =>
  written.replace(/[^\p{L}]/gu, '').length <= 5 && written === written.toUpperCase();

for (const place of CURATED_PLACES) {
  for (const written of [place.name, ...(place.aliases ?? [])]) {
    addCandidate(written, {
      id: `curated:${place.name}`,
      name: place.name,
      kind: place.kind,
      lat: place.lat,
      lon: place.lon,
      country: null,
      region: null,
      code: null,
      numeric: null,
      population: 0,
      prior: PRIOR.curated,
      evidence: 'none',
      abbreviation: isAbbreviation(written),
      base: false,
      word: false,
      minor: false,
      other: false,
    });
  }
}

// Countries: the short English name from countries-list, its aliases, the ISO names from
// i18n-iso-countries and curated aliases. A name two countries share stands for both.
const numericByAlpha2 = new Map(
  isoCodes.flatMap((row) => (row[0] !== undefined && row[2] !== undefined ? [[row[0], row[2]] as const] : [])),
);
for (const [code, country] of Object.entries(countries)) {
  const iso = (isoNames.countries as Record<string, string | string[]>)[code] ?? [];
  const written = new Set([
    country.name,
    ...(country.alias ?? []),
    ...(Array.isArray(iso) ? iso : [iso]),
    ...(COUNTRY_ALIASES[code] ?? []),
  ]);
  for (const name of written) {
    if (/[,()]/.test(name) || IGNORED_COUNTRY_NAMES.has(name)) continue;
    addCandidate(name, {
      id: `country:${code}`,
      name: country.name,
      kind: 'country',
      lat: null,
      lon: null,
      country: code,
      region: null,
      code: null,
      numeric: numericByAlpha2.get(code) ?? null,
      population: 0,
      prior: PRIOR.country,
      evidence: PERSON_LIKE_COUNTRIES.has(name) ? 'person' : 'none',
      abbreviation: isAbbreviation(name),
      base: false,
      word: false,
      minor: false,
      other: false,
    });
  }
}

const aliasesByKey = new Map<string, { name: string; region: string }[]>();
for (const { name, region, aliases } of PLACE_ALIASES)
  for (const alias of aliases) {
    const key = nameKey(alias);
    aliasesByKey.set(key, [...(aliasesByKey.get(key) ?? []), { name, region }]);
  }

const abbreviationsByKey = new Map<string, string[]>();
for (const [region, written] of Object.entries(REGION_ABBREVIATIONS))
  for (const abbreviation of written) {
    const key = nameKey(abbreviation);
    abbreviationsByKey.set(key, [...(abbreviationsByKey.get(key) ?? []), region]);
  }

const log10 = (value: number) => Math.log10(Math.max(value, 100));

/** A GeoNames row as a candidate, read through the name it was met by. */
function fromRow(row: GeoRow, form: NameForm | 'alias'): Candidate {
  const kind: PlaceKind = row.kind === 'city' ? 'city' : row.kind === 'admin1' ? 'state' : 'county';
  const ambiguous = AMBIGUOUS_PLACE_NAMES.has(row.name) || row.name.length <= 3;
  let prior: number;
  let evidence: Evidence;
  if (row.kind === 'city') {
    prior = log10(row.population) + (CLASS_BONUS[row.cls] ?? 0);
    evidence =
      row.cls === 'C' || row.population >= BIG_CITY
        ? 'person'
        : row.population >= TOWN || row.cls === '1' || row.cls === 'G'
          ? 'weak'
          : 'faint';
  } else if (row.kind === 'admin1') {
    prior = log10(row.population);
    evidence = 'person';
  } else {
    prior = log10(row.population) - 0.5;
    // "Kerr County" is a region by its own name; "Merseyside" needs what a small town needs.
    const last = nameKey(row.name).split(' ').at(-1) ?? '';
    evidence = form === 'own' && last !== nameKey(row.name) && REGION_WORDS.has(last) ? 'none' : 'faint';
  }
  if (ambiguous || row.word) evidence = weaker(evidence);
  if (form === 'other') {
    prior -= OTHER_NAME_PENALTY;
    if (evidence === 'none' || evidence === 'person') evidence = 'weak';
  }
  return {
    id: `geo:${row.row}`,
    name: row.name,
    kind,
    lat: row.lat,
    lon: row.lon,
    country: row.country,
    region: row.region,
    code: row.kind === 'city' ? null : row.code,
    numeric: null,
    population: row.population,
    prior,
    evidence,
    abbreviation: false,
    base: form === 'base',
    word: row.word,
    minor: row.kind === 'admin2' || (row.kind === 'city' && row.cls !== 'C' && row.population < BIG_CITY),
    other: form === 'other',
  };
}

const fromGeo = new Map<string, Candidate>();

function geoCandidate(row: number, form: NameForm | 'alias'): Candidate {
  const key = `${row}:${form}`;
  let candidate = fromGeo.get(key);
  if (candidate === undefined) fromGeo.set(key, (candidate = fromRow(geoRow(row), form)));
  return candidate;
}

/** True when some place has this folded name: the cheap test before `placesNamed`. */
export const isPlaceName = (key: string): boolean => byKey.has(key) || geoHas(key) || aliasesByKey.has(key);

/** First words of the names of curated places, countries and other names ("korean" of "korean peninsula"). */
const beginnings = new Set(
  [...byKey.keys(), ...aliasesByKey.keys()].flatMap((key) =>
    key
      .split(' ')
      .slice(0, -1)
      .map((_, index, words) => words.slice(0, index + 1).join(' ')),
  ),
);

/** True when some place's name begins with these folded words and goes on: whether a longer name is worth looking up. */
export const beginsPlaceName = (words: string): boolean => beginnings.has(words) || geoBegins(words);

const named = new Map<string, readonly Candidate[]>();

/** Every place a folded name (see `nameKey`) may stand for, most likely first (the same list for the same name). */
export function placesNamed(key: string): readonly Candidate[] {
  let found = named.get(key);
  if (found === undefined) named.set(key, (found = lookUp(key)));
  return found;
}

function lookUp(key: string): Candidate[] {
  const found = [...(byKey.get(key) ?? [])];
  for (const { row, form } of geoLookup(key)) found.push(geoCandidate(row, form));
  for (const alias of aliasesByKey.get(key) ?? []) {
    const rows = geoLookup(nameKey(alias.name))
      .map(({ row }) => geoRow(row))
      .filter((row) => row.region === alias.region && row.kind === 'city')
      .sort((a, b) => b.population - a.population);
    if (rows[0] !== undefined) found.push(geoCandidate(rows[0].row, 'alias'));
  }
  return found.sort((a, b) => b.prior - a.prior);
}

/** The regions an abbreviation after a comma stands for ("Ky." -> Kentucky), as candidates. */
export function regionsAbbreviated(key: string): Candidate[] {
  return (abbreviationsByKey.get(key) ?? []).flatMap((code) => {
    const row = regionRow(code);
    return row === undefined ? [] : [{ ...geoCandidate(row.row, 'own'), evidence: 'none' as const }];
  });
}

/** The first-level region a place lies in, as a candidate (for "Kursk" inside "Kursk Oblast"). */
export function regionOf(candidate: Candidate): Candidate | null {
  if (candidate.region === null || candidate.kind === 'state') return null;
  const row = regionRow(candidate.region);
  return row === undefined ? null : geoCandidate(row.row, 'own');
}

/** A GeoNames row as a candidate (for names read past a misspelling). */
export function rowCandidate(row: number): Candidate {
  return geoCandidate(row, 'own');
}

const shapeCentres = new Map<string, readonly [number, number] | null>();

/** A candidate's coordinates: for a country, the centre of its mainland shape, else its own point. */
export function coordinates(candidate: Candidate): readonly [number, number] | null {
  if (candidate.kind === 'country') {
    if (!shapeCentres.has(candidate.id))
      shapeCentres.set(candidate.id, countryCentre(candidate.numeric, candidate.name));
    const centre = shapeCentres.get(candidate.id);
    if (centre) return centre;
    // Countries too small for the shapes are pinned at their capital.
    const capital = candidate.country === null ? undefined : capitalOf(candidate.country);
    if (capital !== undefined) return [capital.lat, capital.lon];
  }
  return candidate.lat === null || candidate.lon === null ? null : [candidate.lat, candidate.lon];
}
