/**
 * The kind of quantity a figure is: from its unit ("50km" a distance, "$1.5 billion" money, "65%"
 * a percentage), else from the noun it counts (WordNet's class of "detainees", "generators",
 * "counties"), and for people, from what the sentence says happened to them ("killed", "injured",
 * "missing").
 */
import type { QuantityKind } from '../../../lib/schemas.ts';
import { nounKind } from '../../lexicon/noun-kinds.ts';
import { PERSON_NOUNS } from '../../lexicon/person-nouns.ts';
import {
  DEATH_WORDS,
  GENERIC_PEOPLE,
  INJURY_WORDS,
  MISSING_WORDS,
  NEWS_NOUN_KINDS,
} from '../../lexicon/quantity-words.ts';
import { wordSet } from '../../lexicon/word-set.ts';
import { isCapitalized, isMark } from '../../parse/language/read-tokens.ts';
import { isNationality } from './demonyms.ts';
import type { Token } from '../../parse/language/types.ts';
import { unitKind } from './units.ts';

const FATE: readonly (readonly [ReadonlySet<string>, QuantityKind])[] = [
  [wordSet(DEATH_WORDS), 'deaths'],
  [wordSet(INJURY_WORDS), 'injured'],
  [wordSet(MISSING_WORDS), 'missing'],
];
// News's nouns for people that WordNet's first senses put elsewhere ("forces", "units").
const PEOPLE = wordSet(PERSON_NOUNS, GENERIC_PEOPLE);
const NEWS_KINDS: ReadonlyMap<string, QuantityKind> = new Map(NEWS_NOUN_KINDS);
// How far from the number a word saying what happened may be, within its clause.
const FATE_WINDOW = 5;

function fateOf(token: Token | undefined): QuantityKind | null {
  if (token?.kind !== 'word') return null;
  for (const [words, kind] of FATE) if (words.has(token.lower)) return kind;
  return null;
}

/**
 * What happened to the people counted by the figure at tokens [first, last): the nearest such
 * word after it in its clause ("160 people dead", "three were killed"), else right before it
 * ("killed at least eight people", "injuring 25").
 */
function fate(tokens: readonly Token[], first: number, last: number): QuantityKind | null {
  for (let index = last; index < tokens.length && index < last + FATE_WINDOW; index++) {
    const token = tokens[index]!;
    if (isMark(token) || token.kind === 'number' || token.lower === 'and') break;
    const kind = fateOf(token);
    if (kind !== null) return kind;
  }
  for (let index = first - 1; index >= 0 && index >= first - 3; index--) {
    const token = tokens[index]!;
    if (isMark(token) || token.kind === 'number') break;
    const kind = fateOf(token);
    if (kind !== null) return kind;
  }
  return null;
}

/** "three Americans", "12 Israelis": a capitalized plural of a nationality counts people. */
function nationals(head: string, tokens: readonly Token[], first: number, last: number): QuantityKind | null {
  const written = tokens.slice(first, last).find((token) => token.lower === head);
  if (written === undefined || !isCapitalized(written) || !head.endsWith('s')) return null;
  return isNationality(head.slice(0, -1)) ? 'people' : null;
}

/**
 * The kind of quantity of a figure whose unit is `unit` (a unit of measure or a counted noun,
 * "km", "active-duty soldiers") and whose text spans tokens [first, last) of its sentence.
 */
export function quantityKind(unit: string | null, tokens: readonly Token[], first: number, last: number): QuantityKind {
  const measured = unit === null ? null : unitKind(unit);
  if (measured !== null) return measured;
  const head = unit?.split(' ').at(-1) ?? null;
  const headFate = head === null ? null : fateOf({ lower: head, kind: 'word' } as Token);
  if (headFate !== null) return headFate;
  const kind =
    head === null
      ? null
      : PEOPLE.has(head)
        ? 'people'
        : (NEWS_KINDS.get(head) ?? nounKind(head) ?? nationals(head, tokens, first, last));
  if (kind === 'people' || (kind === null && head === null)) {
    const happened = fate(tokens, first, last);
    if (happened !== null) return happened;
  }
  return kind ?? 'other';
}
