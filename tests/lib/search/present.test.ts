import { describe, expect, test } from 'vitest';
import type { SearchHit } from '../../../src/lib/search/engine.ts';
import type { MatchedTerms } from '../../../src/lib/search/highlight.ts';
import { formatCount } from '../../../src/lib/format.ts';
import { summary, viewHit, viewResults, type Segment } from '../../../src/lib/search/present.ts';
import { searchEverything, type SearchState } from '../../../src/lib/search/query.ts';

const matching = (terms: string[], prefix: string | null = null): MatchedTerms => ({ terms: new Set(terms), prefix });
const shown = (body: Segment[]) => body.map(([text]) => text).join('');
const focusOn = (text: string, part: string): [number, number] => [
  text.indexOf(part),
  text.indexOf(part) + part.length,
];

const LINE = 'Lloyd Austin said “the likelihood is pretty high” that troops reach Kursk.';
const FIGURE_LINE = 'As many as 11,000 troops are in Kursk, Seoul says.';

const base = { source: 'Daily Ledger', title: 'Troops reach Kursk', story: 'Troops sent to Kursk', lineNumber: 2 };
const quote: SearchHit = {
  ...base,
  doc: 0,
  kind: 'quote',
  href: '/articles/a-one/#q-1',
  text: LINE,
  focus: focusOn(LINE, '“the likelihood is pretty high”'),
  note: 'Lloyd Austin',
};
const figure: SearchHit = {
  ...base,
  doc: 1,
  kind: 'figure',
  href: '/articles/a-one/#f-1',
  text: FIGURE_LINE,
  focus: focusOn(FIGURE_LINE, 'As many as 11,000 troops'),
  note: 'Seoul',
  lineNumber: 3,
};
const place: SearchHit = {
  ...base,
  doc: 2,
  kind: 'place',
  href: '/articles/a-one/#p-1',
  text: LINE,
  focus: focusOn(LINE, 'Kursk'),
  more: 1,
};

describe('viewHit', () => {
  test('shows only the quoted words of a quote, with the matched term marked, and who said it', () => {
    const view = viewHit(quote, matching(['likelihood', 'kursk']));
    expect(view.body).toEqual([['“the '], ['likelihood', 'mark'], [' is pretty high”']]);
    expect(view).toMatchObject({
      kind: 'quote',
      href: '/articles/a-one/#q-1',
      noteLabel: '— ',
      note: [['Lloyd Austin']],
      source: 'Daily Ledger',
      after: '',
      story: 'Troops sent to Kursk',
    });
  });

  test('marks the matched words of the note too', () => {
    expect(viewHit(quote, matching(['austin'])).note).toEqual([['Lloyd '], ['Austin', 'mark']]);
  });

  test('shows a figure in its sentence, its own words in bold and the matched words marked', () => {
    const view = viewHit(figure, matching(['kursk']));
    expect(view.body).toEqual([
      ['As many as 11,000 troops', 'strong'],
      [' are in '],
      ['Kursk', 'mark'],
      [', Seoul says.'],
    ]);
    expect(view).toMatchObject({ noteLabel: 'according to ', note: [['Seoul']] });
  });

  test('marks a matched word inside the bold words rather than setting it in bold', () => {
    expect(viewHit(figure, matching(['troops'])).body).toEqual([
      ['As many as 11,000 ', 'strong'],
      ['troops', 'mark'],
      [' are in Kursk, Seoul says.'],
    ]);
  });

  test('shows a place in its sentence, in bold, and says how often the article names it', () => {
    const view = viewHit(place, matching(['troops']));
    expect(view.body).toEqual([
      ['Lloyd Austin said “the likelihood is pretty high” that '],
      ['troops', 'mark'],
      [' reach '],
      ['Kursk', 'strong'],
      ['.'],
    ]);
    expect(view).toMatchObject({ noteLabel: '', note: [], after: ' · named 2 times' });
  });

  test('shows a primary source’s passage with its speaker, as a quote’s, and its line', () => {
    const passage: SearchHit = {
      ...base,
      doc: 4,
      kind: 'primary',
      source: 'U.S. Department of Defense',
      href: '/stories/troops-in-kursk/primary/briefing/#L5',
      text: 'We are seeing troops move toward Kursk.',
      note: 'Lloyd Austin',
      lineNumber: 5,
    };
    const view = viewHit(passage, matching(['kursk']));
    expect(shown(view.body)).toBe('We are seeing troops move toward Kursk.');
    expect(view).toMatchObject({ noteLabel: '— ', note: [['Lloyd Austin']], after: ' · line 5' });
  });

  test('cuts a long paragraph to a snippet around its first match, with an ellipsis on each cut side', () => {
    const text = `${'Officials in the capital spoke at length about the weather and the roads. '.repeat(3)}Troops reached Kursk on Monday${' and the talks went on without any word on them.'.repeat(3)}`;
    const paragraph: SearchHit = {
      ...base,
      doc: 3,
      kind: 'paragraph',
      href: '/articles/a-one/#L7',
      text,
      lineNumber: 7,
    };
    const view = viewHit(paragraph, matching(['kursk']));
    expect(view.body[0]).toEqual(['…']);
    expect(view.body.at(-1)).toEqual(['…']);
    expect(view.body).toContainEqual(['Kursk', 'mark']);
    const inner = shown(view.body.slice(1, -1));
    expect(text).toContain(inner);
    expect(inner.length).toBeLessThanOrEqual(210);
    expect(view.after).toBe(' · line 7');
  });

  test('shows a short paragraph whole', () => {
    const paragraph: SearchHit = {
      ...base,
      doc: 3,
      kind: 'paragraph',
      href: '/articles/a-one/#L3',
      text: FIGURE_LINE,
      lineNumber: 3,
    };
    expect(shown(viewHit(paragraph, matching(['seoul'])).body)).toBe(FIGURE_LINE);
  });

  test('shows an article’s whole title with the matched words marked', () => {
    const article: SearchHit = {
      doc: 4,
      kind: 'article',
      href: '/articles/a-one/',
      source: 'Daily Ledger',
      title: 'Troops reach Kursk',
      story: 'Troops sent to Kursk',
      text: 'Troops reach Kursk',
    };
    expect(viewHit(article, matching([], 'kur')).body).toEqual([['Troops reach '], ['Kursk', 'mark']]);
  });

  test('gives results that look the same equal keys, and results that look different different keys', () => {
    const matched = matching(['kursk']);
    const key = viewHit(place, matched).key;
    expect(viewHit({ ...place, focus: [...place.focus!] }, matching(['kursk'])).key).toBe(key);
    expect(viewHit({ ...place, doc: 99 }, matched).key).toBe(key);
    const others = [
      viewHit({ ...place, href: '/articles/a-one/#p-2' }, matched),
      viewHit(place, matching(['troops'])),
      viewHit({ ...place, more: 2 }, matched),
      viewHit({ ...place, source: 'Other' }, matched),
      viewHit({ ...place, story: 'Another story' }, matched),
    ];
    expect(new Set([key, ...others.map((view) => view.key)]).size).toBe(others.length + 1);
  });
});

describe('viewResults', () => {
  test('keeps the groups, their totals and order, and views the hits it has with the ranking’s matched terms', () => {
    const hits = new Map([quote, figure].map((hit) => [hit.doc, hit]));
    const results = viewResults(
      {
        total: 7,
        partial: true,
        matched: matching(['likelihood']),
        groups: [
          { kind: 'quote', total: 3, docs: [0, 5] },
          { kind: 'figure', total: 4, docs: [1] },
        ],
      },
      hits,
    );
    expect(results).toMatchObject({ total: 7, partial: true });
    expect(results.groups.map(({ kind, total, hits }) => [kind, total, hits.length])).toEqual([
      ['quote', 3, 1],
      ['figure', 4, 1],
    ]);
    expect(results.groups[0]!.hits[0]!.body).toContainEqual(['likelihood', 'mark']);
  });
});

describe('summary', () => {
  const state = (q: string): SearchState => searchEverything(q);
  const group = (kind: 'quote' | 'place' | 'person' | 'paragraph', total: number) => ({ kind, total, hits: [] });

  test('counts the results and each kind', () => {
    expect(
      summary(state(' Kursk '), { total: 3, partial: false, groups: [group('quote', 1), group('place', 2)] }),
    ).toBe('3 results for “Kursk”: 1 quote, 2 places.');
    expect(summary(state('Kursk'), { total: 1, partial: false, groups: [group('place', 1)] })).toBe(
      '1 result for “Kursk”: 1 place.',
    );
    expect(
      summary(state('troops'), { total: 1234, partial: false, groups: [group('person', 1), group('paragraph', 1233)] }),
    ).toBe('1,234 results for “troops”: 1 person, 1,233 paragraphs.');
  });

  test('says when no result has every word', () => {
    expect(summary(state('Kursk zzyzx'), { total: 2, partial: true, groups: [group('paragraph', 2)] })).toBe(
      '2 results for “Kursk zzyzx” (closest matches: no result has every word): 2 paragraphs.',
    );
  });

  test('says when nothing was found', () => {
    expect(summary(state('zzyzx'), { total: 0, partial: false, groups: [] })).toBe('No results for “zzyzx”.');
  });
});

describe('formatCount', () => {
  test('writes counts as toLocaleString does in English, with a comma every three digits', () => {
    for (const count of [0, 7, 999, 1000, 15487, 100000, 1234567])
      expect(formatCount(count)).toBe(count.toLocaleString('en-US'));
  });
});
