/**
 * The words the quote check compares: a quote's words (with the outlet's bracketed insertions and
 * its ellipses marked) and a speaker's words in a primary, with where each stands in the file.
 * Words are compared folded: case, curly apostrophes and compatibility forms aside.
 */
import { repairRanges } from '../parse/transcript-repairs.ts';
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

// Words with inner hyphens, apostrophes and number punctuation: "jump-start", "we're", "10,000", "U.S".
const WORD = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu;
// What a transcript prints that no one says: "(Laughter.)", "(coughs)", "(inaudible)".
const STAGE_NOTE = /\([^()]{0,40}\)/gu;

/** One word folded the way quotes are compared: lower case, straight apostrophes, compatibility forms. */
export function foldWord(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/[‘’`]/gu, "'");
}

/** The words of a turn's pieces, in order, without spoken repairs and stage notes. */
export function turnWords(lines: readonly string[], pieces: readonly TurnPiece[]): PrimaryWord[] {
  const words: PrimaryWord[] = [];
  for (const { line, start, end } of pieces) {
    const text = lines[line]!;
    const skipped = [
      ...repairRanges(text),
      ...[...text.matchAll(STAGE_NOTE)].map((m): [number, number] => [m.index, m.index + m[0].length]),
    ];
    WORD.lastIndex = start;
    for (let match = WORD.exec(text); match !== null && match.index < end; match = WORD.exec(text)) {
      const at = match.index;
      if (skipped.some(([from, to]) => at >= from && at < to)) continue;
      words.push({ word: foldWord(match[0]), line, start: at, end: Math.min(at + match[0].length, end) });
    }
  }
  return words;
}

/** The words of a quote, with brackets and ellipses marked. */
export function quoteWords(quote: string): QuoteWord[] {
  const words: QuoteWord[] = [];
  const open: ('[' | '(')[] = [];
  let ellipsis = false;
  // Walk brackets, ellipses and words in order.
  for (const match of quote.matchAll(/[[(]|[\])]|…|\.{3}|[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu)) {
    const token = match[0];
    if (token === '[' || token === '(') open.push(token);
    else if (token === ']' || token === ')') open.pop();
    else if (token === '…' || token === '...') ellipsis = true;
    else {
      const bracket = open[0] ?? null;
      words.push({ word: foldWord(token), raw: token, inserted: bracket !== null, bracket, afterEllipsis: ellipsis });
      ellipsis = false;
    }
  }
  return words;
}
