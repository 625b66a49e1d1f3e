/**
 * The index's vocabulary, and what a query word stands for in it: the word itself, the words
 * it begins while it is still being typed, and its corrections when it is misspelled (Fuse.js
 * scoring a prefiltered few hundred terms, plus spellings with two letters swapped, looked up
 * as they are).
 */
import Fuse from 'fuse.js/basic';
import { EXPANSION_WEIGHT, LIMITS, TERM_FUSE_OPTIONS } from './options.ts';
import type { QueryTerm } from './query.ts';
import { candidateTerms, TermGrams } from './term-grams.ts';

/** A vocabulary term a query word stands for, and how much a match on it counts (0..1). */
export interface Expansion {
  index: number;
  weight: number;
}

/** Terms added to the correction prefilter per warm-up step (about a millisecond's work). */
const GRAMS_SLICE = 1000;

/** How far, in Fuse.js score, a word is from its spelling with two letters swapped: as one wrong letter in five. */
const SWAP_DISTANCE = 0.2;

/** The position of the first term not below `term` in the sorted vocabulary. */
export function lowerBound(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]! < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The sorted vocabulary, how many documents hold each term, and the expansions of query words. */
export class Vocabulary {
  readonly terms: readonly string[];
  readonly df: readonly number[];
  private readonly docCount: number;
  private readonly cache = new Map<string, Expansion[]>();
  private readonly grams: TermGrams;

  constructor(terms: readonly string[], df: readonly number[], docCount: number) {
    this.terms = terms;
    this.df = df;
    this.docCount = docCount;
    this.grams = new TermGrams(terms);
  }

  /** The terms a query word stands for: itself, its completions, its corrections. */
  expand(query: QueryTerm): Expansion[] {
    const key = `${query.prefix ? '*' : '='}${query.term}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const { terms, df } = this;
    const found = new Map<number, number>();
    const exact = lowerBound(terms, query.term);
    if (terms[exact] === query.term) found.set(exact, 1);
    if (query.prefix && query.term.length >= LIMITS.prefixMinLength) {
      const end = lowerBound(terms, `${query.term}\uffff`);
      const completions: number[] = [];
      for (let index = exact; index < end; index++) if (terms[index] !== query.term) completions.push(index);
      completions.sort((a, b) => df[b]! - df[a]!);
      // While a word is being typed, the commoner a word it may become, the likelier: "ki" is
      // more likely "kim" (in thousands of documents) than "ki" itself or a rare "kimaran".
      const top = Math.max(found.has(exact) ? df[exact]! : 0, completions.length > 0 ? df[completions[0]!]! : 0);
      const likelihood = (index: number) => 0.5 + 0.5 * Math.sqrt(df[index]! / top);
      if (found.has(exact)) found.set(exact, likelihood(exact));
      // The most frequent completions, within a budget of postings: a short prefix ("no") then
      // fetches and scores "north", not also every rarer word that starts the same way.
      let budget = Math.max(LIMITS.prefixPostings, this.docCount * LIMITS.prefixPostingsShare);
      for (const index of completions.slice(0, LIMITS.prefixExpansions)) {
        if (budget <= 0) break;
        budget -= df[index]!;
        found.set(
          index,
          EXPANSION_WEIGHT.prefix * (0.6 + (0.4 * query.term.length) / terms[index]!.length) * likelihood(index),
        );
      }
    }
    if (query.fuzzy) {
      // A word found as typed is corrected only towards a far more common word: "austen" may be
      // a name in its own right, but when it is rare and "austin" is everywhere, the reader likely
      // meant Austin. Otherwise corrections would only add noise ("north" -> "south").
      const exactDf = found.has(exact) ? df[exact]! : 0;
      for (const [index, weight] of this.corrections(query)) {
        if (!found.has(index) && (exactDf === 0 || df[index]! >= 10 * exactDf)) found.set(index, weight);
      }
    }
    const result = [...found].map(([index, weight]) => ({ index, weight }));
    if (this.cache.size > 500) this.cache.clear();
    this.cache.set(key, result);
    return result;
  }

  /**
   * Terms close to a misspelled word: a cheap n-gram prefilter, then Fuse.js scores them. Two
   * swapped letters ("Krusk", "Kiyv") are two errors to Fuse's Bitap matcher, too many in a
   * short word, so the swapped spellings are also looked up as they are.
   */
  private corrections(query: QueryTerm): [index: number, weight: number][] {
    const { terms } = this;
    const scored: [index: number, distance: number][] = [];
    for (const index of this.swapped(query))
      scored.push([
        index,
        SWAP_DISTANCE + (query.prefix ? 0 : Math.max(0, terms[index]!.length - query.term.length) * 0.08),
      ]);
    const candidates = candidateTerms(this.grams, query.term, query.prefix);
    const fuse = new Fuse(
      candidates.map((index) => terms[index]!),
      TERM_FUSE_OPTIONS,
    );
    for (const result of fuse.search(query.term, { limit: LIMITS.fuzzyExpansions * 3 })) {
      const term = terms[candidates[result.refIndex]!]!;
      // Bitap matches inside longer words; a whole word should also be about as long as the query.
      const lengthPenalty = query.prefix
        ? Math.max(0, query.term.length - term.length) * 0.1
        : Math.abs(term.length - query.term.length) * 0.08;
      const distance = (result.score ?? 1) + lengthPenalty;
      if (distance <= TERM_FUSE_OPTIONS.threshold) scored.push([candidates[result.refIndex]!, distance]);
    }
    scored.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    // Only corrections about as close as the closest: "austen" is Austin, not also "augment".
    const closest = scored[0]?.[1] ?? 0;
    const seen = new Set<number>();
    return scored
      .filter(
        ([index, distance]) => distance <= closest + LIMITS.correctionSpread && !seen.has(index) && seen.add(index),
      )
      .slice(0, LIMITS.fuzzyExpansions)
      .map(([index, distance]) => [index, EXPANSION_WEIGHT.fuzzy * (1 - distance)]);
  }

  /** Terms spelled as the word with two neighbouring letters swapped (or, for a word being typed, starting so). */
  private swapped(query: QueryTerm): number[] {
    const { terms } = this;
    const found: number[] = [];
    const word = query.term;
    for (let i = 0; i < word.length - 1; i++) {
      if (word[i] === word[i + 1]) continue;
      const variant = `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
      const at = lowerBound(terms, variant);
      if (terms[at] === variant) found.push(at);
      else if (query.prefix)
        for (let next = at; next < at + 3 && terms[next]?.startsWith(variant); next++) found.push(next);
    }
    return found;
  }

  /**
   * Warm-up steps: `once`, those that build the correction prefilter a slice of the vocabulary
   * at a time; `round`, one that corrects a made-up word (run again and again).
   */
  warmUp(): WarmUp {
    let round = 0;
    const words = ['warmup', 'harbuor', 'travelers', 'ferri'];
    const slices = Math.ceil(this.terms.length / GRAMS_SLICE);
    return {
      once: Array.from({ length: slices }, () => () => void this.grams.grow(GRAMS_SLICE)),
      round: [
        () => void this.corrections({ term: words[round++ % words.length]!, prefix: round % 2 === 0, fuzzy: true }),
      ],
    };
  }
}

/** Steps that warm up the search code in idle time, each short: some run once, the others round after round. */
export interface WarmUp {
  once: (() => void)[];
  round: (() => void)[];
}
