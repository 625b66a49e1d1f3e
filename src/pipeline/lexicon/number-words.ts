/**
 * English number words and scales (short scale: a billion is 10^9, as in current English
 * news usage), for reading "twenty-five", "a dozen" and "1.5 million".
 */

/** Number words below twenty and their values. */
export const NUMBER_WORD_VALUES: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** Tens and their values: "twenty" ... "ninety". */
export const TENS_VALUES: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Multipliers written after a number, with the abbreviations news uses: "1.5 million", "2bn", "three hundred". */
export const SCALE_VALUES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
};

/** A dozen: "a dozen", "three dozen". */
export const DOZEN = 'dozen';
