import { describe, expect, test } from 'vitest';
import { findQuoteSpans, opensWithQuote } from '../../../../src/pipeline/extract/quotes/find-quote-spans.ts';
import { classifyMark } from '../../../../src/pipeline/extract/quotes/quote-marks.ts';

/** The quoted text of each span in a line. */
const spans = (line: string, next?: 'double' | 'single') =>
  findQuoteSpans(line, 0, next).map((span) => line.slice(span.start, span.end));

describe('classifyMark', () => {
  test('an apostrophe between letters is never a quotation mark', () => {
    for (const word of ["Kremlin's", 'Russia’s', "won't", 'they’re'])
      expect(classifyMark(word, word.search(/['’]/u))).toBeNull();
  });

  test('an elided year or word opens nothing', () => {
    expect(classifyMark('the ’90s', 4)).toBeNull();
    expect(classifyMark("the '90s", 4)).toBeNull();
    expect(classifyMark('rock ’n', 5)?.canOpen ?? false).toBe(false);
  });

  test('the characters around a mark decide which way it faces, whatever its shape', () => {
    expect(classifyMark('said ”yes', 5)).toMatchObject({ canOpen: true, canClose: false });
    expect(classifyMark('yes“ he', 3)).toMatchObject({ canOpen: false, canClose: true });
  });
});

describe('findQuoteSpans', () => {
  test('pairs a straight opening mark with a curly closing one', () => {
    expect(spans('"We are ready,” she said.')).toEqual(['"We are ready,”']);
  });

  test('pairs single quotes across an apostrophe inside them', () => {
    expect(spans("about the council's ‘plan to close the city's library' next year")).toEqual([
      "‘plan to close the city's library'",
    ]);
  });

  test('leaves single quotes inside a double-quoted quotation to it', () => {
    expect(spans('“He went ‘tin-cupping’ early,” she said.')).toEqual(['“He went ‘tin-cupping’ early,”']);
  });

  test('lets a sentence-opening single quotation hold a double-quoted one, British style', () => {
    expect(spans('‘He called it “a disgrace”,’ she said.')).toEqual(['‘He called it “a disgrace”,’']);
  });

  test('runs an unclosed quotation that opens a clause to the end of the line, and marks it continued when the next paragraph reopens', () => {
    const [open] = findQuoteSpans('"The first part goes here.  ', 0, 'double');
    expect(open).toMatchObject({ start: 0, end: 26, closed: false, continues: true });
  });

  test('drops a stray opening mark in the middle of a sentence', () => {
    expect(spans('Residents said the so-called "relief road was never finished.')).toEqual([]);
  });

  test('skips spans with fewer than two letters or digits', () => {
    expect(spans('the letter "A" and the mark " "')).toEqual([]);
  });

  test('starts after an interview label', () => {
    expect(findQuoteSpans('Dr. Lee: I expect a "slow" fall.', 9).map((span) => span.start)).toEqual([20]);
  });
});

describe('opensWithQuote', () => {
  test('tells which family of mark opens a paragraph', () => {
    expect(opensWithQuote('"However, I believe')).toBe('double');
    expect(opensWithQuote('‘Nobody voted for this')).toBe('single');
    expect(opensWithQuote('Kim said')).toBeUndefined();
  });
});
