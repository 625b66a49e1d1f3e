import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../../src/pipeline/parse/language/tokenize.ts';

/** Tokens as `kind:value`, for reading. */
const read = (text: string) => tokenize(text).map((token) => `${token.kind}:${token.value}`);

describe('tokenize', () => {
  test('keeps numerals with their thousands separators and decimals whole', () => {
    expect(read('1,000 troops, 7.1 million meals and 12,000.5 tarps')).toEqual([
      'number:1,000',
      'word:troops',
      'punctuation:,',
      'number:7.1',
      'word:million',
      'word:meals',
      'word:and',
      'number:12,000.5',
      'word:tarps',
    ]);
  });

  test('does not join numbers that a comma and a space separate', () => {
    expect(read('In 2020, 300 people')).toEqual([
      'word:In',
      'number:2020',
      'punctuation:,',
      'number:300',
      'word:people',
    ]);
  });

  test('separates a currency sign and the letters glued to a numeral', () => {
    expect(read('$10 million, 50km and 2.5m')).toEqual([
      'symbol:$',
      'number:10',
      'word:million',
      'punctuation:,',
      'number:50',
      'word:km',
      'word:and',
      'number:2.5',
      'word:m',
    ]);
  });

  test('reads a numeral joined by a hyphen as the numeral, the hyphen and the word', () => {
    expect(read('a 10,000-strong force, 1,000-5,000 people')).toEqual([
      'word:a',
      'number:10,000',
      'punctuation:-',
      'word:strong',
      'word:force',
      'punctuation:,',
      'number:1,000',
      'punctuation:-',
      'number:5,000',
      'word:people',
    ]);
  });

  test('keeps hyphenated names, possessives, initialisms and codes whole', () => {
    expect(read('Kim Yong-hyun, the Kremlin’s plan, U.S. forces, F-16s')).toEqual([
      'word:Kim',
      'word:Yong-hyun',
      'punctuation:,',
      'word:the',
      'word:Kremlin’s',
      'word:plan',
      'punctuation:,',
      'word:U.S.',
      'word:forces',
      'punctuation:,',
      'word:F-16s',
    ]);
  });

  test('reads a compound joined by an invisible word joiner as one word, as with a plain hyphen', () => {
    expect(read('Biden-\u2060Harris Continues')).toEqual(['word:Biden-\u2060Harris', 'word:Continues']);
  });

  test('gives offsets into the text and a lower-case form with straight apostrophes', () => {
    const text = '“He said,” Kremlin’s aide.';
    for (const token of tokenize(text, 1, 20)) expect(text.slice(token.start, token.end)).toBe(token.value);
    expect(tokenize(text).find((token) => token.value === 'Kremlin’s')?.lower).toBe("kremlin's");
    expect(tokenize(text, 1, 8).map((token) => token.value)).toEqual(['He', 'said']);
  });
});
