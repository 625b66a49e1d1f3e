import { describe, expect, test } from 'vitest';
import { parseNumberWords, parseNumeral } from '../../../../src/pipeline/extract/figures/parse-number.ts';

const words = (text: string) => parseNumberWords(text.split(/[\s-]+/u));

describe('parseNumeral', () => {
  test('digits with thousands separators read as one number', () => {
    expect(parseNumeral('10,000')).toBe(10000);
    expect(parseNumeral('300,000')).toBe(300000);
  });
  test('a decimal point is kept', () => {
    expect(parseNumeral('1.5')).toBe(1.5);
  });
  test('misplaced separators are not a number', () => {
    expect(parseNumeral('1,00')).toBeNull();
    expect(parseNumeral('10,0000')).toBeNull();
  });
});

describe('parseNumberWords', () => {
  test('single number words read as their value', () => {
    expect(words('five')).toEqual({ value: 5, used: 1 });
    expect(words('twelve')).toEqual({ value: 12, used: 1 });
  });
  test('tens and units join with a hyphen or a space', () => {
    expect(words('twenty-two')?.value).toBe(22);
    expect(words('ninety nine')?.value).toBe(99);
  });
  test('a dozen is twelve and two dozen is twenty-four', () => {
    expect(words('a dozen')?.value).toBe(12);
    expect(words('two dozen')?.value).toBe(24);
  });
  test('hundreds, thousands and millions multiply, with "and" after hundred', () => {
    expect(words('two hundred and fifty thousand')?.value).toBe(250000);
    expect(words('a thousand')?.value).toBe(1000);
    expect(words('three million')?.value).toBe(3000000);
    expect(words('one hundred thousand')?.value).toBe(100000);
  });
  test('reading stops at the first word that does not continue the number', () => {
    expect(words('five and six')).toEqual({ value: 5, used: 1 });
    expect(words('two bases')).toEqual({ value: 2, used: 1 });
  });
  test('words that are not numbers give nothing', () => {
    expect(words('dozens')).toBeNull();
    expect(words('a few')).toBeNull();
  });
});

describe('parseNumberWords with fractions and dozens', () => {
  test.each([
    [['half', 'a', 'million'], 500_000],
    [['five', 'and', 'a', 'half', 'million'], 5_500_000],
    [['two', 'thirds'], 2 / 3],
    [['three', 'dozen'], 36],
    [['a', 'quarter', 'million'], 250_000],
    [['one', 'million', 'and', 'a', 'half'], 1_500_000],
    [['hundred', 'thousand'], 100_000],
    [['two', 'thousand', 'and', 'two', 'hundred'], 2200],
  ])('%j reads as %d', (words, value) => {
    expect(parseNumberWords(words)?.value).toBeCloseTo(value, 6);
  });

  test('an ordinal alone is not a number', () => {
    expect(parseNumberWords(['seventh'])).toBeNull();
    expect(parseNumberWords(['third'])).toBeNull();
  });
});
