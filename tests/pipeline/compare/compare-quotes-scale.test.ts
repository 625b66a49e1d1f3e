import { describe, expect, test } from 'vitest';
import type { QuoteClaim } from '../../../src/lib/schemas.ts';
import { compareQuotes } from '../../../src/pipeline/compare/compare-quotes.ts';

let n = 0;
const quote = (articleId: string, words: string, speaker: string | null): QuoteClaim => ({
  id: `q${++n}`,
  articleId,
  text: words,
  line: 0,
  start: 0,
  end: words.length,
  kind: 'quote',
  quote: words,
  speaker,
  partial: false,
});
const groupsOf = (quotes: QuoteClaim[]) => compareQuotes(quotes).map((group) => group.claims.map((claim) => claim.id));

describe('compareQuotes at scale', () => {
  test('joins a short quote to the same words from an unnamed speaker, though they share fewer than three words', () => {
    const named = quote('a', 'overwhelming', 'Ann Lee');
    const unnamed = quote('b', 'overwhelming', null);
    expect(groupsOf([named, unnamed])).toEqual([[named.id, unnamed.id]]);
  });

  test('never joins two speakers whose names have no usable words, but joins each to an unnamed one', () => {
    const [a, b, c] = [
      quote('a', 'we will watch the border closely', 'Jr.'),
      quote('b', 'we will watch the border closely', 'Dr.'),
      quote('c', 'we will watch the border closely', null),
    ];
    expect(groupsOf([a, b])).toEqual([[a.id], [b.id]]);
    expect(groupsOf([a, b, c])).toEqual([[a.id, b.id, c.id]]);
  });

  test('keeps groups in first-member order with members in input order', () => {
    const quotes = [
      quote('a', 'the troops moved to the front line', 'Ann Lee'),
      quote('a', 'a different statement about ships at sea', 'Bo Park'),
      quote('b', 'troops moved to the front line', 'Ann Lee'),
    ];
    expect(groupsOf(quotes)).toEqual([[quotes[0]!.id, quotes[2]!.id], [quotes[1]!.id]]);
  });

  // How fast is measured by the benchmarks (npm run bench:build prints the build's stages), never by a timed test.
  test('groups 20,000 syndicated quotes of 40 statements into one group per statement', () => {
    // Forty statements that share no word, each carried by 500 articles.
    const words = ['troops', 'ships', 'border', 'talks', 'aid', 'harbour', 'grain', 'bridge'];
    const statements = Array.from({ length: 40 }, (_, index) =>
      words.map((word) => `${word}${String.fromCharCode(97 + (index % 26))}${Math.floor(index / 26)}`).join(' '),
    );
    const quotes = Array.from({ length: 20_000 }, (_, index) =>
      quote(`article-${index % 500}`, statements[index % 40]!, index % 3 ? 'Ann Lee' : null),
    );
    const groups = compareQuotes(quotes);
    expect(groups).toHaveLength(40);
    for (const group of groups) {
      expect(group.claims).toHaveLength(500);
      expect(new Set(group.claims.map((claim) => claim.quote)).size).toBe(1);
    }
  });
});
