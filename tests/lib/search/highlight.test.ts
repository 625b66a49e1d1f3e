import { describe, expect, test } from 'vitest';
import { clipRanges, firstHighlight, highlightRanges, snippetWindow } from '../../../src/lib/search/highlight.ts';

const marked = (text: string, ranges: [number, number][]) => ranges.map(([start, end]) => text.slice(start, end));

describe('highlightRanges', () => {
  test('marks the words a query matched, however they are written', () => {
    const text = 'As many as 11,000 North Korean troops, Kursk’s governor said.';
    const ranges = highlightRanges(text, { terms: new Set(['11000', 'kursk']), prefix: 'troo' });
    expect(marked(text, ranges)).toEqual(['11,000', 'troops', 'Kursk']);
  });

  test('marks a whole compound when every part matched', () => {
    const text = 'they are co-belligerents now';
    expect(marked(text, highlightRanges(text, { terms: new Set(['co', 'belligerents']), prefix: null }))).toEqual([
      'co-belligerents',
    ]);
    expect(marked(text, highlightRanges(text, { terms: new Set(['belligerents']), prefix: null }))).toEqual([
      'belligerents',
    ]);
  });

  test('finds the first match of a long line without reading all of it', () => {
    const text = `${'word '.repeat(200)}Kursk ${'word '.repeat(200)}`;
    expect(firstHighlight(text, { terms: new Set(['kursk']), prefix: null })).toEqual([1000, 1005]);
    expect(firstHighlight(text, { terms: new Set(['nothing']), prefix: null })).toBeUndefined();
  });
});

describe('snippetWindow', () => {
  const text = `${'Before the claim there is a long stretch of words. '.repeat(6)}THE CLAIM${' and after it more words follow on.'.repeat(6)}`;

  test('shows a short text whole', () => {
    expect(snippetWindow('short', undefined, 100)).toEqual({ start: 0, end: 5, cutBefore: false, cutAfter: false });
  });

  test('centres a long text on the focus, cut at word boundaries', () => {
    const focus: [number, number] = [text.indexOf('THE CLAIM'), text.indexOf('THE CLAIM') + 9];
    const window = snippetWindow(text, focus, 120);
    expect(window.start).toBeLessThanOrEqual(focus[0]);
    expect(window.end).toBeGreaterThanOrEqual(focus[1]);
    expect(window.end - window.start).toBeLessThanOrEqual(120);
    expect(text[window.start - 1]).toBe(' ');
    expect([' ', undefined]).toContain(text[window.end]);
    expect(window).toMatchObject({ cutBefore: true, cutAfter: true });
  });

  test('moves ranges into the window and drops those outside it', () => {
    expect(
      clipRanges(
        [
          [0, 4],
          [10, 20],
          [28, 40],
        ],
        { start: 8, end: 30, cutBefore: true, cutAfter: true },
      ),
    ).toEqual([
      [2, 12],
      [20, 22],
    ]);
  });
});
