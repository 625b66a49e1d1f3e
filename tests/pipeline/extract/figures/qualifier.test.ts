import { describe, expect, test } from 'vitest';
import { readQualifier } from '../../../../src/pipeline/extract/figures/qualifier.ts';

/** The qualifier of the first "N" in a text, and the qualified text. */
function qualify(text: string): [string, string] {
  const start = text.indexOf('N');
  const found = readQualifier(text, start, start + 1, 0);
  return [found.qualifier, text.slice(found.start, found.end)];
}

describe('readQualifier', () => {
  test('a bare number is exact', () => {
    expect(qualify('sent N troops')).toEqual(['exact', 'N']);
  });
  test('about, around, some, roughly and nearly make a figure approximate', () => {
    for (const word of ['about', 'around', 'some', 'roughly', 'nearly', 'an estimated'])
      expect(qualify(`sent ${word} N troops`)).toEqual(['approx', `${word} N`]);
  });
  test('up to and as many as give a maximum', () => {
    expect(qualify('up to N troops')).toEqual(['max', 'up to N']);
    expect(qualify('As many as N troops')).toEqual(['max', 'As many as N']);
  });
  test('more than, over and at least give a minimum', () => {
    expect(qualify('More than N of them')).toEqual(['min', 'More than N']);
    expect(qualify('over N forces')).toEqual(['min', 'over N']);
    expect(qualify('at least N civilians')).toEqual(['min', 'at least N']);
  });
  test('longer phrases win over the words they contain', () => {
    expect(qualify('no more than N ships')[0]).toBe('max');
    expect(qualify('just over N ships')[0]).toBe('approx');
  });
  test('"or more" after the number gives a minimum and "or so" an approximation', () => {
    expect(qualify('N or more ships')).toEqual(['min', 'N or more']);
    expect(qualify('N or so ships')).toEqual(['approx', 'N or so']);
  });
  test('a qualifier never reaches back into the sentence before', () => {
    const text = 'It was over. N troops came.';
    const start = text.indexOf('N');
    expect(readQualifier(text, start, start + 1, text.indexOf('N')).qualifier).toBe('exact');
  });
});
