import { describe, expect, test } from 'vitest';
import type { FigureClaim, PlaceClaim, QuoteClaim } from '../../../src/lib/schemas.ts';
import { compareClaims } from '../../../src/pipeline/compare/compare-claims.ts';
import { unitClass } from '../../../src/pipeline/compare/compare-figures.ts';

let n = 0;
const base = (articleId: string, text: string) => ({
  id: `c${++n}`,
  articleId,
  text,
  line: 0,
  start: 0,
  end: text.length,
});
const figure = (
  articleId: string,
  value: number,
  unit: string,
  subject: string,
  qualifier: FigureClaim['qualifier'] = 'exact',
): FigureClaim => ({
  ...base(articleId, String(value)),
  kind: 'figure',
  value,
  unit,
  subject,
  qualifier,
  attribution: null,
});
const quote = (articleId: string, words: string, speaker: string | null = 'Ann Lee'): QuoteClaim => ({
  ...base(articleId, words),
  kind: 'quote',
  quote: words,
  speaker,
  partial: false,
});
/** Where invented test places lie: the gazetteer gives every mention of one place the same point. */
const POINTS: Readonly<Record<string, readonly [number, number]>> = {
  Kursk: [51.7, 36.2],
  Seoul: [37.57, 126.98],
  Kyiv: [50.45, 30.52],
  'Kiev (Kyiv)': [50.45, 30.52],
  Russia: [65.89, 95.53],
  'Eastern Russia': [65.89, 95.53],
};
const place = (articleId: string, name: string): PlaceClaim => ({
  ...base(articleId, name),
  kind: 'place',
  name,
  lat: POINTS[name]?.[0] ?? null,
  lon: POINTS[name]?.[1] ?? null,
});
const groupOf = (id: string, comparisons = compareClaims([])) =>
  comparisons.find((comparison) => comparison.claimIds.includes(id));

describe('compareClaims for figures', () => {
  test('groups estimates of the same quantity from different sources and says they differ', () => {
    const a = figure('a', 10_000, 'troops', 'troops sent to the front');
    const b = figure('b', 12_000, 'soldiers', 'soldiers sent to the front', 'max');
    const comparisons = compareClaims([a, b]);
    expect(groupOf(a.id, comparisons)?.claimIds).toEqual([a.id, b.id]);
    expect(groupOf(a.id, comparisons)?.verdict).toBe('differ');
  });

  test('keeps apart figures of the same unit whose values are far apart', () => {
    const all = figure('a', 10_000, 'troops', 'troops sent to the front');
    const part = figure('b', 3_000, 'troops', 'troops that reached the front');
    const comparisons = compareClaims([all, part]);
    expect(groupOf(all.id, comparisons)).not.toBe(groupOf(part.id, comparisons));
  });

  test('keeps apart figures with different units', () => {
    const distance = figure('a', 50, 'km', 'distance from the border');
    const count = figure('b', 50, 'containers', 'containers shipped');
    const comparisons = compareClaims([distance, count]);
    expect(groupOf(distance.id, comparisons)).not.toBe(groupOf(count.id, comparisons));
  });

  test('keeps apart close values about unrelated subjects', () => {
    const troops = figure('a', 1_000, 'troops', 'troops crossing the river');
    const voters = figure('b', 1_100, 'troops', 'pensions paid to retired officers');
    const comparisons = compareClaims([troops, voters]);
    expect(groupOf(troops.id, comparisons)).not.toBe(groupOf(voters.id, comparisons));
  });

  test('says agree when every source gives the same value, and single-source for one', () => {
    const a = figure('a', 3_000, 'troops', 'troops moved to combat zones', 'min');
    const b = figure('b', 3_000, 'troops', 'troops gone to combat zones', 'min');
    const lone = figure('a', 7, 'bases', 'training bases');
    const comparisons = compareClaims([a, b, lone]);
    expect(groupOf(a.id, comparisons)?.verdict).toBe('agree');
    expect(groupOf(lone.id, comparisons)?.verdict).toBe('single-source');
  });

  test('folds soldiers, troops and forces into one unit class', () => {
    expect(unitClass('soldiers')).toBe(unitClass('troops'));
    expect(unitClass('kilometers')).toBe('km');
  });
});

describe('compareClaims for quotes', () => {
  test('groups two wordings of one statement by the same speaker and says they differ', () => {
    const a = quote('a', 'encourage others to take action');
    const b = quote('b', 'prompt other countries to take action');
    expect(groupOf(a.id, compareClaims([a, b]))?.claimIds).toEqual([a.id, b.id]);
    expect(groupOf(a.id, compareClaims([a, b]))?.verdict).toBe('differ');
  });

  test('treats contractions and curly apostrophes as the same words', () => {
    const a = quote('a', 'They’re doing this because he has lost a lot of troops');
    const b = quote('b', 'They are doing this because he has lost a lot of troops');
    expect(groupOf(a.id, compareClaims([a, b]))?.verdict).toBe('agree');
  });

  test('keeps apart similar words said by different people', () => {
    const a = quote('a', 'we will continue to watch this closely', 'Ann Lee');
    const b = quote('b', 'we will continue to watch this closely', 'Bo Kim');
    const comparisons = compareClaims([a, b]);
    expect(groupOf(a.id, comparisons)).not.toBe(groupOf(b.id, comparisons));
  });

  test('does not join quotes that share one word', () => {
    const a = quote('a', 'overwhelming');
    const b = quote('b', 'an overwhelming response is needed at the border');
    const comparisons = compareClaims([a, b]);
    expect(groupOf(a.id, comparisons)).not.toBe(groupOf(b.id, comparisons));
  });
});

describe('compareClaims for places and ids', () => {
  test('groups mentions of one place across sources', () => {
    const a = place('a', 'Kursk');
    const b = place('b', 'Kursk');
    const comparisons = compareClaims([a, b, place('b', 'Seoul')]);
    expect(groupOf(a.id, comparisons)).toMatchObject({ id: 'place-kursk', verdict: 'agree', articleIds: ['a', 'b'] });
    expect(comparisons.find((comparison) => comparison.topic === 'Seoul')?.verdict).toBe('single-source');
  });

  test('groups one place that articles spell differently, named by the spelling most of them use', () => {
    const [a, b, c] = [place('a', 'Kiev (Kyiv)'), place('b', 'Kyiv'), place('c', 'Kyiv')];
    const group = groupOf(a.id, compareClaims([a, b, c]));
    expect(group).toMatchObject({ topic: 'Kyiv', verdict: 'agree', articleIds: ['a', 'b', 'c'] });
  });

  test('keeps a part of a country apart from the country', () => {
    const [a, b] = [place('a', 'Russia'), place('b', 'Eastern Russia')];
    expect(groupOf(a.id, compareClaims([a, b]))?.claimIds).toEqual([a.id]);
  });

  test('groups places without coordinates by name', () => {
    const [a, b] = [place('a', 'Atlantis'), place('b', 'Atlantis')];
    expect(groupOf(a.id, compareClaims([a, b]))?.claimIds).toEqual([a.id, b.id]);
  });

  test('keeps comparison ids when another article is added', () => {
    const a = figure('a', 10_000, 'troops', 'troops sent to the front');
    const b = figure('b', 11_000, 'troops', 'troops sent to the front');
    const before = groupOf(a.id, compareClaims([a, b]))!.id;
    const after = groupOf(
      a.id,
      compareClaims([a, b, figure('c', 12_000, 'troops', 'troops sent to the front'), place('c', 'Kursk')]),
    )!.id;
    expect(after).toBe(before);
  });
});

describe('speaker names across outlets', () => {
  test('one person named with and without a middle initial and suffix is one speaker', () => {
    const a = quote('a', 'we will continue to pull this thread', 'Lloyd J. Austin III');
    const b = quote('b', 'we will continue to pull this thread today', 'Lloyd Austin');
    expect(groupOf(a.id, compareClaims([a, b]))?.claimIds).toEqual([a.id, b.id]);
  });

  test('quotes sharing only two words stay apart', () => {
    const a = quote('a', 'high possibility');
    const b = quote('b', 'The possibility is not high.');
    const comparisons = compareClaims([a, b]);
    expect(groupOf(a.id, comparisons)).not.toBe(groupOf(b.id, comparisons));
  });
});
