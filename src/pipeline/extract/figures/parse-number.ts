/** Number values as news text writes them: "10,000", "1.5 million", "five", "a dozen", "twenty-two". */
import {
  DOZEN,
  FRACTION_DENOMINATORS,
  NUMBER_WORD_VALUES,
  SCALE_VALUES,
  TENS_VALUES,
} from '../../lexicon/number-words.ts';

const FRACTIONS = FRACTION_DENOMINATORS;
// "a dozen", "three dozens", and the abbreviations of catalogues ("3 dzs", "five dozs").
const DOZENS: ReadonlySet<string> = new Set([DOZEN, `${DOZEN}s`, 'doz', 'dozs', 'dz', 'dzs']);

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
  'lakh',
  'crore',
  DOZEN,
  `${DOZEN}s`,
  'dozs',
  'dzs',
  ...Object.keys(FRACTIONS),
]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The value of a numeral written with digits: "10,000" -> 10000, "1.5" -> 1.5; null when malformed. */
const VULGAR: Readonly<Record<string, number>> = {
  '½': 1 / 2,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
};

export function parseNumeral(text: string): number | null {
  if (text in VULGAR) return VULGAR[text]!;
  // "40 000", "1 234 567": thousands set apart by spaces.
  if (/^\d{1,3}(?: \d{3})+(?:\.\d+)?$/u.test(text)) return Number(text.replaceAll(' ', ''));
  if (!/^(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)$/u.test(text)) return null;
  return Number(text.replaceAll(',', ''));
}

/** A value read from number words, with how many of the words it used. */
export interface WordsValue {
  value: number;
  used: number;
  /** True for a lone fraction ("a third"), a number only before "of" or at the end of a phrase. */
  fractionOnly?: boolean;
}

/**
 * Reads number words from the start of `words` (lower-case, one word each; hyphenated parts
 * split, "and" kept): ["twenty", "five"] -> 25, ["a", "dozen"] -> 12, ["two", "hundred", "and",
 * "fifty", "thousand"] -> 250000. Stops at the first word that does not continue the number.
 */
export function parseNumberWords(words: readonly string[]): WordsValue | null {
  const [first, second, third] = words;
  const scaleOf = (word: string | undefined) => (word === undefined ? undefined : DOZENS.has(word) ? 12 : SCALES[word]);
  // "half a million", "half a dozen", "half million".
  if (first === 'half') {
    if ((second === 'a' || second === 'an') && scaleOf(third) !== undefined)
      return { value: scaleOf(third)! / 2, used: 3 };
    if (scaleOf(second) !== undefined) return { value: scaleOf(second)! / 2, used: 2 };
    return null;
  }
  if (first === 'quarter' && scaleOf(second) !== undefined) return { value: scaleOf(second)! / 4, used: 2 };
  // "a quarter million", "a third", "one fifth".
  if ((first === 'a' || first === 'an' || first === 'one') && second !== undefined && second in FRACTIONS) {
    const part = 1 / FRACTIONS[second]!;
    if (scaleOf(third) !== undefined) return { value: part * scaleOf(third)!, used: 3 };
    return { value: part, used: 2, fractionOnly: true };
  }
  // "hundred thousand dollars": a scale word opening a number stands for one of it.
  if ((first === 'hundred' || first === 'thousand') && scaleOf(second) !== undefined) {
    const rest = parseWhole(['one', ...words]);
    return rest && { value: rest.value, used: rest.used - 1 };
  }
  const whole = parseWhole(words);
  if (whole === null) return null;
  const at = whole.used;
  const next = words[at];
  // "two thirds", "three quarters billion", "twenty-three fifths".
  if (next !== undefined && next in FRACTIONS && whole.scale === null && Number.isInteger(whole.value)) {
    if (whole.value !== 1 && !next.endsWith('s') && next !== 'half') return { value: whole.value, used: whole.used };
    const part = whole.value / FRACTIONS[next]!;
    const scale = scaleOf(words[at + 1]);
    return scale === undefined ? { value: part, used: at + 1 } : { value: part * scale, used: at + 2 };
  }
  // "one and a half", "five and a half million", "one million and a half", "twenty and three fifths".
  if (next === 'and') {
    const numerator = words[at + 1] === 'a' || words[at + 1] === 'an' ? 1 : UNITS[words[at + 1] ?? ''];
    const fraction = words[at + 2];
    if (numerator !== undefined && fraction !== undefined && fraction in FRACTIONS) {
      const part = numerator / FRACTIONS[fraction]!;
      const after = scaleOf(words[at + 3]);
      // "one billion and a half million": the fraction has a scale of its own.
      if (whole.scale !== null && after !== undefined) return { value: whole.value + part * after, used: at + 4 };
      if (whole.scale !== null) return { value: whole.value + part * whole.scale, used: at + 3 };
      const scale = scaleOf(words[at + 3]);
      return scale === undefined
        ? { value: whole.value + part, used: at + 3 }
        : { value: (whole.value + part) * scale, used: at + 4 };
    }
  }
  return { value: whole.value, used: whole.used };
}

/** A whole number read from words, with the scale its last word applied ("two million": 1e6). */
function parseWhole(words: readonly string[]): (WordsValue & { scale: number | null }) | null {
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
    } else if (
      word === 'and' &&
      (last === 'hundred' || last === 'scale') &&
      next !== undefined &&
      (next in UNITS || next in TENS) &&
      !((words[index + 2] ?? '') in FRACTIONS)
    ) {
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
    } else if (DOZENS.has(word) && seen && last !== 'scale' && last !== 'hundred') {
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
  const lastWord = words[used - 1] ?? '';
  const scale = lastWord in SCALES && lastWord !== 'hundred' ? SCALES[lastWord]! : null;
  return { value: total + group, used, scale };
}
