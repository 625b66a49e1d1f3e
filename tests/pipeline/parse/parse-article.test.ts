import { describe, expect, test } from 'vitest';
import { parseArticleText, splitLines } from '../../../src/pipeline/parse/parse-article.ts';
import { articleTitle, blockText } from '../../../src/pipeline/parse/title.ts';
import { fixtureCases } from '../../support/fixtures.ts';

/** What a reviewer needs to see of a parse: the title and, per line, what it is and its sentences. */
function summarize(input: string) {
  const tree = parseArticleText(input);
  return {
    title: articleTitle(tree),
    blocks: tree.children.map((node) => {
      const { sentences = [], ...data } = node.data ?? {};
      const text = blockText(node);
      return { ...data, type: node.type, text, sentences: sentences.map(({ start, end }) => text.slice(start, end)) };
    }),
  };
}

describe('parseArticleText on fixtures', () => {
  fixtureCases(new URL('./fixtures/', import.meta.url), summarize);
});

describe('parseArticleText', () => {
  test('gives every block the position of its whole source line', () => {
    const text = 'Headline\n\nFirst paragraph.\nSecond “one”.';
    const lines = splitLines(text);
    for (const node of parseArticleText(text).children) {
      const { start, end } = node.position!;
      expect(start.column).toBe(1);
      expect(text.slice(start.offset, end.offset)).toBe(lines[start.line - 1]);
      expect(node.data?.line).toBe(start.line - 1);
    }
  });

  test('keeps every character of the text, so nothing is read as markup', () => {
    const text = '<b>bold</b> *em* [x](y) &amp;';
    const tree = parseArticleText(`Title\n${text}`);
    expect(blockText(tree.children[1]!)).toBe(text);
  });

  test('does not take the only line of a one-line article as its headline', () => {
    expect(parseArticleText('Just one line without a full stop').children[0]!.data?.role).toBe('paragraph');
  });
});
