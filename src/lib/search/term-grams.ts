/**
 * A prefilter for spelling correction: which vocabulary terms share enough letter pairs
 * (bigrams, the first one anchored at the start of the word) with a query word to be within a
 * few typing mistakes of it. Fuse.js then scores only these few hundred terms instead of the
 * whole vocabulary, which keeps a keystroke well under a frame at ten thousand articles.
 */

/** Letter pairs of a word, the first marked as the start: "kursk" -> ^k ku ur rs sk. */
export function bigrams(word: string): string[] {
  const padded = `^${word}`;
  const pairs = new Set<string>();
  for (let i = 0; i < padded.length - 1; i++) pairs.add(padded.slice(i, i + 2));
  return [...pairs];
}

/** For every bigram, the vocabulary terms holding it; built once, on the first correction. */
export class TermGrams {
  readonly terms: readonly string[];
  readonly lists = new Map<string, number[]>();
  /** Scratch counts per term, zeroed after each use. */
  readonly counts: Uint16Array;

  constructor(terms: readonly string[]) {
    this.terms = terms;
    this.counts = new Uint16Array(terms.length);
    terms.forEach((term, index) => {
      for (const pair of bigrams(term)) {
        let list = this.lists.get(pair);
        if (!list) this.lists.set(pair, (list = []));
        list.push(index);
      }
    });
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
    for (const index of grams.lists.get(pair) ?? []) {
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
