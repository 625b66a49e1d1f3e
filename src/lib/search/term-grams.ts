/**
 * A prefilter for spelling correction: which vocabulary terms share enough letter pairs
 * (bigrams, the first one anchored at the start of the word) with a query word to be within a
 * few typing mistakes of it. Fuse.js then scores only these few hundred terms instead of the
 * whole vocabulary, which keeps a keystroke well under a frame at ten thousand articles.
 */

/**
 * Letter pairs of a word, each as a number (its two UTF-16 code units), the first pair marked
 * as the start by a 0 in place of a letter: "kursk" -> ^k ku ur rs sk. Numbers rather than
 * strings, so that building the prefilter allocates no strings.
 */
export function bigrams(word: string): number[] {
  const pairs: number[] = [];
  let previous = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const pair = previous * 0x10000 + code;
    if (!pairs.includes(pair)) pairs.push(pair);
    previous = code;
  }
  return pairs;
}

/**
 * For every bigram, the vocabulary terms holding it. Built a slice of the vocabulary at a time
 * (`grow`), so that building it in idle time never holds up a keystroke for long; a correction
 * finishes whatever is left.
 */
export class TermGrams {
  readonly terms: readonly string[];
  private readonly lists = new Map<number, number[]>();
  /** Scratch counts per term, zeroed after each use. */
  readonly counts: Uint16Array;
  /** Terms added so far: those before this index. */
  private built = 0;

  constructor(terms: readonly string[]) {
    this.terms = terms;
    this.counts = new Uint16Array(terms.length);
  }

  /** Adds the next `count` terms; returns whether every term is in. */
  grow(count: number): boolean {
    const end = Math.min(this.terms.length, this.built + count);
    for (let index = this.built; index < end; index++) {
      for (const pair of bigrams(this.terms[index]!)) {
        const list = this.lists.get(pair);
        if (list) list.push(index);
        else this.lists.set(pair, [index]);
      }
    }
    this.built = end;
    return end === this.terms.length;
  }

  /** The terms holding a bigram (the whole vocabulary built first, if it is not yet). */
  holding(pair: number): readonly number[] {
    if (this.built < this.terms.length) this.grow(Infinity);
    return this.lists.get(pair) ?? [];
  }
}

/** Typing mistakes allowed in a word of this length. */
export function allowedEdits(length: number): number {
  return length <= 4 ? 1 : length <= 7 ? 2 : 3;
}

/** Most candidates handed to Fuse.js, the ones sharing the most bigrams. */
const MAX_CANDIDATES = 300;

/**
 * Terms that may be a misspelling's intended word: sharing at least `length - 2 * edits`
 * bigrams (each mistake breaks at most two) and about as long as the word, or, for a word still
 * being typed, at least about as long. Best first, at most `MAX_CANDIDATES`.
 */
export function candidateTerms(grams: TermGrams, word: string, prefix: boolean): number[] {
  const edits = allowedEdits(word.length);
  const pairs = bigrams(word);
  const needed = Math.max(1, pairs.length - 2 * edits);
  const { counts, terms } = grams;
  const touched: number[] = [];
  for (const pair of pairs) {
    for (const index of grams.holding(pair)) {
      if (counts[index] === 0) touched.push(index);
      counts[index]!++;
    }
  }
  const found: number[] = [];
  for (const index of touched) {
    const length = terms[index]!.length;
    const fits = prefix ? length >= word.length - edits : Math.abs(length - word.length) <= edits;
    if (fits && counts[index]! >= needed && terms[index] !== word) found.push(index);
  }
  found.sort((a, b) => counts[b]! - counts[a]!);
  for (const index of touched) counts[index] = 0;
  return found.slice(0, MAX_CANDIDATES);
}
