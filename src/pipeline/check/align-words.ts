/**
 * Lines a quote up with a stretch of a speaker's words: a fitting alignment (the whole quote,
 * any stretch of the primary) with affine gaps (Gotoh 1982), so that a run of skipped sentences
 * costs little more than one skipped word, while each word the outlet added costs in full.
 * Words are compared folded; a word that differs only in its ending ("outfit" / "outfitted")
 * is a change, not an addition.
 */
import type { PrimaryWord, QuoteWord } from './passage-words.ts';

/** One step of an alignment: a quote word and a primary word the same, changed, or one of them alone. */
export type AlignOp =
  | { op: 'same' | 'changed'; quote: number; primary: number }
  | { op: 'added'; quote: number }
  | { op: 'dropped'; primary: number };

/** The best alignment found and its score (higher is better). */
export interface Alignment {
  ops: AlignOp[];
  score: number;
}

// Scores: a shared word is worth two; an added word costs two, a bracketed insertion almost
// nothing; a skipped run of the primary costs four and a half to open (more than a word is
// worth, so that a quote is never made of single words picked here and there) and a tenth a
// word after that, nothing after an ellipsis, which says that something was left out.
const SAME = 2;
// A little less than an added word, so that a last word in place of the primary's reads as a change.
const CHANGED = -1.9;
const CHANGED_ENDING = -0.5;
const ADDED = -2;
const INSERTED = -0.25;
const GAP_OPEN = -4.5;
const GAP_EXTEND = -0.1;
const NONE = -1e9;
const SHARED_STEM = 4;

/** Whether two different words are one word with another ending ("outfit", "outfitted"; "provide", "provided"). */
function sameStem(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < length && a[shared] === b[shared]) shared++;
  return shared >= SHARED_STEM || (shared >= 3 && shared === length);
}

function pairScore(quote: QuoteWord, primary: PrimaryWord): number {
  if (quote.word === primary.word) return SAME;
  if (quote.inserted) return INSERTED;
  return sameStem(quote.word, primary.word) ? CHANGED_ENDING : CHANGED;
}

/**
 * Aligns all of `quote` with the best-fitting stretch of `primary`. O(quote × primary): the
 * caller hands it a window around the likeliest place, not a whole transcript.
 */
export function alignWords(quote: readonly QuoteWord[], primary: readonly PrimaryWord[]): Alignment {
  const m = quote.length;
  const n = primary.length;
  const width = n + 1;
  // M: ends with a pair; X: ends with a quote word alone; Y: ends with a primary word skipped inside the quote.
  const M = new Float64Array((m + 1) * width).fill(NONE);
  const X = new Float64Array((m + 1) * width).fill(NONE);
  const Y = new Float64Array((m + 1) * width).fill(NONE);
  const at = (i: number, j: number) => i * width + j;
  const before = (i: number, j: number) => (i === 0 ? 0 : Math.max(M[at(i, j)]!, X[at(i, j)]!, Y[at(i, j)]!));
  const added = (i: number) => (quote[i]!.inserted ? INSERTED : ADDED);
  // A gap between quote words i-1 and i: free where the outlet printed an ellipsis.
  const open = (i: number) => (quote[i]?.afterEllipsis ? 0 : GAP_OPEN);
  const extend = (i: number) => (quote[i]?.afterEllipsis ? 0 : GAP_EXTEND);

  for (let i = 1; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      if (j > 0) M[at(i, j)] = before(i - 1, j - 1) + pairScore(quote[i - 1]!, primary[j - 1]!);
      X[at(i, j)] = before(i - 1, j) + added(i - 1);
      if (j > 0 && i < m)
        Y[at(i, j)] = Math.max(M[at(i, j - 1)]! + open(i), X[at(i, j - 1)]! + open(i), Y[at(i, j - 1)]! + extend(i));
    }
  }
  let end = 0;
  for (let j = 1; j <= n; j++)
    if (Math.max(M[at(m, j)]!, X[at(m, j)]!) > Math.max(M[at(m, end)]!, X[at(m, end)]!)) end = j;
  const score = m === 0 ? 0 : Math.max(M[at(m, end)]!, X[at(m, end)]!);

  // Trace back from the best end; ties prefer pairs, then added words.
  const ops: AlignOp[] = [];
  let i = m;
  let j = end;
  let state: 'M' | 'X' | 'Y' = M[at(m, end)]! >= X[at(m, end)]! ? 'M' : 'X';
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  const from = (i2: number, j2: number, value: number): 'M' | 'X' | 'Y' =>
    close(M[at(i2, j2)]!, value) ? 'M' : close(X[at(i2, j2)]!, value) ? 'X' : 'Y';
  while (i > 0) {
    if (state === 'M') {
      const pair = pairScore(quote[i - 1]!, primary[j - 1]!);
      ops.push({ op: pair === SAME ? 'same' : 'changed', quote: i - 1, primary: j - 1 });
      const previous = M[at(i, j)]! - pair;
      i--;
      j--;
      if (i > 0) state = from(i, j, previous);
    } else if (state === 'X') {
      ops.push({ op: 'added', quote: i - 1 });
      const previous = X[at(i, j)]! - added(i - 1);
      i--;
      if (i > 0) state = from(i, j, previous);
    } else {
      ops.push({ op: 'dropped', primary: j - 1 });
      const value = Y[at(i, j)]!;
      j--;
      state = close(M[at(i, j)]! + open(i), value) ? 'M' : close(X[at(i, j)]! + open(i), value) ? 'X' : 'Y';
    }
  }
  return { ops: ops.reverse(), score };
}
