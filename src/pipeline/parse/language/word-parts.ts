/**
 * The pieces of words between their inner marks, for matching names that are written in
 * several ways ("Indo-Pacific" and "Indo Pacific", "U.S." and "US"): "Indo-Pacific" gives Indo
 * and Pacific, "U.S." gives U and S, "Côte d’Ivoire" gives Côte, d and Ivoire.
 */
import { foldAccents } from './fold.ts';
import type { Token } from './types.ts';

/** One piece of a word: letters, marks and digits, with UTF-16 offsets into the line. */
export interface WordPart {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Lower-cased, without accents: "Côte" -> "cote". */
  fold: string;
}

const PART = /[\p{L}\p{M}\p{N}]+/gu;

function partsOf(text: string, offset: number, into: WordPart[]): void {
  for (const match of text.matchAll(PART)) {
    const start = offset + match.index;
    into.push({ start, end: start + match[0].length, text: match[0], fold: foldAccents(match[0]) });
  }
}

/** The pieces of the word and number tokens of a line, in order, with offsets into the line. */
export function wordParts(tokens: readonly Token[]): WordPart[] {
  const parts: WordPart[] = [];
  for (const token of tokens)
    if (token.kind === 'word' || token.kind === 'number') partsOf(token.value, token.start, parts);
  return parts;
}

/** The pieces of a name given as data (a gazetteer entry, a speaker label), the way `wordParts` reads text. */
export function textParts(text: string): WordPart[] {
  const parts: WordPart[] = [];
  partsOf(text, 0, parts);
  return parts;
}
