/**
 * Words of a line with their offsets, and how two neighbouring words are joined: the unit that
 * place names are matched on, so "Indo-Pacific", "Indo Pacific" and "U.S." compare by words.
 */

/** One word of a line: letters and digits, with UTF-16 offsets into the line. */
export interface Word {
  start: number;
  end: number;
  /** The word as written. */
  text: string;
  /** Lower-cased, without accents: "Côte" -> "cote". */
  fold: string;
}

/** What stands between two words of one name: a space, a hyphen, a dot ("U.S."), an apostrophe. */
export type Joiner = ' ' | '-' | '.' | "'";

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Lower-cases a word and strips its accents, for lookups. */
export function foldWord(text: string): string {
  // Most words are plain ASCII: skip the normalization, which costs more than the rest of matching.
  if (/^\p{ASCII}*$/u.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Splits `text` into words, from offset `from` on. */
export function splitWords(text: string, from = 0): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    words.push({ start: match.index, end: match.index + match[0].length, text: match[0], fold: foldWord(match[0]) });
  }
  return words;
}

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
