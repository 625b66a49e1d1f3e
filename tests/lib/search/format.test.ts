import { describe, expect, test } from 'vitest';
import {
  decodeNumbers,
  decodePostings,
  decodeStarts,
  decodeTerms,
  encodeNumbers,
  encodePostings,
  encodeStarts,
  encodeTerms,
  shardOf,
} from '../../../src/lib/search/format.ts';

describe('number lists', () => {
  test('round-trip small and large numbers in few characters', () => {
    const values = [0, 1, 31, 32, 1023, 1024, 2 ** 31 + 5, 9_007_199_254];
    expect(decodeNumbers(encodeNumbers(values))).toEqual(values);
    expect(encodeNumbers([0, 1, 2, 31])).toHaveLength(4);
    expect(decodeNumbers('')).toEqual([]);
  });

  test('refuses characters that are not digits', () => {
    expect(() => decodeNumbers('A,B')).toThrow(/unexpected character/);
  });
});

describe('posting lists', () => {
  test('round-trip documents and whether the term is in their name field', () => {
    const postings = [
      { doc: 0, inName: true },
      { doc: 3, inName: false },
      { doc: 3_000_000, inName: true },
    ];
    const { docs, names } = decodePostings(encodePostings(postings));
    expect([...docs]).toEqual([0, 3, 3_000_000]);
    expect([...names]).toEqual([1, 0, 1]);
  });
});

describe('the vocabulary', () => {
  test('is front-coded and read back exactly', () => {
    const terms = ['11000', 'kursk', 'kursks', 'kyiv', 'zurich'];
    const encoded = encodeTerms(terms);
    expect(encoded).toBe('011000 0kursk 5s 1yiv 0zurich');
    expect(decodeTerms(encoded)).toEqual(terms);
    expect(decodeTerms('')).toEqual([]);
  });
});

describe('shardOf', () => {
  test('finds the shard whose range holds an index', () => {
    expect([0, 4, 5, 9, 10, 99].map((index) => shardOf([0, 5, 10], index))).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('shard starts', () => {
  test('round-trip as gaps, a character each when every shard holds one article', () => {
    const starts = Array.from({ length: 1000 }, (_, index) => index);
    expect(encodeStarts(starts)).toHaveLength(1000);
    expect(decodeStarts(encodeStarts(starts))).toEqual(starts);
    expect(decodeStarts(encodeStarts([0, 40, 95, 1000]))).toEqual([0, 40, 95, 1000]);
    expect(decodeStarts('')).toEqual([]);
  });
});
