/**
 * The GeoNames part of the gazetteer: `data/geonames.tsv` (written by `npm run gazetteer`, see
 * scripts/build-gazetteer.ts), read once, on first use, into an index from every name's folded
 * words ("kursk oblast", "khan younis") to the rows that carry it. A row's other fields are read
 * only when a name of it is met: 125,070 populated places, 3,708 first-level and 25,162
 * second-level regions.
 */
import { readFileSync } from 'node:fs';
import { NAME_ARTICLES, REGION_NAME_AFFIXES } from '../../lexicon/place-words.ts';
import { wordSet } from '../../lexicon/word-set.ts';
import { nameKey } from './name-key.ts';

/** What a row is: a populated place, a first-level region (state, province), a second-level one (county, district). */
export type GeoKind = 'city' | 'admin1' | 'admin2';

/** How a name belongs to its row: its own name, another name, or a region's name without its region word ("Kursk"). */
export type NameForm = 'own' | 'other' | 'base';

/** One row of the gazetteer. */
export interface GeoRow {
  row: number;
  kind: GeoKind;
  name: string;
  lat: number;
  lon: number;
  country: string;
  /** The first-level region: its code for regions ("US.NC"), the one it lies in for places and counties. */
  region: string;
  /** For regions, their own code ("US.NC", "US.NC.021"). */
  code: string;
  /** Feature class of places: C capital, 1 and 2 seats of regions, G seat of government, X part of a place, P other. */
  cls: string;
  population: number;
  /** The name is also a common English word ("Reading", "Mobile", "Comfort"). */
  word: boolean;
  /** Other names, as written in the data. */
  others: readonly string[];
}

/** A row that carries a name, and how. */
export interface GeoEntry {
  row: number;
  form: NameForm;
}

/** Names longer than this are not looked up (the data has a few long official names). */
const MAX_KEY = 60;
/** The most words a looked-up name has. */
export const MAX_NAME_WORDS = 10;
const FORMS: readonly NameForm[] = ['own', 'other', 'base'];
const AFFIXES = wordSet(REGION_NAME_AFFIXES);
const ARTICLES = wordSet(NAME_ARTICLES);

/** A region's name without its region words: "Kursk Oblast" -> "Kursk", "Provincia di Roma" -> "Roma"; null when nothing is left or nothing was taken. */
export function regionBase(name: string): string | null {
  const words = name.split(/\s+/u);
  let [first, last] = [0, words.length];
  while (first < last && AFFIXES.has(words[first]!.toLowerCase())) first++;
  while (last > first && AFFIXES.has(words[last - 1]!.toLowerCase())) last--;
  if (first === last || (first === 0 && last === words.length)) return null;
  return words.slice(first, last).join(' ');
}

interface Loaded {
  lines: string[];
  /** Entries (`row * 4 + form`) by key: one number, or a list where several rows share a name (fewer objects for the collector to keep). */
  index: Map<string, number | number[]>;
  /** Every key's first words ("kursk" of "kursk oblast"): a name is looked up further only while its words begin a key. */
  prefixes: Set<string>;
  regionRows: Map<string, number>;
  rows: (GeoRow | undefined)[];
  byRegion: Map<string, number[]> | null;
  capitals: Map<string, number> | null;
  skeletons: Map<string, Map<string, number[]>>;
  keys: (string[] | undefined)[];
}

let loaded: Loaded | null = null;

function data(): Loaded {
  loaded ??= load(readFileSync(new URL('./data/geonames.tsv', import.meta.url), 'utf8'));
  return loaded;
}

/** The tab-separated field `at` of a line (0-based). */
function field(line: string, at: number): string {
  let start = 0;
  for (let skipped = 0; skipped < at; skipped++) start = line.indexOf('\t', start) + 1;
  const end = line.indexOf('\t', start);
  return end === -1 ? line.slice(start) : line.slice(start, end);
}

function load(text: string): Loaded {
  const lines = text.split('\n').filter((line) => line !== '' && line.charCodeAt(0) !== 35 /* # */);
  const index = new Map<string, number | number[]>();
  const prefixes = new Set<string>();
  const regionRows = new Map<string, number>();
  const insert = (key: string, entry: number) => {
    const list = index.get(key);
    if (list === undefined) {
      index.set(key, entry);
      for (let at = key.lastIndexOf(' '); at > 0; at = key.lastIndexOf(' ', at - 1)) {
        const prefix = key.slice(0, at);
        // Shorter prefixes came with this one.
        if (prefixes.has(prefix)) break;
        prefixes.add(prefix);
      }
    } else if (typeof list === 'number') {
      if (list >> 2 !== entry >> 2) index.set(key, [list, entry]);
    } else if (!list.some((known) => known >> 2 === entry >> 2)) list.push(entry);
  };
  const add = (name: string, row: number, form: number) => {
    const key = nameKey(name);
    if (key === '' || key.length > MAX_KEY) return;
    insert(key, (row << 2) | form);
    // "As Salif" is also "Salif" ("the port of Al-Salif", "Hermel" for "El Hermel").
    const space = key.indexOf(' ');
    if (space > 0 && ARTICLES.has(key.slice(0, space))) insert(key.slice(space + 1), (row << 2) | 1);
  };
  for (let row = 0; row < lines.length; row++) {
    const line = lines[row]!;
    const first = line.indexOf('\t');
    const second = line.indexOf('\t', first + 1);
    if (line.charCodeAt(0) === 80 /* P */) {
      // P name lat lon country admin1 class population word others
      add(line.slice(first + 1, second), row, 0);
      const others = line.slice(line.lastIndexOf('\t') + 1);
      if (others !== '') for (const other of others.split(';')) add(other, row, 1);
    } else {
      // A1/A2 code name lat lon population word
      const third = line.indexOf('\t', second + 1);
      const name = line.slice(second + 1, third);
      if (line.charCodeAt(1) === 49 /* 1 */) regionRows.set(line.slice(first + 1, second), row);
      add(name, row, 0);
      const base = regionBase(name);
      if (base !== null) add(base, row, 2);
    }
  }
  return {
    lines,
    index,
    prefixes,
    regionRows,
    rows: [],
    byRegion: null,
    capitals: null,
    skeletons: new Map(),
    keys: [],
  };
}

/** One row, read from its line on first use. */
export function geoRow(row: number): GeoRow {
  const state = data();
  const known = state.rows[row];
  if (known !== undefined) return known;
  const fields = state.lines[row]!.split('\t');
  let parsed: GeoRow;
  if (fields[0] === 'P') {
    parsed = {
      row,
      kind: 'city',
      name: fields[1]!,
      lat: Number(fields[2]),
      lon: Number(fields[3]),
      country: fields[4]!,
      region: `${fields[4]}.${fields[5]}`,
      code: '',
      cls: fields[6]!,
      population: Number(fields[7]),
      word: fields[8] === 'w',
      others: fields[9] ? fields[9].split(';') : [],
    };
  } else {
    const code = fields[1]!;
    const admin1 = fields[0] === 'A1';
    parsed = {
      row,
      kind: admin1 ? 'admin1' : 'admin2',
      name: fields[2]!,
      lat: Number(fields[3]),
      lon: Number(fields[4]),
      country: code.slice(0, 2),
      region: admin1 ? code : code.slice(0, code.lastIndexOf('.')),
      code,
      cls: fields[0]!,
      population: Number(fields[5]),
      word: fields[6] === 'w',
      others: [],
    };
  }
  state.rows[row] = parsed;
  return parsed;
}

/** The rows that carry a name with this key (see `nameKey`). */
export function geoLookup(key: string): GeoEntry[] {
  const found = data().index.get(key);
  const entries = found === undefined ? [] : typeof found === 'number' ? [found] : found;
  return entries.map((entry) => ({ row: entry >> 2, form: FORMS[entry & 3]! }));
}

/** True when some row carries a name with this key. */
export function geoHas(key: string): boolean {
  return data().index.has(key);
}

/** True when some row's name begins with these words and goes on ("kursk" for "kursk oblast"). */
export function geoBegins(words: string): boolean {
  return data().prefixes.has(words);
}

/** The row of a first-level region by its code ("US.NC"), or undefined. */
export function regionRow(code: string): GeoRow | undefined {
  const row = data().regionRows.get(code);
  return row === undefined ? undefined : geoRow(row);
}

/** The codes of a country's first-level regions. */
export function regionsOfCountry(country: string): string[] {
  return [...data().regionRows.keys()].filter((code) => code.startsWith(`${country}.`));
}

/** The populated places of a first-level region (for reading a misspelt name inside a region the text names). */
export function placesInRegion(code: string): readonly number[] {
  const state = data();
  if (state.byRegion === null) {
    const byRegion = new Map<string, number[]>();
    state.lines.forEach((line, row) => {
      if (line.charCodeAt(0) !== 80 /* P */) return;
      const region = `${field(line, 4)}.${field(line, 5)}`;
      const list = byRegion.get(region);
      if (list === undefined) byRegion.set(region, [row]);
      else list.push(row);
    });
    state.byRegion = byRegion;
  }
  return state.byRegion.get(code) ?? [];
}

/** The second-level regions of a first-level one. */
export function countiesInRegion(code: string): readonly number[] {
  const state = data();
  const rows: number[] = [];
  state.lines.forEach((line, row) => {
    if (line.startsWith('A2\t') && field(line, 1).startsWith(`${code}.`)) rows.push(row);
  });
  return rows;
}

/** The keys a row's name is compared by when read past a misspelling: its name, without region word, without article. */
export function rowKeys(row: number): readonly string[] {
  const state = data();
  let keys = state.keys[row];
  if (keys === undefined) {
    const line = state.lines[row]!;
    const name = line.charCodeAt(0) === 80 /* P */ ? field(line, 1) : field(line, 2);
    keys = [...new Set([nameKey(name), nameKey(regionBase(name) ?? name)])];
    for (const key of [...keys]) {
      const space = key.indexOf(' ');
      if (space > 0 && ARTICLES.has(key.slice(0, space))) keys.push(key.slice(space + 1));
    }
    state.keys[row] = keys;
  }
  return keys;
}

/** A row's population, without reading the rest of it. */
export function rowPopulation(row: number): number {
  const line = data().lines[row]!;
  return Number(line.charCodeAt(0) === 80 /* P */ ? field(line, 7) : field(line, 5));
}

/** A country's capital (its most populous one, where GeoNames lists several), or undefined. */
export function capitalOf(country: string): GeoRow | undefined {
  const state = data();
  if (state.capitals === null) {
    const capitals = new Map<string, number>();
    state.lines.forEach((line, row) => {
      if (line.charCodeAt(0) !== 80 /* P */ || field(line, 6) !== 'C') return;
      const code = field(line, 4);
      const known = capitals.get(code);
      if (known === undefined || geoRow(known).population < Number(field(line, 7))) capitals.set(code, row);
    });
    state.capitals = capitals;
  }
  const row = state.capitals.get(country);
  return row === undefined ? undefined : geoRow(row);
}

/**
 * The consonants of a name, the way its transliterations agree: without the article, vowels
 * and "y", doubled letters once, no final "h" ("Hodeidah" and "Al Hudaydah" are "hdd"... "hd").
 */
export function skeleton(key: string): string {
  const words = key.split(' ');
  if (words.length > 1 && ARTICLES.has(words[0]!)) words.shift();
  return words
    .map((word) =>
      word
        .replace(/[aeiouy]/gu, '')
        .replace(/(.)\1+/gu, '$1')
        .replace(/h$/u, ''),
    )
    .filter((word) => word !== '')
    .join(' ');
}

/** The places and regions of a country whose name has this skeleton (see `skeleton`). */
export function rowsBySkeleton(country: string, wanted: string): readonly number[] {
  const state = data();
  let byKey = state.skeletons.get(country);
  if (byKey === undefined) {
    byKey = new Map();
    state.lines.forEach((line, row) => {
      const place = line.charCodeAt(0) === 80; /* P */
      if ((place ? field(line, 4) : field(line, 1).slice(0, 2)) !== country) return;
      const names = place ? [field(line, 1), ...field(line, 9).split(';')] : [field(line, 2)];
      for (const name of names) {
        if (name === '') continue;
        const key = skeleton(nameKey(name));
        const list = byKey!.get(key);
        if (list === undefined) byKey!.set(key, [row]);
        else if (!list.includes(row)) list.push(row);
      }
    });
    state.skeletons.set(country, byKey);
  }
  return byKey.get(wanted) ?? [];
}

/** Loads the data now (for benchmarks that time loading apart from extraction). */
export function loadGeoNames(): number {
  return data().index.size;
}
