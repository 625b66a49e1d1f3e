import { describe, expect, test } from 'vitest';
import {
  readSearchParams,
  searchEverything,
  searchPageUrl,
  shapeQuery,
  writeSearchParams,
} from '../../../src/lib/search/query.ts';

describe('shapeQuery', () => {
  test('reads a speaker’s name as its words, the last one still being typed', () => {
    expect(shapeQuery('Kim Yong-hyun')).toEqual([
      { term: 'kim', prefix: false, fuzzy: false },
      { term: 'yong', prefix: false, fuzzy: true },
      { term: 'hyun', prefix: true, fuzzy: true },
    ]);
  });

  test('treats the last word as complete once a space follows it', () => {
    expect(shapeQuery('Kursk ').at(-1)).toEqual({ term: 'kursk', prefix: false, fuzzy: true });
  });

  test('reads "11000 troops" and "11,000 troops" alike, and never corrects a number', () => {
    expect(shapeQuery('11,000 troops')).toEqual(shapeQuery('11000 troops'));
    expect(shapeQuery('11000 troops')[0]).toEqual({ term: '11000', prefix: false, fuzzy: false });
  });

  test('splits "co-belligerent" as "co belligerent" is typed', () => {
    expect(shapeQuery('co-belligerent').map((term) => term.term)).toEqual(['co', 'belligerent']);
    expect(shapeQuery('co belligerent').map((term) => term.term)).toEqual(['co', 'belligerent']);
  });

  test('leaves out stop words, repeated words and words past the eighth', () => {
    expect(shapeQuery('the troops and the troops').map((term) => term.term)).toEqual(['troops']);
    expect(shapeQuery('a1 a2 a3 a4 a5 a6 a7 a8 a9 a10')).toHaveLength(8);
    expect(shapeQuery('the ')).toEqual([]);
  });

  test('keeps a stop word being typed as the only word, as the start of a longer word, but never corrects it', () => {
    expect(shapeQuery('Was')).toEqual([{ term: 'was', prefix: true, fuzzy: false }]);
    expect(shapeQuery('With')).toEqual([{ term: 'with', prefix: true, fuzzy: false }]);
    expect(shapeQuery('Was ')).toEqual([]);
    // After other words, it is the stop word.
    expect(shapeQuery('likelihood is')).toEqual([{ term: 'likelihood', prefix: false, fuzzy: true }]);
  });
});

describe('search state in the URL', () => {
  test('round-trips the query, kinds, story and source', () => {
    const state = {
      q: 'Kursk region',
      kinds: ['quote' as const, 'place' as const],
      story: 'north-korean-troops-in-russia',
      source: '002_389c0edc8c7ffe1a',
    };
    expect(readSearchParams(writeSearchParams(state))).toEqual(state);
    expect(searchPageUrl(state)).toBe(
      '/search/?q=Kursk+region&kind=quote&kind=place&story=north-korean-troops-in-russia&source=002_389c0edc8c7ffe1a',
    );
  });

  test('keeps a story without a query, for a story page’s link to search it', () => {
    const state = { ...searchEverything(''), story: 'north-korean-troops-in-russia' };
    expect(searchPageUrl(state)).toBe('/search/?story=north-korean-troops-in-russia');
    expect(readSearchParams(new URLSearchParams('story=north-korean-troops-in-russia'))).toEqual(state);
  });

  test('ignores kinds it does not know and lists kinds in page order', () => {
    expect(readSearchParams(new URLSearchParams('q=x&kind=paragraph&kind=bogus&kind=quote')).kinds).toEqual([
      'quote',
      'paragraph',
    ]);
  });

  test('keeps an empty search at /search/', () => {
    expect(searchPageUrl(searchEverything(''))).toBe('/search/');
    expect(readSearchParams(new URLSearchParams('story=&source='))).toEqual(searchEverything(''));
  });
});
