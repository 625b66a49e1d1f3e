/**
 * Names that become a region when a region word follows them: "Kursk region", "the Kursk
 * border region", "Donetsk Oblast", "Idlib province". The bases are every province of the
 * city-timezones package (placed at the mean of its cities) and every city it lists; the
 * region word is explicit evidence of a place, so even "Vladimir region" is one.
 */
import cityTimezones from 'city-timezones';
import { CITY_ALIASES, CITY_DISPLAY_NAMES } from './aliases.ts';
import { foldAccents } from '../../parse/language/fold.ts';
import { textParts } from '../../parse/language/word-parts.ts';
import { indexByFirstWord } from './part-joins.ts';

/** A name that a region word can follow. */
export interface RegionBase {
  words: readonly string[];
  /** The name the region is called by, without the region word: "Kursk". */
  name: string;
  iso2: string;
  lat: number;
  lon: number;
  /** Bigger regions win a shared name. */
  rank: number;
}

/** Words that make the name before them a region, with the canonical word they become. */
const REGION_NOUNS: Readonly<Record<string, string>> = {
  region: 'Region',
  oblast: 'Oblast',
  province: 'Province',
  governorate: 'Governorate',
  prefecture: 'Prefecture',
  district: 'District',
  territory: 'Territory',
  state: 'State',
  county: 'County',
  krai: 'Krai',
  canton: 'Canton',
};
/** Words allowed between the name and the region word: "the Kursk border region". */
export const REGION_MODIFIERS: ReadonlySet<string> = new Set(['border', 'frontier']);
/** Countries whose first-level regions are oblasts, so "Kursk region" is canonically "Kursk Oblast". */
const OBLAST_COUNTRIES: ReadonlySet<string> = new Set(['RU', 'UA', 'BY', 'KZ', 'KG']);

/** The canonical region word for a region noun in a country, or null when `word` is no region noun. */
export function regionLabel(word: string, iso2: string): string | null {
  const label = REGION_NOUNS[word];
  if (label === undefined) return null;
  return (word === 'region' || word === 'oblast') && OBLAST_COUNTRIES.has(iso2) ? 'Oblast' : label;
}

const round = (value: number) => Math.round(value * 100) / 100;
const noApostrophes = (text: string) => text.replace(/['\u2019]/g, '');
const bases = new Map<string, RegionBase>();

function addBase(written: string, base: Omit<RegionBase, 'words'>): void {
  const words = textParts(noApostrophes(written)).map((word) => word.fold);
  if (words.length === 0) return;
  const key = words.join(' ');
  const known = bases.get(key);
  if (known === undefined || known.rank < base.rank) bases.set(key, { ...base, words });
}

const provinces = new Map<
  string,
  { name: string; iso2: string; lat: number; lon: number; count: number; pop: number }
>();
const cityNames = new Map<string, string>();
for (const city of cityTimezones.cityMapping) {
  const name = CITY_DISPLAY_NAMES[city.city] ?? city.city;
  cityNames.set(`${city.iso2}|${foldAccents(noApostrophes(city.city))}`, name);
  for (const written of new Set([city.city, city.city_ascii, name, ...(CITY_ALIASES[city.city] ?? [])])) {
    addBase(written, { name, iso2: city.iso2, lat: city.lat, lon: city.lng, rank: city.pop });
  }
  if (city.province === '') continue;
  const key = `${city.iso2}|${city.province}`;
  const sum = provinces.get(key) ?? { name: city.province, iso2: city.iso2, lat: 0, lon: 0, count: 0, pop: 0 };
  provinces.set(key, {
    ...sum,
    lat: sum.lat + city.lat,
    lon: sum.lon + city.lng,
    count: sum.count + 1,
    pop: sum.pop + city.pop,
  });
}
for (const province of provinces.values()) {
  const plain = noApostrophes(province.name);
  // A province named after its capital city takes the city's spelling: "Kursk", not "Kursk'".
  const name = cityNames.get(`${province.iso2}|${foldAccents(plain)}`) ?? plain;
  const base = {
    name,
    iso2: province.iso2,
    lat: round(province.lat / province.count),
    lon: round(province.lon / province.count),
    rank: province.pop,
  };
  addBase(plain, base);
  if (name !== plain) addBase(name, base);
}

const index = indexByFirstWord(bases.values());

/** Every region base whose first folded word is `word`, longest first. */
export function regionBasesStartingWith(word: string): readonly RegionBase[] {
  return index.get(word) ?? [];
}
