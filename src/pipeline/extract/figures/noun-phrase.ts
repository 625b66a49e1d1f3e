/** Noun phrases around a verb: who said it ("U.S. officials said"), read from a sentence's tokens. */
import { CLAUSE_OPENERS as CLAUSE_OPENER_LIST } from '../../lexicon/grammar-words.ts';
import { SPEECH_VERBS } from '../../lexicon/speech-verbs.ts';
import { wordSet } from '../../lexicon/word-set.ts';
import { AUXILIARIES, DETERMINERS, INANIMATE_SUBJECTS, PRONOUNS, TIME_NAMES, isAdverb } from './lexicon.ts';
import { isCapitalized } from '../../parse/language/read-tokens.ts';
import type { Token } from '../../parse/language/types.ts';

// Words that open a clause: a subject never reaches back past them.
const CLAUSE_OPENERS = wordSet(CLAUSE_OPENER_LIST);
// Prepositions that may sit inside a source's name ("officials in Seoul", "head of intelligence").
const INNER_PREPOSITIONS = wordSet(['of', 'in', 'at', 'for', 'from']);
const LEADING_NOISE = wordSet(
  ['the', 'a', 'an', 'and', 'or', 'but', 'also', 'then', 'so', 'its', 'their', 'his', 'her'],
  ['of', 'in', 'at', 'for', 'from'],
);
const TIME_OPENERS = wordSet(['on', 'last', 'this', 'earlier', 'late', 'early', 'in']);
const MAX_WORDS = 10;

/** Whether a lower-case token reads as a verb or participle ("released", "speaking"), ending a noun phrase. */
const SAYS = wordSet(SPEECH_VERBS, ['shows']);
const isVerbLike = (token: Token): boolean =>
  !isCapitalized(token) &&
  (AUXILIARIES.has(token.lower) || SAYS.has(token.lower) || /^[a-z]{3,}(?:ed|ing)$/u.test(token.lower));

/** Whether a token is a subject pronoun ("he", "They"), not an acronym that spells one ("US"). */
export const isPronoun = (token: Token | undefined): boolean =>
  token !== undefined && PRONOUNS.has(token.lower) && !/^\p{Lu}{2,}$/u.test(token.value);

/** Steps left from `index` over adverbs, auxiliaries and a time phrase ("has recently", "on Wednesday"). */
export function skipLeftHedges(tokens: readonly Token[], index: number): number {
  let i = index;
  for (;;) {
    const token = tokens[i];
    if (token?.kind !== 'word') return i;
    if (
      isAdverb(token.lower) ||
      ['has', 'have', 'had', 'also', 'will', 'would', 'did', 'does', 'do', 'not'].includes(token.lower)
    )
      i--;
    else if (TIME_NAMES.has(token.lower) && TIME_OPENERS.has(tokens[i - 1]?.lower ?? '')) i -= 2;
    else return i;
  }
}

/** A noun phrase as token indices [from, to). */
export interface Span {
  from: number;
  to: number;
}

/**
 * The noun phrase that ends right before token `index` (a verb), read leftwards until a clause
 * opener, punctuation or another verb: "However, Seoul and its allies | assess" -> "Seoul and its
 * allies". A pronoun right before the verb is the whole phrase. Null when there is none.
 */
export function phraseBefore(tokens: readonly Token[], index: number): Span | null {
  const to = skipLeftHedges(tokens, index - 1) + 1;
  const last = tokens[to - 1];
  if (
    last?.kind !== 'word' ||
    CLAUSE_OPENERS.has(last.lower) ||
    INNER_PREPOSITIONS.has(last.lower) ||
    (DETERMINERS.has(last.lower) && !isPronoun(last))
  )
    return null;
  if (isPronoun(last)) return { from: to - 1, to };
  let from = to;
  while (from > 0 && to - from < MAX_WORDS) {
    const token = tokens[from - 1]!;
    if (token.kind !== 'word' || CLAUSE_OPENERS.has(token.lower) || isPronoun(token) || isVerbLike(token)) break;
    from--;
  }
  while (from < to && LEADING_NOISE.has(tokens[from]!.lower)) from++;
  return from < to ? { from, to } : null;
}

/** The noun phrase that starts at token `index`, read rightwards until punctuation or a clause opener. */
export function phraseAfter(tokens: readonly Token[], index: number): Span | null {
  let from = index;
  while (from < tokens.length && LEADING_NOISE.has(tokens[from]!.lower)) from++;
  let to = from;
  while (to < tokens.length && to - from < MAX_WORDS) {
    const token = tokens[to]!;
    if (token.kind !== 'word' || CLAUSE_OPENERS.has(token.lower) || (isVerbLike(token) && to > from)) break;
    to++;
  }
  while (to > from && (INNER_PREPOSITIONS.has(tokens[to - 1]!.lower) || TIME_OPENERS.has(tokens[to - 1]!.lower))) to--;
  return to > from ? { from, to } : null;
}

/**
 * Whether a phrase can be a source of information: a name, "the admiral", a pronoun;
 * not "evidence", "images" or a contraction ("They're").
 */
export function isSourcePhrase(tokens: readonly Token[], span: Span): boolean {
  const head = tokens[span.to - 1]!;
  if (head.kind !== 'word' || INANIMATE_SUBJECTS.has(head.lower) || /['’](?:re|ll|ve|d|m)$/u.test(head.lower))
    return false;
  return isPronoun(head) || !DETERMINERS.has(head.lower);
}
