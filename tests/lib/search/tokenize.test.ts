import { describe, expect, test } from 'vitest';
import { foldTerm, indexTerms, words } from '../../../src/lib/search/tokenize.ts';

describe('foldTerm', () => {
  test('lower-cases, removes accents, apostrophes, hyphens and thousands separators', () => {
    expect(foldTerm('Kursk')).toBe('kursk');
    expect(foldTerm('Zürich')).toBe('zurich');
    expect(foldTerm('co-belligerents')).toBe('cobelligerents');
    expect(foldTerm('Kremlin’s')).toBe('kremlins');
    expect(foldTerm('11,000')).toBe('11000');
    expect(foldTerm('2.5')).toBe('2.5');
  });

  test('keeps at most 32 characters, the longest pattern Fuse.js matches', () => {
    expect(foldTerm('a'.repeat(40))).toHaveLength(32);
  });
});

describe('words', () => {
  test('gives each word its offsets in the text, and the parts of a compound', () => {
    const text = 'Kim Yong-hyun met co-belligerents';
    const found = words(text);
    expect(found.map((word) => text.slice(word.start, word.end))).toEqual([
      'Kim',
      'Yong-hyun',
      'met',
      'co-belligerents',
    ]);
    expect(found[1]).toMatchObject({
      term: 'yonghyun',
      parts: [
        { term: 'yong', start: 4, end: 8 },
        { term: 'hyun', start: 9, end: 13 },
      ],
    });
  });

  test('reads numbers with separators, initialisms and numbers glued to units as one would type them', () => {
    expect(words('as many as 11,000 troops').map((word) => word.term)).toEqual(['as', 'many', 'as', '11000', 'troops']);
    expect(words('the U.S. estimate').map((word) => word.term)).toEqual(['the', 'us', 'estimate']);
    expect(words('50km away')[0]).toMatchObject({ term: '50km', parts: [{ term: '50' }, { term: 'km' }] });
  });

  test('drops the clitic of a possessive or contraction but keeps the word', () => {
    expect(words('the Kremlin’s forces')[1]).toMatchObject({ term: 'kremlin', parts: [{ term: 'kremlin' }] });
    expect(words("they're")[0]!.parts.map((part) => part.term)).toEqual(['they']);
  });

  test('reads only the words starting in a window, never the tail of a word cut by it', () => {
    const text = 'North Korean troops in Kursk';
    const from = text.indexOf('orean');
    expect(words(text, from, text.indexOf('in')).map((word) => word.term)).toEqual(['korean', 'troops']);
  });
});

describe('indexTerms', () => {
  test('indexes parts and joined compounds, without stop words', () => {
    expect([...indexTerms('The co-belligerents of the Kremlin')].sort()).toEqual([
      'belligerents',
      'co',
      'cobelligerents',
      'kremlin',
    ]);
  });
});
