/** Words, numbers and punctuation of one sentence, with offsets into its source line. */

/** One token of a sentence. */
export interface Token {
  /** As written. */
  text: string;
  /** Lower-cased, curly apostrophes folded, for word-list look-ups. */
  lower: string;
  /** UTF-16 offsets into the source line. */
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

/** One sentence of a line, tokenized. */
export interface Sentence {
  /** The whole source line. */
  line: string;
  /** Offsets of the sentence in the line. */
  start: number;
  end: number;
  tokens: Token[];
}

// Dotted initialisms ("U.S."), numbers with separators, words with inner apostrophes or
// hyphens ("Kremlin's", "Yong-hyun"), and any other single character as punctuation.
const TOKEN = /(?:\p{Lu}\.){2,}|\d(?:[\d,.]*\d)?|[\p{L}\p{M}]+(?:['’\-‐][\p{L}\p{M}]+)*['’]?|\S/gu;

/** Splits `line.slice(start, end)` into tokens whose offsets index `line`. */
export function tokenize(line: string, start: number, end: number): Sentence {
  const tokens: Token[] = [];
  const text = line.slice(start, end);
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const code = value.charCodeAt(0);
    // Digits, letters (any script: a letter's lower and upper case differ, or it is past ASCII), else punctuation.
    const kind =
      code >= 48 && code <= 57
        ? 'number'
        : value.length > 1 || value.toLowerCase() !== value.toUpperCase()
          ? 'word'
          : 'punct';
    const lower = value.toLowerCase();
    tokens.push({
      text: value,
      lower: lower.includes('’') ? lower.replaceAll('’', "'") : lower,
      start: start + match.index,
      end: start + match.index + value.length,
      kind,
    });
  }
  return { line, start, end, tokens };
}

/** Whether a token starts with a capital letter ("Seoul", "U.S."). */
export const isCapitalized = (token: Token | undefined): boolean => {
  const first = token?.text.charAt(0) ?? '';
  return first !== first.toLowerCase();
};

/** A word without a possessive ending: "Pyongyang’s" -> "Pyongyang". */
export const stripPossessive = (word: string): string => word.replace(/['’]s?$/u, '');

/** The index of the first token that starts at or after `offset` (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The words of tokens `from` (inclusive) to `to` (exclusive), as written, joined by single spaces. */
export function wordsText(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((token) => token.text)
    .join(' ')
    .replace(/\s+([’',.)])/gu, '$1')
    .replace(/([(])\s+/gu, '$1');
}
