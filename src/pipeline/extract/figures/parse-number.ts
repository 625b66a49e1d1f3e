/** Number values as news text writes them: "10,000", "1.5 million", "five", "a dozen", "twenty-two". */
import { DOZEN, NUMBER_WORD_VALUES, SCALE_VALUES, TENS_VALUES } from '../../lexicon/number-words.ts';

const UNITS = NUMBER_WORD_VALUES;
const TENS = TENS_VALUES;

/** Multipliers written after a number: "1.5 million", "2bn", "three hundred". */
export const SCALES = SCALE_VALUES;

/** Every number word, as a regular-expression alternation (longest first where it matters). */
export const NUMBER_WORDS_SOURCE = [
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  DOZEN,
]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The value of a numeral written with digits: "10,000" -> 10000, "1.5" -> 1.5; null when malformed. */
export function parseNumeral(text: string): number | null {
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u.test(text)) return null;
  return Number(text.replaceAll(',', ''));
}

/** A value read from number words, with how many of the words it used. */
export interface WordsValue {
  value: number;
  used: number;
}

/**
 * Reads number words from the start of `words` (lower-case, one word each; hyphenated parts
 * split, "and" kept): ["twenty", "five"] -> 25, ["a", "dozen"] -> 12, ["two", "hundred", "and",
 * "fifty", "thousand"] -> 250000. Stops at the first word that does not continue the number.
 */
export function parseNumberWords(words: readonly string[]): WordsValue | null {
  let total = 0;
  let group = 0;
  let used = 0;
  let seen = false;
  let last: 'unit' | 'ten' | 'hundred' | 'scale' | null = null;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const next = words[index + 1];
    if ((word === 'a' || word === 'an') && !seen && next !== undefined && (next === 'dozen' || next in SCALES)) {
      group = 1;
      seen = true;
      last = 'unit';
    } else if (word === 'and' && last === 'hundred' && next !== undefined && (next in UNITS || next in TENS)) {
      // "two hundred and fifty": the "and" belongs to the number.
    } else if (
      word in UNITS &&
      (last === null ||
        last === 'hundred' ||
        last === 'scale' ||
        (last === 'ten' && UNITS[word]! < 10 && UNITS[word]! > 0))
    ) {
      group += UNITS[word]!;
      last = 'unit';
      seen = true;
    } else if (word in TENS && (last === null || last === 'hundred' || last === 'scale')) {
      group += TENS[word]!;
      last = 'ten';
      seen = true;
    } else if (word === 'dozen' && seen && last !== 'scale' && last !== 'hundred') {
      group *= 12;
      last = 'unit';
    } else if (word === 'hundred' && seen && (last === 'unit' || last === 'ten') && group < 100) {
      group *= 100;
      last = 'hundred';
    } else if (word in SCALES && word !== 'hundred' && seen && last !== 'scale') {
      total += group * SCALES[word]!;
      group = 0;
      last = 'scale';
    } else break;
    used = index + 1;
  }
  if (!seen) return null;
  // A trailing "and" is never part of the number.
  if (words[used - 1] === 'and') used--;
  return { value: total + group, used };
}
