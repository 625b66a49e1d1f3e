/**
 * What the comparison rules read of one figure: its kind of quantity, the noun it counts (as a
 * lemma), the content words of its subject (what, where, doing what), the names among them, and
 * whether it counts an addition to another count ("another 500 soldiers").
 */
import type { FigureClaim, QuantityKind } from '../../lib/schemas.ts';
import {
  ADDITION_AFTER,
  ADDITION_BEFORE,
  COUNTED_SYNONYMS,
  DEATH_WORDS,
  INJURY_WORDS,
  MISSING_WORDS,
} from '../lexicon/quantity-words.ts';
import { nounLemma } from '../lexicon/noun-kinds.ts';
import { wordSet } from '../lexicon/word-set.ts';
import { contentStems, stem, words } from './content-words.ts';
import { tokenize } from '../parse/language/tokenize.ts';

/** One figure as the comparison rules see it. */
export interface FigureKey {
  claim: FigureClaim;
  kind: QuantityKind;
  /** Lemma of the counted noun or unit ("soldiers" -> "soldier", "km"); "" when there is none. */
  head: string;
  /** Stems of the subject's content words, less the counted noun's. */
  stems: Set<string>;
  /** Names in the subject before its counted noun ("North Korean") and after it ("in Florida"), folded. */
  names: { before: Set<string>; after: Set<string> };
  /** True for "another 500", "600 additional": an addition to a count given elsewhere. */
  addition: boolean;
  /** True for "five children among the injured": part of a count given elsewhere. */
  part: boolean;
  /** The value in a common unit of its kind (km, kg, litres), for the spread of a group. */
  value: number;
}

const ADDED_BEFORE = wordSet(ADDITION_BEFORE);
// Words for what happened to people: said by the figure's kind, not words that tell it apart.
const FATE_WORDS = wordSet(DEATH_WORDS, INJURY_WORDS, MISSING_WORDS);
const SYNONYM_OF: ReadonlyMap<string, string> = new Map(
  COUNTED_SYNONYMS.flatMap((group) => group.map((word) => [word, group[0]!] as const)),
);

/** The class of a counted noun: its lemma, with news's synonyms folded ("soldiers", "troops" -> "troop"). */
function countedClass(noun: string): string {
  const lemma = nounLemma(noun);
  return SYNONYM_OF.get(lemma) ?? SYNONYM_OF.get(noun) ?? lemma;
}
const ADDED_AFTER = wordSet(ADDITION_AFTER);
// Converts a measure to the common unit of its kind, so that "50km" and "31 miles" can be compared.
const TO_COMMON: Readonly<Record<string, number>> = {
  miles: 1.609,
  m: 0.001,
  cm: 1e-5,
  mm: 1e-6,
  feet: 0.0003048,
  yards: 0.0009144,
  'nautical miles': 1.852,
  tonnes: 1000,
  lbs: 0.4536,
  g: 0.001,
  ml: 0.001,
  gallons: 3.785,
  acres: 0.004047,
  hectares: 0.01,
  'square miles': 2.59,
  'square m': 1e-6,
};
/**
 * Names in a subject, before its counted noun ("North Korean", "National Guard") and after it
 * ("in Florida", "from FEMA"); none when the claim writes its counted noun capitalized too, as a
 * title-case headline does ("4,500 Federal Personnel Supporting States").
 */
function namesOf(claim: FigureClaim): { before: Set<string>; after: Set<string> } {
  const names = { before: new Set<string>(), after: new Set<string>() };
  const head = words(claim.unit ?? '').at(-1);
  if (claim.subject === null) return names;
  const written = tokenize(claim.text).find((token) => head !== undefined && token.lower === head);
  if (written !== undefined && /^\p{Lu}/u.test(written.value)) return names;
  let side = head === undefined ? names.after : names.before;
  for (const token of tokenize(claim.subject)) {
    if (head !== undefined && stem(token.lower) === stem(head)) side = names.after;
    else if (token.kind === 'word' && /^\p{Lu}/u.test(token.value)) side.add(stem(token.lower.replace(/['’]s$/u, '')));
  }
  return names;
}

/** Whether the claim says it adds to another count: its subject opens "additional" ("another 500", "600 more"). */
function isAddition(claim: FigureClaim): boolean {
  const first = words(claim.subject ?? '')[0];
  return first !== undefined && (ADDED_BEFORE.has(first) || ADDED_AFTER.has(first));
}

/** Whether the claim counts part of a group named with it: "five children among the injured". */
const isPart = (claim: FigureClaim): boolean => words(claim.subject ?? '').includes('among');

// Keys are read once per claim: the check stage asks for them pair by pair.
const keys = new WeakMap<FigureClaim, FigureKey>();

/** The comparison key of one figure (claims are never changed once made, so a key is kept). */
export function figureKey(claim: FigureClaim): FigureKey {
  let key = keys.get(claim);
  if (key === undefined) {
    key = readKey(claim);
    keys.set(claim, key);
  }
  return key;
}

function readKey(claim: FigureClaim): FigureKey {
  const last = words(claim.unit ?? '').at(-1);
  const head = last === undefined ? '' : countedClass(last);
  const stems = contentStems(claim.subject ?? '');
  if (last !== undefined) {
    stems.delete(stem(last));
    // "guardsmen" counts members of a guard: the word says who they are, like "National Guard personnel".
    const member = /^([a-z]{3,})s?(?:man|men|woman|women)$/u.exec(last);
    if (member) stems.add(stem(member[1]!));
  }
  for (const word of [...ADDED_BEFORE, ...ADDED_AFTER, ...FATE_WORDS]) stems.delete(stem(word));
  const names = namesOf(claim);
  return {
    claim,
    kind: claim.quantity,
    head,
    stems,
    names,
    addition: isAddition(claim),
    part: isPart(claim),
    value: claim.value * (TO_COMMON[claim.unit ?? ''] ?? 1),
  };
}
