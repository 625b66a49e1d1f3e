/**
 * The words the comparison rules compare, read from the language layer's tokens: folded,
 * contractions expanded, lightly stemmed.
 */
import { CONTRACTIONS, STOP_WORDS } from '../lexicon/grammar-words.ts';
import { wordSet } from '../lexicon/word-set.ts';
import { tokenize } from '../parse/language/tokenize.ts';

const STOPWORDS = wordSet(STOP_WORDS);

// English contractions by their ending, as patterns: "n't" -> " not".
const CONTRACTION_PATTERNS: readonly (readonly [RegExp, string])[] = CONTRACTIONS.map(
  ([ending, expansion]) => [new RegExp(`${ending}\\b`, 'g'), expansion] as const,
);

/** Folds a lower-case token for comparison: compatibility forms, curly quotes and dashes, English contractions expanded. */
function foldToken(lower: string): string {
  let folded = lower.normalize('NFKC').replace(/[‘’`]/g, "'").replace(/[“”„]/g, '"').replace(/[‐-―]/g, '-');
  for (const [pattern, replacement] of CONTRACTION_PATTERNS) folded = folded.replace(pattern, replacement);
  return folded;
}

// The comparable pieces of a folded token: letters and digits, joined by inner hyphens and apostrophes.
const PIECE = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

/** A crude English stem: enough to match "troops"/"troop", "countries"/"country", "moved"/"move". */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('es') && /(ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

// Claims repeat their texts (syndicated copies, one speaker's name on many quotes): each is read once.
const cache = new Map<string, readonly string[]>();

/** The words of a text, folded, in order (numbers kept, punctuation dropped): "U.S. didn't" -> u, s, did, not. */
export function words(text: string): readonly string[] {
  let found = cache.get(text);
  if (found !== undefined) return found;
  const list: string[] = [];
  for (const token of tokenize(text))
    if (token.kind === 'word' || token.kind === 'number')
      for (const [piece] of foldToken(token.lower).matchAll(PIECE)) list.push(piece);
  if (cache.size > 50_000) cache.clear();
  cache.set(text, (found = list));
  return found;
}

/** The content words of a text, stemmed, as a set: what two wordings must share to be the same statement. */
export function contentStems(text: string): Set<string> {
  return new Set(
    words(text)
      .filter((word) => !STOPWORDS.has(word))
      .map(stem),
  );
}

/** How much of the smaller set the other contains (0..1), and how many items they share. */
export function overlap(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
): { shared: number; containment: number; jaccard: number } {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  const smaller = Math.min(a.size, b.size);
  const union = a.size + b.size - shared;
  return { shared, containment: smaller === 0 ? 0 : shared / smaller, jaccard: union === 0 ? 0 : shared / union };
}
