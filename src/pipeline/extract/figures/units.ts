/** Units of measure and time as written after a number, normalized: "kilometres" -> "km". */
import { TIME_UNITS as TIME_UNIT_LIST } from '../../lexicon/time-words.ts';
import type { QuantityKind } from '../../../lib/schemas.ts';
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
  l: 'l liter liters litre litres',
  ml: 'ml milliliter milliliters millilitre millilitres',
  gallons: 'gal gallon gallons',
  barrels: 'bbl barrel barrels',
  lbs: 'lb lbs',
  g: 'g gram grams gramme grammes',
  ounces: 'oz ounce ounces',
  inches: 'inch inches',
  '%': '% percent per-cent pct percentage',
  mph: 'mph',
  'km/h': 'kph km/h',
  hectares: 'ha hectare hectares',
  acres: 'acre acres',
  'square km': 'sq-km km2 square-kilometers square-kilometres square-kilometer square-kilometre',
  'square m': 'm2 sq-m square-meters square-metres square-meter square-metre',
  'square miles': 'sq-mi square-mile square-miles',
  dollars: 'dollar dollars usd',
  euros: 'euro euros eur',
  pounds: 'gbp sterling',
  rupees: 'rupee rupees inr rs',
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
  ['HK$', 'Hong Kong dollars'],
  ['A$', 'Australian dollars'],
  ['AU$', 'Australian dollars'],
  ['C$', 'Canadian dollars'],
  ['CA$', 'Canadian dollars'],
  ['NZ$', 'New Zealand dollars'],
  ['S$', 'Singapore dollars'],
  ['NT$', 'New Taiwan dollars'],
  ['R$', 'reais'],
  ['₹', 'rupees'],
  ['USD', 'dollars'],
  ['EUR', 'euros'],
  ['GBP', 'pounds'],
  ['JPY', 'yen'],
  ['CNY', 'yuan'],
  ['RMB', 'yuan'],
  ['INR', 'rupees'],
  ['CHF', 'Swiss francs'],
  ['AUD', 'Australian dollars'],
  ['CAD', 'Canadian dollars'],
  ['€', 'euros'],
  ['£', 'pounds'],
  ['¥', 'yen'],
  ['₩', 'won'],
  ['₽', 'rubles'],
  ['₴', 'hryvnias'],
]);

/** Units that are currencies, for the kind of quantity "money". */
const MONEY_UNITS: ReadonlySet<string> = new Set([
  ...CURRENCY_SIGNS.values(),
  'dollars',
  'euros',
  'pounds',
  'rubles',
  'yuan',
  'yen',
  'won',
  'hryvnias',
  'rupees',
]);

/** Units of time: a number of them is a duration or a date. */
export const TIME_UNITS = wordSet(TIME_UNIT_LIST);

// The kind of quantity of each normalized unit of measure.
const UNIT_KINDS: Readonly<Record<string, QuantityKind>> = {
  km: 'distance',
  miles: 'distance',
  m: 'distance',
  cm: 'distance',
  mm: 'distance',
  feet: 'distance',
  yards: 'distance',
  inches: 'distance',
  'nautical miles': 'distance',
  kg: 'weight',
  tonnes: 'weight',
  lbs: 'weight',
  g: 'weight',
  ounces: 'weight',
  l: 'volume',
  ml: 'volume',
  gallons: 'volume',
  barrels: 'volume',
  '%': 'percentage',
  mph: 'speed',
  'km/h': 'speed',
  hectares: 'area',
  acres: 'area',
  'square km': 'area',
  'square miles': 'area',
  'square m': 'area',
  'years old': 'age',
};

/** The kind of quantity a unit measures ("km": distance, "euros": money), or null for a counted noun. */
export function unitKind(unit: string): QuantityKind | null {
  if (unit in UNIT_KINDS) return UNIT_KINDS[unit]!;
  if (MONEY_UNITS.has(unit)) return 'money';
  if (TIME_UNITS.has(unit) || TIME_UNITS.has(unit.split(' ').at(-1)!)) return 'duration';
  return null;
}

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
