/**
 * What a figure counts, in words: its counted noun with nationality and place
 * ("North Korean troops in Russia"), resolved from context for "of them" and "the number".
 * Subjects of the same quantity in different articles come out alike, for comparisons.
 */
import type { CountedNoun } from './counted-noun.ts';
import { demonymOf } from './demonyms.ts';
import {
  CONJUNCTIONS,
  DETERMINERS,
  HEDGES,
  PERSON_NOUNS,
  PLACE_PREPOSITIONS,
  PREPOSITIONS,
  TIME_NAMES,
  isAdverb,
} from './lexicon.ts';
import { isPronoun, phraseBefore, skipLeftHedges } from './noun-phrase.ts';
import { isCapitalized, isMark, stripPossessive, wordsText } from '../../parse/language/read-tokens.ts';
import type { Token } from '../../parse/language/types.ts';

/** People named with a nationality in the text ("North Korean troops to Russia"). */
export interface Mention {
  /** Token index of the head noun in its sentence. */
  head: number;
  /** "North Korean". */
  modifier: string;
  /** "North Korean troops to Russia": the mention with the place after it. */
  phrase: string;
}

const AGENT_VERBS = new Set(
  `sent send sends sending deployed deploy deploys deploying dispatched dispatch dispatches
lost lose loses losing has have had shipped ship ships shipping moved mobilized mobilised mobilizing committed
stationed stations provided supplied transferred trained trains training recruited fielded`.split(/\s+/u),
);
const DEPLOY_NOUNS = new Set(
  'deployment dispatch shipment transfer loss losses presence mobilization mobilisation'.split(' '),
);
const TAIL_STOPS = new Set([
  ...CONJUNCTIONS,
  'since',
  'during',
  'after',
  'before',
  'until',
  'amid',
  'despite',
  'according',
  'less',
  'fewer',
  'including',
  'such',
]);
const MAX_TAIL = 7;

function isTimePhrase(tokens: readonly Token[], index: number): boolean {
  let i = index;
  // "the past three days", "this week", "late 2024".
  while (
    tokens[i] !== undefined &&
    i - index < 3 &&
    (['the', 'this', 'last', 'next', 'early', 'late', 'that', 'past', 'few', 'several', 'coming'].includes(
      tokens[i]!.lower,
    ) ||
      (tokens[i]!.kind === 'number' && !/^\d{4}$/u.test(tokens[i]!.value)) ||
      /^(?:two|three|four|five|six|seven|eight|nine|ten|a)$/u.test(tokens[i]!.lower))
  )
    i++;
  const token = tokens[i];
  return (
    token !== undefined && (TIME_NAMES.has(token.lower) || (token.kind === 'number' && /^\d{4}$/u.test(token.value)))
  );
}

/**
 * The words after a phrase that say where or what for: hedges at its start are stepped over
 * ("are believed to have moved toward combat zones in western Russia" -> "moved toward combat
 * zones in western Russia"); it ends at a clause break, a verb after content, or seven words.
 */
export function tailAfter(tokens: readonly Token[], index: number): string {
  let i = index;
  // "to" is a hedge only before another one ("believed to have moved"), else a preposition ("to Russia").
  while (
    tokens[i]?.kind === 'word' &&
    HEDGES.has(tokens[i]!.lower) &&
    (tokens[i]!.lower !== 'to' || HEDGES.has(tokens[i + 1]?.lower ?? ''))
  )
    i++;
  // "to train in eastern Russia": an infinitive of purpose before the place.
  if (
    tokens[i]?.lower === 'to' &&
    tokens[i + 1]?.kind === 'word' &&
    !isCapitalized(tokens[i + 1]) &&
    !DETERMINERS.has(tokens[i + 1]!.lower) &&
    PLACE_PREPOSITIONS.has(tokens[i + 2]?.lower ?? '')
  )
    i += 2;
  const words: Token[] = [];
  for (; i < tokens.length && words.length < MAX_TAIL; i++) {
    const token = tokens[i]!;
    if (token.kind === 'number') continue;
    if (isMark(token)) {
      if (/^['’]$/u.test(token.value)) continue;
      break;
    }
    if (
      TAIL_STOPS.has(token.lower) ||
      (HEDGES.has(token.lower) && !isAdverb(token.lower) && token.lower !== 'to' && words.length > 0)
    )
      break;
    // "on Tuesday", "by March", "last week", "this spring": when, not where.
    if ((PREPOSITIONS.has(token.lower) && isTimePhrase(tokens, i + 1)) || isTimePhrase(tokens, i)) break;
    if (isAdverb(token.lower)) continue;
    words.push(token);
  }
  while (words.length > 0 && (PREPOSITIONS.has(words.at(-1)!.lower) || DETERMINERS.has(words.at(-1)!.lower)))
    words.pop();
  return words.map((token) => token.value).join(' ');
}

/** Every "<Nationality> <people>" mention of a sentence ("North Korean troops"), in order. */
export function mentionsOf(tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  for (let head = 1; head < tokens.length; head++) {
    if (!PERSON_NOUNS.has(tokens[head]!.lower) || isCapitalized(tokens[head])) continue;
    let from = head;
    while (
      from > 0 &&
      isCapitalized(tokens[from - 1]) &&
      tokens[from - 1]!.kind === 'word' &&
      !DETERMINERS.has(tokens[from - 1]!.lower) &&
      !CONJUNCTIONS.has(tokens[from - 1]!.lower) &&
      !PREPOSITIONS.has(tokens[from - 1]!.lower)
    )
      from--;
    if (from === head) continue;
    const modifier = wordsText(tokens, from, head);
    const tail = tailAfter(tokens, head + 1);
    const place = PLACE_PREPOSITIONS.has(tail.split(' ')[0] ?? '') ? ` ${tail}` : '';
    mentions.push({ head, modifier, phrase: `${modifier} ${tokens[head]!.lower}${place}` });
  }
  return mentions;
}

/**
 * The nationality of people counted by a number whose text starts at token `first`: from an
 * agent before it ("North Korea sent 10,000", "Pyongyang's deployment of 11,000"), or else null.
 */
export function agentNationality(tokens: readonly Token[], first: number): string | null {
  const verb = skipLeftHedges(tokens, first - 1);
  const token = tokens[verb];
  if (token === undefined) return null;
  if (AGENT_VERBS.has(token.lower)) {
    const agent = phraseBefore(tokens, verb);
    if (agent === null || !isCapitalized(tokens[agent.to - 1]) || isPronoun(tokens[agent.to - 1])) return null;
    // Only the name at the end of the phrase: "evidence suggests North Korea" -> "North Korea".
    let from = agent.to - 1;
    while (from > agent.from && isCapitalized(tokens[from - 1])) from--;
    // Only a country or its capital gives a nationality ("Pyongyang sent"), not any name before a verb.
    const name = wordsText(tokens, from, agent.to);
    const nationality = demonymOf(name);
    return nationality === name ? null : nationality;
  }
  if (token.lower === 'of' && DEPLOY_NOUNS.has(tokens[verb - 1]?.lower ?? '')) {
    const owner = tokens[verb - 2];
    if (owner !== undefined && isCapitalized(owner) && /['’]s?$/u.test(owner.value)) {
      let from = verb - 2;
      while (from > 0 && isCapitalized(tokens[from - 1]) && tokens[from - 1]!.kind === 'word') from--;
      return demonymOf(stripPossessive(wordsText(tokens, from, verb - 1)));
    }
  }
  return null;
}

/** The counted phrase as written, without modifiers that do not change what is counted. */
export function nounPhrase(tokens: readonly Token[], noun: CountedNoun, nationality: string | null): string {
  const words = tokens
    .slice(noun.from, noun.head + 1)
    .map((token, index) => (index === noun.head - noun.from ? token.lower : token.value));
  while (
    words.length > 1 &&
    ['more', 'additional', 'other', 'extra', 'further', 'new', 'fresh', 'estimated', 'total', 'different'].includes(
      words[0]!.toLowerCase(),
    )
  )
    words.shift();
  const phrase = words.join(' ');
  return nationality !== null && noun.people && !noun.modified ? `${nationality} ${phrase}` : phrase;
}

/** A subject from a base phrase and a tail: "North Korean troops" + "in Russia". */
export function joinSubject(base: string | null, tail: string): string | null {
  const text = [base, tail].filter((part) => part !== null && part !== '').join(' ');
  return text === '' ? null : text;
}
