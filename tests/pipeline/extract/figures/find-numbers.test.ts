import { describe, expect, test } from 'vitest';
import { findNumbers } from '../../../../src/pipeline/extract/figures/find-numbers.ts';

/** The numbers of a sentence as [written text, value, unit]. */
const numbers = (text: string) =>
  findNumbers(text, 0, text.length).map((found) => [text.slice(found.start, found.unitEnd), found.value, found.unit]);

describe('findNumbers', () => {
  test('counts written with digits, scale words and number words are found', () => {
    expect(numbers('They sent 10,000 troops, 1.5 million shells and five tanks.')).toEqual([
      ['10,000', 10000, null],
      ['1.5 million', 1500000, null],
      ['five', 5, null],
    ]);
  });
  test('a distance with its conversion in brackets is one number', () => {
    expect(numbers('stationed 50km (30 miles) away')).toEqual([['50km (30 miles)', 50, 'km']]);
    expect(numbers('about 12 kilometres (7.5 miles) from')).toEqual([['12 kilometres (7.5 miles)', 12, 'km']]);
  });
  test('percentages and money carry their unit', () => {
    expect(numbers('10% and 12 per cent of $2.5 billion')).toEqual([
      ['10%', 10, '%'],
      ['12 per cent', 12, '%'],
      ['$2.5 billion', 2500000000, 'dollars'],
    ]);
  });
  test('years and dates are not figures', () => {
    expect(numbers('since February 2022, on March 3, 2023, in 1953 and in the 2024 election')).toEqual([]);
  });
  test('a four-digit number before a plural noun is a count, not a year', () => {
    expect(numbers('up to 1500 troops')).toEqual([['1500', 1500, null]]);
  });
  test('ordinals, times, durations and model names are not figures', () => {
    expect(
      numbers(
        'the 56th brigade, the seventh test, at 10:30, at 3 p.m., after three days, over the past two years, G-7, F-16, 5G',
      ),
    ).toEqual([]);
  });
  test('durations that are claims are figures: a term, a moratorium, a deadline', () => {
    expect(
      numbers('a 90-day moratorium; sentenced to 16 years; paid in less than 24 hours; nine years in prison'),
    ).toEqual([
      ['90-day', 90, 'days'],
      ['16 years', 16, 'years'],
      ['24 hours', 24, 'hours'],
      ['nine years', 9, 'years'],
    ]);
  });
  test('"one of" and "the two leaders" are not counts', () => {
    expect(numbers('one of the few allies; the two leaders; no one came')).toEqual([]);
  });
  test('"one" before a counted noun is a count', () => {
    expect(numbers('one soldier stayed')).toEqual([['one', 1, null]]);
  });
  test('numbers that name things are left out', () => {
    expect(numbers('under Article 5 and Resolution 2231, the Group of Seven and the Five Eyes')).toEqual([]);
  });
  test('ages are kept with the unit years old', () => {
    expect(numbers('a 25-year-old pilot')).toEqual([['25-year-old', 25, 'years old']]);
  });
});
