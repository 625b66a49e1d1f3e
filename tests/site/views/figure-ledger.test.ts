import { describe, expect, test } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { chartTicks, figureChart } from '../../../src/pipeline/render/figure-chart.ts';
import { figureLedger } from '../../../src/site/views/figure-ledger.ts';
import { quoteVariants } from '../../../src/site/views/quote-variants.ts';
import { projectStory } from '../../support/story.ts';

const story = await projectStory('north-korean-troops-in-russia');

describe('chartTicks', () => {
  test.each([
    [12_000, [0, 2_000, 4_000, 6_000, 8_000, 10_000, 12_000]],
    [50, [0, 10, 20, 30, 40, 50]],
    [13, [0, 5, 10, 15]],
    [7_100_000, [0, 2_000_000, 4_000_000, 6_000_000, 8_000_000]],
  ])('puts ticks on round numbers up to %i', (max, ticks) => {
    expect(chartTicks(max)).toEqual(ticks);
  });

  test('labels ticks in millions short, so that they fit a phone: 2M, not 2,000,000', () => {
    const chart = toHtml(
      figureChart('meals', 'Meals', [
        { label: 'One outlet', claim: { qualifier: 'min', value: 7_100_000, unit: 'meals' } },
        { label: 'Another', claim: { qualifier: 'exact', value: 2_700_000, unit: 'meals' } },
      ]),
    );
    expect(chart).toContain('>2M<');
    expect(chart).toContain('>8M<');
    expect(chart).not.toContain('>2,000,000<');
    expect(chart).toContain('≥ 7,100,000');
  });
});

describe('figureLedger', () => {
  test('gives each source’s words, value with its sign, kind and attribution, and a chart naming the outlets', () => {
    const troops = story.comparisons.find((comparison) => comparison.topic === 'North Korean troops in Russia')!;
    const ledger = figureLedger(story, troops);
    // The story names each person once: the article's “Austin” is Lloyd J. Austin III.
    expect(ledger.rows[0]).toMatchObject({
      value: '10,000',
      qualifier: 'exact figure',
      attribution: 'Lloyd J. Austin III',
    });
    expect(ledger.rows[0]?.source.name).toBe('Yeni Şafak');
    expect(ledger.rows.map((row) => row.value)).toContain('≤ 12,000');
    expect(ledger.chart).toContain('Yeni Şafak');
    expect(ledger.chart).toContain('12,000');
    expect(ledger.notes.join(' ')).toContain('credited to different sources');
  });
});

describe('quoteVariants', () => {
  test('shows the longest wording as the reference and a word diff for every other', () => {
    const quote = story.comparisons.find(
      (comparison) => comparison.kind === 'quote' && comparison.verdict === 'differ',
    )!;
    const { variants } = quoteVariants(story, quote);
    const reference = variants.filter((variant) => variant.reference);
    expect(reference).toHaveLength(1);
    expect(variants.filter((variant) => !variant.reference).every((variant) => variant.diff !== null)).toBe(true);
    expect(Math.max(...variants.map((variant) => variant.quote.length))).toBe(reference[0]!.quote.length);
  });
});
