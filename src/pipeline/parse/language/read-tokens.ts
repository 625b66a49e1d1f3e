/** Small readers over tokens, shared by the collectors: where a token is, how it is written, how tokens read as text. */
import type { Sentence, Token } from './types.ts';

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

/** Whether a token starts with a capital letter ("Seoul", "U.S."). */
export const isCapitalized = (token: Token | undefined): boolean => {
  const first = token?.value.charAt(0) ?? '';
  return first !== first.toLowerCase();
};

/** Whether a token is a mark rather than a word or a numeral: punctuation or a symbol. */
export const isMark = (token: Token | undefined): boolean =>
  token !== undefined && (token.kind === 'punctuation' || token.kind === 'symbol');

/** A word without a possessive ending: "Pyongyang’s" -> "Pyongyang". */
export const stripPossessive = (word: string): string => word.replace(/['’]s?$/u, '');

/** The tokens `from` (inclusive) to `to` (exclusive), as written, joined by single spaces and tidied around marks. */
export function wordsText(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((token) => token.value)
    .join(' ')
    .replace(/\s+([’',.)])/gu, '$1')
    .replace(/([(])\s+/gu, '$1');
}

/** Every token of some sentences (a whole line's), in order. */
export function tokensOfSentences(sentences: readonly Sentence[]): Token[] {
  return sentences.length === 1 ? sentences[0]!.tokens : sentences.flatMap((sentence) => sentence.tokens);
}
