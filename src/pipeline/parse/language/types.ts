/**
 * The language layer's data: every block of an article tree carries its sentences, and every
 * sentence its tokens, with UTF-16 offsets into the block's source line. Made once by the
 * parser (`annotateLanguage`), read by every collector, never changed after.
 */

/** What a token is: letters (a word), a numeral, a punctuation mark, or another symbol ("$", "%", "+"). */
export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol';

/** One token of a sentence. White space is never a token: the gap between two is `line.slice(a.end, b.start)`. */
export interface Token {
  /** As written: `line.slice(start, end)`. */
  value: string;
  /** Lower-cased with curly apostrophes folded to straight ones ("Kremlin’s" -> "kremlin's"), for word-list look-ups. */
  lower: string;
  kind: TokenKind;
  /** UTF-16 offsets into the source line. */
  start: number;
  end: number;
}

/** One sentence of a line, with its tokens in order. */
export interface Sentence {
  /** UTF-16 offsets into the source line, without trailing white space. */
  start: number;
  end: number;
  tokens: Token[];
}

/** What the language layer adds to a block's `data`. */
export interface LanguageData {
  /**
   * The block's sentences in order. An interview turn's speaker label ("Dr. Carter: ") is a
   * sentence of its own, so the speech's sentences start at `speechStart`.
   */
  sentences: Sentence[];
}

// Language data lives on mdast's base `Data`, beside the block facts of `../types.ts`.
declare module 'mdast' {
  // An interface (not a type alias) so that it merges with mdast's own `Data`.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Data extends Partial<LanguageData> {}
}
