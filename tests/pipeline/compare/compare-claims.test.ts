import { describe, expect, test } from 'vitest';
import type { FigureClaim, PlaceClaim, QuoteClaim } from '../../../src/lib/schemas.ts';
import { compareClaims } from '../../../src/pipeline/compare/compare-claims.ts';

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
  quantity: FigureClaim['quantity'] = 'people',
  text = String(value),
): FigureClaim => ({
  ...base(articleId, text),
  kind: 'figure',
  value,
  unit,
  quantity,
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

  test('groups values far apart when their subjects agree: the spread is a difference to show', () => {
    const a = figure('a', 26, 'prisoners', 'prisoners released in the exchange');
    const b = figure('b', 16, 'people', 'people freed in the exchange');
    const c = figure('c', 95_000, 'tarps', 'tarps', 'min', 'objects');
    const d = figure('d', 220_000, 'tarps', 'tarps', 'min', 'objects');
    const comparisons = compareClaims([a, b, c, d]);
    expect(groupOf(a.id, comparisons)).toMatchObject({ claimIds: [b.id, a.id], verdict: 'differ' });
    expect(groupOf(c.id, comparisons)).toMatchObject({ claimIds: [c.id, d.id], verdict: 'differ' });
  });

  test('keeps apart values far apart when only the counted noun is shared', () => {
    const all = figure('a', 10_000, 'troops', 'troops sent to the front');
    const part = figure('b', 3_000, 'troops', 'troops that reached the capital');
    const comparisons = compareClaims([all, part]);
    expect(groupOf(all.id, comparisons)).not.toBe(groupOf(part.id, comparisons));
  });

  test('keeps apart figures of different kinds of quantity', () => {
    const distance = figure('a', 50, 'km', 'distance from the border', 'exact', 'distance');
    const count = figure('b', 50, 'containers', 'containers shipped', 'exact', 'objects');
    const generators = figure('c', 50, 'generators', 'generators shipped', 'exact', 'objects');
    const comparisons = compareClaims([distance, count, generators]);
    expect(new Set([distance, count, generators].map((claim) => groupOf(claim.id, comparisons)?.id)).size).toBe(3);
  });

  test('keeps apart counts of the same noun in different places or bodies', () => {
    const north = figure('a', 17, 'counties', 'counties in Westshire', 'exact', 'places');
    const south = figure('b', 17, 'counties', 'counties in Eastshire', 'exact', 'places');
    const agency = figure('c', 1_000, 'personnel', 'personnel from the Relief Agency');
    const base = figure('d', 1_000, 'soldiers', 'soldiers from Camp Hollis');
    const comparisons = compareClaims([north, south, agency, base]);
    expect(groupOf(north.id, comparisons)).not.toBe(groupOf(south.id, comparisons));
    expect(groupOf(agency.id, comparisons)).not.toBe(groupOf(base.id, comparisons));
  });

  test('keeps an addition ("another 500") apart from the count it adds to', () => {
    const count = figure('a', 1_000, 'soldiers', 'soldiers deployed');
    const more = figure('b', 500, 'soldiers', 'additional soldiers deployed');
    const comparisons = compareClaims([count, more]);
    expect(groupOf(count.id, comparisons)).not.toBe(groupOf(more.id, comparisons));
  });

  test('keeps apart two values of one paragraph from one source, unless they end a range', () => {
    const now = figure('a', 1_600_000, 'customers', 'customers without power');
    const peak = { ...figure('a', 4_600_000, 'customers', 'customers'), id: 'peak' };
    const other = figure('b', 1_000_000, 'homes', 'homes without power', 'min', 'buildings');
    const comparisons = compareClaims([now, peak, other]);
    expect(groupOf(now.id, comparisons)).not.toBe(groupOf(peak.id, comparisons));
    expect(groupOf(now.id, comparisons)?.claimIds).toEqual([other.id, now.id]);
  });

  test("keeps apart sums of money given for different things, and one source's two values", () => {
    const money = (articleId: string, value: number, subject: string) => ({
      ...figure(articleId, value, 'dollars', subject, 'exact', 'money'),
      subject: subject === '' ? null : subject,
    });
    const cut = money('a', 4.6e12, 'deficit reduction');
    const plan = money('b', 4.8e12, 'budget');
    const spending = money('a', 740.5e9, 'military spending');
    const same = money('b', 740e9, '');
    const comparisons = compareClaims([cut, plan, spending, same]);
    expect(groupOf(cut.id, comparisons)).not.toBe(groupOf(plan.id, comparisons));
    expect(groupOf(spending.id, comparisons)?.claimIds).toEqual([same.id, spending.id]);
  });

  test('folds soldiers, troops and forces into one counted noun', () => {
    const a = figure('a', 10_000, 'soldiers', 'soldiers');
    const b = figure('b', 11_000, 'troops', 'troops in the north');
    const c = figure('c', 12_000, 'forces', 'forces');
    const comparisons = compareClaims([a, b, c]);
    expect(groupOf(a.id, comparisons)?.claimIds).toEqual([a.id, b.id, c.id]);
  });

  test('says agree when every source gives the same value, and single-source for one', () => {
    const a = figure('a', 3_000, 'troops', 'troops moved to combat zones', 'min');
    const b = figure('b', 3_000, 'troops', 'troops gone to combat zones', 'min');
    const lone = figure('a', 7, 'bases', 'training bases', 'exact', 'places');
    const comparisons = compareClaims([a, b, lone]);
    expect(groupOf(a.id, comparisons)?.verdict).toBe('agree');
    expect(groupOf(lone.id, comparisons)?.verdict).toBe('single-source');
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

  test('joins a fragment to the fuller quotation it is part of, and says one quotes the other in part', () => {
    const fragment = { ...quote('a', 'even with more aid'), partial: true };
    const whole = quote('b', 'The rebels will not win, even with more aid from abroad.');
    const comparison = groupOf(fragment.id, compareClaims([fragment, whole]));
    expect(comparison?.claimIds).toEqual([fragment.id, whole.id]);
    expect(comparison?.verdict).toBe('partial');
  });

  test('says the wording differs when fragments sit beside two different full wordings', () => {
    const fragment = quote('a', 'even with more aid');
    const whole = quote('b', 'The rebels will not win, even with more aid from abroad.');
    const other = quote('c', 'The rebels will never win, even with more aid from their allies abroad.');
    expect(groupOf(fragment.id, compareClaims([fragment, whole, other]))?.verdict).toBe('differ');
  });

  test('keeps apart a fragment of one word, and a fragment of someone else’s words', () => {
    const word = quote('a', 'rebels');
    const theirs = quote('c', 'even with more aid', 'Bo Kim');
    const whole = quote('b', 'The rebels will not win, even with more aid from abroad.');
    const comparisons = compareClaims([word, theirs, whole]);
    expect(groupOf(word.id, comparisons)).not.toBe(groupOf(whole.id, comparisons));
    expect(groupOf(theirs.id, comparisons)).not.toBe(groupOf(whole.id, comparisons));
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
