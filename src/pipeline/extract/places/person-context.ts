/**
 * Telling people from places: "Lloyd Austin", "President Vladimir Putin" and "Dr. Carter" are
 * people even though Austin and Vladimir are cities. A city name is a person when a title
 * stands before it, when a given name does, or when the article names a person with that word
 * anywhere else ("Austin said" after "Lloyd Austin").
 */
import { TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations.ts';
import { MONTHS, WEEKDAYS } from '../../lexicon/time-words.ts';
import { COURTESY_TITLES, NAME_HONORIFICS, TITLES as TITLE_LIST } from '../../lexicon/titles.ts';
import type { TextBlock } from '../blocks.ts';
import { textParts } from '../../parse/language/word-parts.ts';
import { isAllCaps, isCapitalized, isTitleCase, type Word } from './part-joins.ts';

/** Titles, honorifics and their abbreviations written before a name (folded, without full stops). */
export const TITLES: ReadonlySet<string> = new Set(
  [...TITLE_LIST, ...NAME_HONORIFICS, ...COURTESY_TITLES, ...TITLE_ABBREVIATIONS].map((word) =>
    word.replace(/\.$/u, ''),
  ),
);

/** Capitalized words that are not names even before a place: articles, prepositions, days, directions. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  'the',
  'a',
  'an',
  'in',
  'at',
  'on',
  'of',
  'for',
  'from',
  'to',
  'into',
  'by',
  'with',
  'without',
  'near',
  'as',
  'and',
  'but',
  'or',
  'nor',
  'so',
  'yet',
  'if',
  'when',
  'while',
  'where',
  'after',
  'before',
  'since',
  'during',
  'despite',
  'across',
  'around',
  'through',
  'throughout',
  'toward',
  'towards',
  'via',
  'inside',
  'outside',
  'beyond',
  'between',
  'among',
  'against',
  'under',
  'over',
  'about',
  'like',
  'unlike',
  'also',
  'both',
  'even',
  'only',
  'then',
  'meanwhile',
  'however',
  'still',
  'now',
  'today',
  'yesterday',
  'tomorrow',
  'last',
  'next',
  'this',
  'that',
  'these',
  'those',
  'such',
  'every',
  'each',
  'all',
  'some',
  'many',
  'most',
  'other',
  'another',
  'here',
  'there',
  'why',
  'how',
  'what',
  'who',
  'which',
  'whose',
  'not',
  'no',
  'yes',
  'is',
  'was',
  'will',
  'would',
  'can',
  'could',
  'did',
  'does',
  'has',
  'greater',
  'downtown',
  'occupied',
  'annexed',
  'besieged',
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'east',
  'west',
  'north',
  'south',
]);

/** Per article: the words of its lower-case vocabulary and the words known to be parts of people's names. */
export interface ArticleContext {
  /** Every word the article writes in lower case somewhere: such a word is no given name. */
  lowercase: ReadonlySet<string>;
  /** Folded words of people's names found in the article. */
  people: Set<string>;
}

/** Collects the lower-case vocabulary of some texts, given as their words. */
export function lowercaseVocabulary(texts: readonly (readonly Word[])[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const words of texts) for (const word of words) if (!isCapitalized(word)) vocabulary.add(word.fold);
  return vocabulary;
}

/** True when `word` can be a given name or another part of a person's name. */
export function isNameLike(word: Word, context: ArticleContext): boolean {
  if (!isCapitalized(word) || (isAllCaps(word) && word.text.length > 1)) return false;
  if (TITLES.has(word.fold) || FUNCTION_WORDS.has(word.fold) || context.lowercase.has(word.fold)) return false;
  return !/(?:ing|ly)$/u.test(word.fold);
}

/**
 * The words of people's names that follow a title: "Defense Minister Kim Yong-hyun" gives
 * kim, yong, hyun; "Dr. Emily Carter" gives emily, carter. Up to four capitalized words.
 */
export function namesAfterTitles(block: Pick<TextBlock, 'text' | 'role'>, words: readonly Word[]): string[] {
  const { text } = block;
  const found: string[] = [];
  // In a title-case headline every word is capitalized: "Mayor Visits Moscow" names no one.
  if (block.role !== 'paragraph' && block.role !== 'turn' && isTitleCase(words)) return found;
  for (let index = 0; index < words.length; index++) {
    const title = words[index]!;
    if (!isCapitalized(title) || !TITLES.has(title.fold)) continue;
    for (let next = index + 1; next <= index + 4; next++) {
      const word = words[next];
      const before = words[next - 1]!;
      if (word === undefined || !isCapitalized(word) || TITLES.has(word.fold) || FUNCTION_WORDS.has(word.fold)) break;
      const between = text.slice(before.end, word.start);
      if (!/^(?:\.? |-)$/u.test(between)) break;
      found.push(word.fold);
    }
  }
  return found;
}

/** The folded words of a name such as an interview speaker label ("Dr. Carter" -> carter). */
export function nameWords(name: string): string[] {
  return textParts(name)
    .filter((word) => isCapitalized(word) && !TITLES.has(word.fold))
    .map((word) => word.fold);
}
