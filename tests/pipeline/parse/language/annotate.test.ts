import { describe, expect, test } from 'vitest';
import { sentencesOf } from '../../../../src/pipeline/parse/language/annotate.ts';
import { parseArticleText } from '../../../../src/pipeline/parse/parse-article.ts';

describe('sentencesOf', () => {
  test('gives each sentence its tokens, with offsets into the line', () => {
    const line = 'Lloyd J. Austin said 10,000 troops went. “We will see,” he added.';
    const sentences = sentencesOf(line);
    expect(sentences.map(({ start, end }) => line.slice(start, end))).toEqual([
      'Lloyd J. Austin said 10,000 troops went.',
      '“We will see,” he added.',
    ]);
    for (const sentence of sentences)
      for (const token of sentence.tokens) {
        expect(line.slice(token.start, token.end)).toBe(token.value);
        expect(token.start).toBeGreaterThanOrEqual(sentence.start);
        expect(token.end).toBeLessThanOrEqual(sentence.end);
      }
  });

  test('keeps an interview label out of the first sentence of the speech', () => {
    const line = 'Dr. Carter: Well. It is 50km.';
    expect(sentencesOf(line, 12).map(({ start, end }) => line.slice(start, end))).toEqual([
      'Dr. Carter:',
      'Well.',
      'It is 50km.',
    ]);
  });
});

describe('the parsed tree', () => {
  test('carries the sentences of every block in its data', () => {
    const tree = parseArticleText('Troops Move\nThey moved. Then 3,000 more did.');
    expect(tree.children.map((node) => node.data?.sentences?.length)).toEqual([1, 2]);
    expect(tree.children[1]!.data?.sentences?.[1]?.tokens.map((token) => token.value)).toEqual([
      'Then',
      '3,000',
      'more',
      'did',
      '.',
    ]);
  });
});
