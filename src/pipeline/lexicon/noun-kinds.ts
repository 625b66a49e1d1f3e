/**
 * General English nouns by the kind of quantity a number of them is: "detainees" are people,
 * "generators" objects, "counties" places, "litres" a volume. The list is WordNet 3.1's
 * (Princeton University), distilled by `scripts/build-noun-kinds.ts` into `noun-kinds.json`
 * (lower-case common nouns only, so no names); `npm run lexicon:nouns` writes it again.
 */
import data from './noun-kinds.json' with { type: 'json' };

/** The kinds a counted noun can have, as WordNet places it. */
export type NounKind =
  | 'people'
  | 'objects'
  | 'animals'
  | 'buildings'
  | 'places'
  | 'money'
  | 'distance'
  | 'area'
  | 'weight'
  | 'volume'
  | 'duration'
  | 'percentage';

const KIND_OF: ReadonlyMap<string, NounKind> = new Map(
  Object.entries(data.kinds as Record<NounKind, string[]>).flatMap(([kind, words]) =>
    words.map((word) => [word, kind as NounKind] as const),
  ),
);

// Plurals WordNet lists under their singular, by their ending: "-men" -> "-man", "-ies" -> "-y".
const SINGULAR_ENDINGS: readonly (readonly [string, string])[] = [
  ['men', 'man'],
  ['ies', 'y'],
  ['ves', 'f'],
  ['ses', 's'],
  ['xes', 'x'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['s', ''],
  ['children', 'child'],
  ['people', 'person'],
];

/** The singular forms a lower-case noun may have: itself first ("troops", "troop"). */
export function singulars(noun: string): string[] {
  const forms = [noun];
  for (const [plural, singular] of SINGULAR_ENDINGS)
    if (noun.endsWith(plural) && noun.length > plural.length + 1) forms.push(noun.slice(0, -plural.length) + singular);
  return forms;
}

/** The kind of a counted noun ("detainees" -> people), or null when WordNet gives it none. */
export function nounKind(noun: string): NounKind | null {
  for (const form of singulars(noun.toLowerCase())) {
    const kind = KIND_OF.get(form);
    if (kind !== undefined) return kind;
  }
  return null;
}

/** The lemma under which a noun is listed ("soldiers" -> "soldier"), else the noun itself. */
export function nounLemma(noun: string): string {
  const lower = noun.toLowerCase();
  return singulars(lower).find((form) => KIND_OF.has(form)) ?? lower;
}
