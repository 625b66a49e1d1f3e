/** The noun a number counts: "10,000 North Korean troops" -> unit "troops", phrase "North Korean troops". */
import { PERSON_NOUNS, PHRASE_STOPS, isAdverb, isPluralWord } from './lexicon.ts';
import { isCapitalized } from '../../parse/language/read-tokens.ts';
import type { Token } from '../../parse/language/types.ts';
import { pluralize } from './units.ts';

/** A counted noun phrase after a number. */
export interface CountedNoun {
  kind: 'noun';
  /** Normalized, plural, lower-case unit: "troops", "service members", "containers". */
  unit: string;
  /** Token range of the phrase up to and including its head noun. */
  from: number;
  head: number;
  /** Whether the head names people, who may carry a nationality. */
  people: boolean;
  /** Whether a capitalized modifier ("North Korean") is part of the phrase already. */
  modified: boolean;
  /** Whether the noun follows "of the" ("five of the bases"), away from the number. */
  partitive: boolean;
}

/** "of them", "of those": the number counts part of something named before. */
export interface BackReference {
  kind: 'back';
  /** The token after "them". */
  next: number;
}

const BACK_WORDS = new Set(['them', 'those', 'these', 'whom', 'which', 'us', 'you']);
const PARTITIVE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'all']);
// Modifiers that do not change what is counted: "10,000 more troops", "5,000 additional soldiers".
const DROPPED_MODIFIERS = new Set([
  'more',
  'additional',
  'other',
  'extra',
  'further',
  'new',
  'fresh',
  'estimated',
  'total',
  'some',
  'so-called',
  'odd',
  'active',
  'different',
  'separate',
  'various',
]);
const MAX_WORDS = 6;
const SAY_WORDS = new Set(['said', 'says', 'told', 'added', 'say']);

/**
 * Reads the noun counted by a number whose writing ends before token `index`: the first plural
 * noun of the phrase that follows ("North Korean troops"), a partitive ("five of the bases"),
 * or a back reference ("of them"). With `singular` (the number is one, or a hyphen compound)
 * the last word of the phrase is the head. Null when no noun follows.
 */
export function readCountedNoun(
  tokens: readonly Token[],
  index: number,
  singular = false,
): CountedNoun | BackReference | null {
  let from = index;
  if (tokens[from]?.lower === 'of') {
    const next = tokens[from + 1]?.lower ?? '';
    if (BACK_WORDS.has(next)) return { kind: 'back', next: from + 2 };
    if (!PARTITIVE_DETERMINERS.has(next)) return null;
    from += 2;
    // "40 of its 500 soldiers": the noun after the whole.
    if (tokens[from]?.kind === 'number') from++;
  }
  let to = from;
  // "22 other prisoners", "500 more troops": a modifier that is also a determiner opens the phrase.
  while (DROPPED_MODIFIERS.has(tokens[to]?.lower ?? '') && tokens[to + 1]?.kind === 'word') to++;
  while (to < tokens.length && to - from < MAX_WORDS) {
    const token = tokens[to]!;
    // "Urban Search and Rescue personnel": "and" and "of" inside a capitalized name.
    const inName =
      (token.lower === 'and' || token.lower === 'of') && isCapitalized(tokens[to - 1]) && isCapitalized(tokens[to + 1]);
    if (!inName && (token.kind !== 'word' || PHRASE_STOPS.has(token.lower) || isAdverb(token.lower))) break;
    // A verb after the noun ends the phrase: "one soldier stayed", "the pilot said".
    if (to > from && (SAY_WORDS.has(token.lower) || /^[a-z]{3,}(?:ed|ing)$/u.test(token.lower))) break;
    to++;
  }
  let head = -1;
  for (let k = from; k < to && head < 0; k++) if (!isCapitalized(tokens[k]) && isPluralWord(tokens[k]!.lower)) head = k;
  // Title case ("1,500 North Korean Troops"), or people named by nationality ("5,000 Americans").
  for (let k = from; k < to && head < 0; k++) if (isPluralWord(tokens[k]!.lower)) head = k;
  if (head < 0 && singular && to > from && !isCapitalized(tokens[to - 1])) head = to - 1;
  if (head < 0) return null;
  const words = tokens
    .slice(from, head)
    .filter((token) => !isCapitalized(token) && !DROPPED_MODIFIERS.has(token.lower) && !PHRASE_STOPS.has(token.lower))
    .map((token) => token.lower);
  const unit = [...words, pluralize(tokens[head]!.lower)].join(' ');
  return {
    kind: 'noun',
    unit,
    from,
    head,
    people: PERSON_NOUNS.has(tokens[head]!.lower),
    modified: tokens.slice(from, head).some((token) => isCapitalized(token)),
    partitive: from > index,
  };
}
