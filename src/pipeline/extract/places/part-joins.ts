/**
 * How two neighbouring word pieces are joined (a space, a hyphen, a dot, an apostrophe) and
 * what their capitals say: the unit that place names are matched on, so "Indo-Pacific",
 * "Indo Pacific" and "U.S." compare piece by piece. The pieces come from the language layer.
 */
import type { WordPart } from '../../parse/language/word-parts.ts';

/** A piece of a word, as place rules read it. */
export type Word = WordPart;

/** What stands between two words of one name: a space, a hyphen, a dot ("U.S."), an apostrophe. */
export type Joiner = ' ' | '-' | '.' | "'";

/** Classifies the characters between two words; null when they cannot belong to one name. */
export function classifyJoiner(between: string): Joiner | null {
  if (/^[ \t\u00a0]{1,2}$/u.test(between)) return ' ';
  if (/^ ?[-\u2010\u2011] ?$/u.test(between)) return '-';
  if (/^\. ?$/u.test(between)) return '.';
  if (/^['\u2019]$/u.test(between)) return "'";
  return null;
}

/** The joiner between word `index` and the next one in `text`, or null. */
export function joinerAfter(text: string, words: readonly Word[], index: number): Joiner | null {
  const left = words[index];
  const right = words[index + 1];
  if (left === undefined || right === undefined) return null;
  return classifyJoiner(text.slice(left.end, right.start));
}

/** True when a word begins with a capital letter. */
export const isCapitalized = (word: Word): boolean => /^\p{Lu}/u.test(word.text);

/** True when a word of two or more letters is written in capitals only ("US", "DPRK"). */
export const isAllCaps = (word: Word): boolean =>
  word.text.length > 1 && word.text === word.text.toUpperCase() && /\p{Lu}/u.test(word.text);

/** Most longer words capitalized: a title-case headline, where capitals say nothing about names. */
export function isTitleCase(words: readonly Word[]): boolean {
  const long = words.filter((word) => word.text.length >= 4);
  return long.length >= 4 && long.filter(isCapitalized).length >= 0.8 * long.length;
}

/** Indexes names by their first folded word, longest and then highest-ranked first: how lines are matched word by word. */
export function indexByFirstWord<T extends { words: readonly string[]; rank: number }>(
  names: Iterable<T>,
): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const name of names) {
    const list = index.get(name.words[0]!);
    if (list === undefined) index.set(name.words[0]!, [name]);
    else list.push(name);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length || b.rank - a.rank);
  return index;
}
