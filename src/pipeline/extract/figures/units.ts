/** Units of measure and time as written after a number, normalized: "kilometres" -> "km". */
import { TIME_UNITS as TIME_UNIT_LIST } from '../../lexicon/time-words.ts';
import { wordSet } from '../../lexicon/word-set.ts';

const aliases = (entries: Record<string, string>): ReadonlyMap<string, string> =>
  new Map(Object.entries(entries).flatMap(([unit, forms]) => forms.split(' ').map((form) => [form, unit] as const)));

/** Written unit of measure (lower-case) -> normalized unit. */
export const MEASURE_UNITS = aliases({
  km: 'km kms kilometer kilometers kilometre kilometres',
  miles: 'mile miles mi',
  m: 'm meter meters metre metres',
  cm: 'cm centimeter centimeters centimetre centimetres',
  mm: 'mm millimeter millimeters millimetre millimetres',
  feet: 'ft foot feet',
  yards: 'yard yards yd',
  'nautical miles': 'nautical-mile nautical-miles nm',
  kg: 'kg kgs kilogram kilograms kilogramme kilogrammes',
  tonnes: 't ton tons tonne tonnes',
  '%': '% percent per-cent pct',
  mph: 'mph',
  'km/h': 'kph km/h',
  hectares: 'ha hectare hectares',
  acres: 'acre acres',
  'square km': 'sq-km km2 square-kilometers square-kilometres square-kilometer square-kilometre',
  'square miles': 'sq-mi square-mile square-miles',
  dollars: 'dollar dollars usd',
  euros: 'euro euros',
  rubles: 'ruble rubles rouble roubles',
  yuan: 'yuan',
  yen: 'yen',
  won: 'won',
  hryvnias: 'hryvnia hryvnias',
});

/** Units that measure a distance, for subjects like "distance from the border". */
export const LENGTH_UNITS: ReadonlySet<string> = new Set([
  'km',
  'miles',
  'm',
  'cm',
  'mm',
  'feet',
  'yards',
  'nautical miles',
]);

/** Currency signs written before a number -> unit. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'dollars'],
  ['US$', 'dollars'],
  ['€', 'euros'],
  ['£', 'pounds'],
  ['¥', 'yen'],
  ['₩', 'won'],
  ['₽', 'rubles'],
  ['₴', 'hryvnias'],
]);

/** Units of time: a number of them is a duration or a date, not a figure for comparison. */
export const TIME_UNITS = wordSet(TIME_UNIT_LIST);

/** The normalized unit for a written unit of measure ("Kilometres" -> "km"), or null. */
export function measureUnit(written: string): string | null {
  return MEASURE_UNITS.get(written.toLowerCase().replace(/\s+/gu, '-')) ?? null;
}

/** A counted noun in its plural form: "soldier" -> "soldiers", "army" -> "armies", "troops" stays. */
export function pluralize(word: string): string {
  if (/(?:s|people|men|women|children|personnel|staff|police|infantry|aircraft|equipment)$/u.test(word)) return word;
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:x|ch|sh)$/u.test(word)) return `${word}es`;
  if (word === 'man') return 'men';
  if (word === 'woman') return 'women';
  if (word === 'person') return 'people';
  if (word === 'child') return 'children';
  return `${word}s`;
}
