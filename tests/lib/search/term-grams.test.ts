import { describe, expect, test } from 'vitest';
import { bigrams, candidateTerms, TermGrams } from '../../../src/lib/search/term-grams.ts';

const vocabulary = [
  'austin',
  'australia',
  'augment',
  'kursk',
  'kursks',
  'kremlin',
  'pyongyang',
  'russia',
  'washington',
];
const grams = new TermGrams(vocabulary);
const candidates = (word: string, prefix = false) =>
  candidateTerms(grams, word, prefix).map((index) => vocabulary[index]);

describe('bigrams', () => {
  test('lists letter pairs, the first anchored at the start', () => {
    const pair = (text: string) => (text.startsWith('^') ? 0 : text.charCodeAt(0) * 0x10000) + text.charCodeAt(1);
    expect(bigrams('kursk')).toEqual(['^k', 'ku', 'ur', 'rs', 'sk'].map(pair));
    expect(bigrams('aaa')).toEqual(['^a', 'aa'].map(pair));
  });

  test('are the same whether the prefilter is built at once or a slice at a time', () => {
    const sliced = new TermGrams(vocabulary);
    while (!sliced.grow(2));
    for (const word of ['kurks', 'austen', 'kreml'])
      expect(candidateTerms(sliced, word, false)).toEqual(candidateTerms(grams, word, false));
  });
});

describe('candidateTerms', () => {
  test('finds the words a misspelling may mean: swapped, dropped or wrong letters', () => {
    expect(candidates('kurks')).toContain('kursk');
    expect(candidates('austen')).toContain('austin');
    expect(candidates('pyongyng')).toContain('pyongyang');
  });

  test('leaves out words of a very different length unless the word is still being typed', () => {
    expect(candidates('austen')).not.toContain('australia');
    expect(candidates('aust', true)).toContain('australia');
  });

  test('leaves out words that share too little, and the word itself', () => {
    expect(candidates('kursk')).not.toContain('kursk');
    expect(candidates('kurks')).not.toContain('washington');
  });
});
