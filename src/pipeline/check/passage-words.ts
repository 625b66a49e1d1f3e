/**
 * The words the quote check compares: a quote's words (with the outlet's bracketed insertions and
 * its ellipses marked) and a speaker's words in a primary, with where each stands in the file.
 * Words are compared folded: case, curly apostrophes and compatibility forms aside.
 */
import { tokenize } from '../parse/language/tokenize.ts';
import type { Token } from '../parse/language/types.ts';
import type { TurnPiece } from '../parse/find-turns.ts';

/** A word of a primary: folded, with its line and offsets in the file. */
export interface PrimaryWord {
  word: string;
  line: number;
  start: number;
  end: number;
}

/** A word of a quote, folded; `inserted` when it stands in the outlet's brackets or parentheses. */
export interface QuoteWord {
  word: string;
  /** The word as the quote prints it. */
  raw: string;
  inserted: boolean;
  /** The bracket the word stands in ("[" or "("), or null. */
  bracket: '[' | '(' | null;
  /** True when an ellipsis ("…", "...") stands just before it: the outlet marked an omission there. */
  afterEllipsis: boolean;
}

// What a transcript prints that no one says: "(Laughter.)", "(coughs)", "(inaudible)".
const STAGE_NOTE = /\([^()]{0,40}\)/gu;
const OPENING = new Set(['[', '(']);
const CLOSING = new Set([']', ')']);
const ELLIPSIS = new Set(['…', '...']);

/** One word folded the way quotes are compared: the language layer's lower case, compatibility forms folded. */
export function foldWord(lower: string): string {
  return lower.normalize('NFKC');
}

const isWord = (token: Token) => token.kind === 'word' || token.kind === 'number';

/**
 * The words of a turn's pieces, in order, from the language layer's tokens of their lines (read
 * with spoken repairs blanked), without stage notes.
 */
export function turnWords(
  lines: readonly string[],
  pieces: readonly TurnPiece[],
  tokensOf: (line: number) => readonly Token[],
): PrimaryWord[] {
  const words: PrimaryWord[] = [];
  for (const { line, start, end } of pieces) {
    const text = lines[line]!;
    const notes = text.includes('(')
      ? [...text.matchAll(STAGE_NOTE)].map((m): [number, number] => [m.index, m.index + m[0].length])
      : [];
    for (const token of tokensOf(line)) {
      if (token.start < start || token.start >= end || !isWord(token)) continue;
      if (notes.some(([from, to]) => token.start >= from && token.start < to)) continue;
      words.push({ word: foldWord(token.lower), line, start: token.start, end: token.end });
    }
  }
  return words;
}

/** The words of a quote, with the outlet's brackets and ellipses marked (the language layer's tokens). */
export function quoteWords(quote: string): QuoteWord[] {
  const words: QuoteWord[] = [];
  const open: ('[' | '(')[] = [];
  let ellipsis = false;
  for (const token of tokenize(quote)) {
    if (OPENING.has(token.value)) open.push(token.value as '[' | '(');
    else if (CLOSING.has(token.value)) open.pop();
    else if (ELLIPSIS.has(token.value)) ellipsis = true;
    else if (isWord(token)) {
      const bracket = open[0] ?? null;
      words.push({
        word: foldWord(token.lower),
        raw: token.value,
        inserted: bracket !== null,
        bracket,
        afterEllipsis: ellipsis,
      });
      ellipsis = false;
    }
  }
  return words;
}
