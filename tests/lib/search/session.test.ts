import { describe, expect, test, vi } from 'vitest';
import { decodeStarts, shardOf } from '../../../src/lib/search/format.ts';
import { SearchSession, type SearchAnswer, type SearchRequest } from '../../../src/lib/search/session.ts';
import { searchEverything, type SearchState } from '../../../src/lib/search/query.ts';
import { ARTICLES } from './corpus.ts';
import { index, serveIndex } from './small-index.ts';

async function open() {
  const { fetchJson, fetched } = serveIndex();
  const session = await SearchSession.open(fetchJson);
  /** The files fetched after the first `count` fetches, without their version. */
  const since = (count: number) => fetched.slice(count).map((path) => path.split('?')[0]!);
  return { session, engine: session.engine, fetched, since };
}

const ask = (q: string, perGroup = 5, filters: Partial<SearchState> = {}): SearchRequest => ({
  state: { ...searchEverything(q), ...filters },
  perGroup,
});
const hrefs = (answer: SearchAnswer | null) =>
  answer!.results.groups.flatMap((group) => group.hits.map((hit) => hit.href));
/** The articles of an answer's results, by the source each names (figures and quotes link to their claim page, not their article). */
const sources = (answer: SearchAnswer | null) =>
  new Set(answer!.results.groups.flatMap((group) => group.hits.map((hit) => hit.source)));

const { engine: reference } = await open();
const postingShardOf = (term: string) => {
  const found = reference.terms.indexOf(term);
  if (found === -1) throw new Error(`"${term}" is not in the test index`);
  return shardOf(decodeStarts(index.manifest.postingShards), found);
};

describe('SearchSession.answer', () => {
  test('answers with the results grouped by kind, each a view of what it shows and where it links', async () => {
    const { session } = await open();
    const answer = await session.answer(ask('Kursk'));
    expect(answer!.results).toMatchObject({ total: 4, partial: false });
    expect(answer!.results.groups.map((group) => group.kind)).toEqual(['place', 'article', 'paragraph']);
    const [place] = answer!.results.groups[0]!.hits;
    expect(place).toMatchObject({
      kind: 'place',
      href: `/articles/a-one/#${ARTICLES[0]!.claims.find((claim) => claim.kind === 'place')!.id}`,
      source: 'Daily Ledger',
      after: ' · named 2 times',
    });
    expect(place!.body).toContainEqual(['Kursk', 'mark']);
    expect(answer!.results.groups[1]!.hits[0]!.body).toEqual([['Troops reach '], ['Kursk', 'mark']]);
  });

  test('shows a quote’s words and its speaker, with the words searched for marked', async () => {
    const { session } = await open();
    const answer = await session.answer(ask('Austin'));
    const [quote] = answer!.results.groups.find((group) => group.kind === 'quote')!.hits;
    expect(quote!.body.map(([text]) => text).join('')).toBe('“the likelihood is pretty high”');
    expect(quote).toMatchObject({ noteLabel: '— ', note: [['Lloyd '], ['Austin', 'mark']] });
  });

  test('says it fetched files the first time a query needs them, and not when the query is repeated', async () => {
    const { session, fetched } = await open();
    const first = await session.answer(ask('Kursk'));
    expect(first!.timing.fetched).toBe(true);
    const count = fetched.length;
    const again = await session.answer(ask('Kursk'));
    expect(fetched).toHaveLength(count);
    expect(again!.timing).toMatchObject({ fetched: false, fetchWait: 0 });
    expect(again!.results).toEqual(first!.results);
  });

  test('reuses the ranking of a recent search whose words stand for the same terms', async () => {
    const { session, engine } = await open();
    const rank = vi.spyOn(engine, 'rank');
    const first = await session.answer(ask('troops '));
    const next = await session.answer(ask('troops k'));
    expect(next!.results).toEqual(first!.results);
    expect(rank).toHaveBeenCalledTimes(1);
    // Another filter is another ranking.
    const figures = await session.answer(ask('troops k', 5, { kinds: ['figure'] }));
    expect(figures!.results.groups.map((group) => group.kind)).toEqual(['figure']);
    expect(rank).toHaveBeenCalledTimes(2);
  });

  test('returns null when a newer search replaces it while it waits for postings', async () => {
    const { session } = await open();
    let current = true;
    const pending = session.answer(ask('Kursk'), () => current);
    current = false;
    expect(await pending).toBeNull();
  });

  test('finishes a search replaced while its documents load, whose files are on the way anyway', async () => {
    const { session, engine, since } = await open();
    await engine.loadPostings(engine.missingPostings(engine.plan('Kursk')));
    let current = true;
    const pending = session.answer(ask('Kursk'), () => current);
    current = false;
    expect((await pending)!.results.total).toBe(4);
    expect(since(0).some((file) => file.startsWith('d/'))).toBe(true);
  });

  test('answers a search that needs no files, even when a newer one has replaced it', async () => {
    const { session } = await open();
    await session.answer(ask('Kursk'));
    expect(await session.answer(ask('Kursk'), () => false)).not.toBeNull();
  });

  test('keeps only the results of the source chosen', async () => {
    const { session } = await open();
    const everywhere = hrefs(await session.answer(ask('troops')));
    expect(everywhere.some((href) => href.startsWith('/articles/a-one/'))).toBe(true);
    const answer = await session.answer(ask('troops', 5, { source: 'b-two' }));
    const filtered = hrefs(answer);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((href) => href.startsWith('/articles/b-two/'))).toBe(true);
    expect(answer!.results.total).toBeLessThan(everywhere.length);
    expect(answer!.results.groups.flatMap((group) => group.hits.map((hit) => hit.source))).toContain(
      'Officials warn of…',
    );
  });

  test('keeps only the results of the story chosen, each naming it', async () => {
    const { session } = await open();
    const everywhere = await session.answer(ask('troops'));
    const stories = (answer: SearchAnswer | null) =>
      new Set(answer!.results.groups.flatMap((group) => group.hits.map((hit) => hit.story)));
    expect(stories(everywhere)).toEqual(new Set(['Troops sent to Kursk, and what officials say…', 'Flood relief']));
    const flood = await session.answer(ask('troops', 5, { story: 'flood' }));
    expect(sources(flood)).toEqual(new Set(['Valley Gazette']));
    expect(stories(flood)).toEqual(new Set(['Flood relief']));
    const kursk = await session.answer(ask('troops', 5, { story: 'troops-in-kursk' }));
    expect(sources(kursk)).toEqual(new Set(['Daily Ledger', 'Officials warn of…']));
    expect(flood!.results.total + kursk!.results.total).toBe(everywhere!.results.total);
  });

  test('filters by story from the manifest alone, without fetching the list of sources', async () => {
    const { session, since } = await open();
    await session.answer(ask('troops', 5, { story: 'flood' }));
    expect(since(0)).not.toContain('sources.json');
  });

  test('searches every story for a story it does not know, as an old link may name', async () => {
    const { session } = await open();
    const everywhere = await session.answer(ask('troops'));
    expect((await session.answer(ask('troops', 5, { story: 'no-such-story' })))!.results).toEqual(everywhere!.results);
  });

  test('with a story and one of its sources, keeps that source; a source of another story leaves the story', async () => {
    const { session } = await open();
    const both = await session.answer(ask('troops', 5, { story: 'troops-in-kursk', source: 'b-two' }));
    expect(new Set(hrefs(both).map((href) => href.split('/')[2]))).toEqual(new Set(['b-two']));
    const elsewhere = await session.answer(ask('troops', 5, { story: 'flood', source: 'b-two' }));
    expect(elsewhere!.results).toEqual((await session.answer(ask('troops', 5, { story: 'flood' })))!.results);
  });

  test('with a story and a kind, keeps the story’s results of that kind', async () => {
    const { session } = await open();
    const answer = await session.answer(ask('troops', 5, { story: 'flood', kinds: ['figure'] }));
    expect(answer!.results.groups.map((group) => [group.kind, group.total])).toEqual([['figure', 1]]);
    // A figure opens its own page.
    expect(hrefs(answer)[0]).toMatch(/^\/claims\/f-[a-z0-9-]+\/$/);
    expect(sources(answer)).toEqual(new Set(['Valley Gazette']));
  });

  test('says it fetched nothing when a source is chosen again and every file is loaded', async () => {
    const { session } = await open();
    expect((await session.answer(ask('troops', 5, { source: 'b-two' })))!.timing.fetched).toBe(true);
    expect((await session.answer(ask('troops', 5, { source: 'b-two' })))!.timing.fetched).toBe(false);
  });
});

describe('SearchSession.prefetch', () => {
  test('fetches what the likeliest next keystroke needs, so that it is answered without fetching', async () => {
    const { session, fetched, since } = await open();
    expect(session.engine.likeliestNextLetters('k', 1)).toEqual(['u']);
    expect((await session.answer(ask('K')))!.timing.fetched).toBe(false);
    const count = fetched.length;
    await session.prefetch();
    expect(since(count)).toEqual(expect.arrayContaining([`p/${postingShardOf('kursk')}.json`, 'd/0.json']));
    const next = await session.answer(ask('Ku'));
    expect(next!.timing.fetched).toBe(false);
    expect(next!.results.total).toBeGreaterThan(0);
  });

  test('prepares the answers to the likeliest next searches, the same as they would be worked out then', async () => {
    const { session } = await open();
    await session.answer(ask('Kur'));
    const prepared = await session.prefetch();
    expect(prepared.map(({ request }) => request.state.q)).toContain('Kurs');
    const next = await session.answer(ask('Kurs'));
    expect(next!.timing).toMatchObject({ prepared: true, fetched: false });
    const { session: fresh } = await open();
    expect(next!.results).toEqual((await fresh.answer(ask('Kurs')))!.results);
  });

  test('guesses the next letter of a word with a letter mistyped from the words it may stand for', () => {
    // "kirs" is "kurs" with one letter changed: kursk follows.
    expect(reference.likeliestNextLetters('kirs', 2)).toEqual(['k']);
    // A word that starts as typed counts for far more than one with a letter changed.
    expect(reference.likeliestNextLetters('ku', 1)).toEqual(['r']);
  });

  test('prepares the word ended by a space when it is a word itself, however likely other letters are', async () => {
    const { session } = await open();
    vi.spyOn(session.engine, 'likeliestNextLetters').mockImplementation(() => ['b', 'x', 'y']);
    await session.answer(ask('co'));
    const prepared = await session.prefetch();
    expect(prepared.map(({ request }) => request.state.q)).toContain('co ');
    // Not for a word that is only the start of others.
    await session.answer(ask('cob'));
    expect((await session.prefetch()).map(({ request }) => request.state.q)).not.toContain('cob ');
  });

  test('guesses the next letter of a misspelled word from its corrections', async () => {
    const { session } = await open();
    // "krus" is "kurs" with two letters swapped: no word starts with it or with it mistyped once.
    expect(session.engine.likeliestNextLetters('krus', 2)).toEqual([]);
    await session.answer(ask('Krus'));
    const prepared = await session.prefetch();
    expect(prepared.map(({ request }) => request.state.q)).toContain('Krusk');
  });

  test('uses a prepared answer only for the very search it answers', async () => {
    const { session } = await open();
    await session.answer(ask('Kur'));
    await session.prefetch();
    const narrower = await session.answer(ask('Kurs', 5, { kinds: ['place'] }));
    expect(narrower!.timing.prepared).toBeUndefined();
    expect(narrower!.results.groups.map((group) => group.kind)).toEqual(['place']);
  });

  test('without it, the next keystroke has to fetch', async () => {
    const { session } = await open();
    await session.answer(ask('K'));
    expect((await session.answer(ask('Ku')))!.timing.fetched).toBe(true);
  });

  test.each([
    ['a story', { story: 'troops-in-kursk' }],
    ['another story', { story: 'flood' }],
    ['a story and a kind', { story: 'troops-in-kursk', kinds: ['place' as const] }],
    ['a source', { source: 'a-one' }],
  ])(
    'with %s chosen, prepares the likeliest next searches under it, the same as worked out afresh',
    async (_, filters) => {
      const { session } = await open();
      await session.answer(ask('Kur', 5, filters));
      const prepared = await session.prefetch();
      expect(prepared.map(({ request }) => request)).toContainEqual(ask('Kurs', 5, filters));
      const next = await session.answer(ask('Kurs', 5, filters));
      expect(next!.timing).toMatchObject({ prepared: true, fetched: false });
      const { session: fresh } = await open();
      expect(next!.results).toEqual((await fresh.answer(ask('Kurs', 5, filters)))!.results);
    },
  );

  test('never answers a search under one story with an answer prepared under another', async () => {
    const { session } = await open();
    await session.answer(ask('Kur', 5, { story: 'troops-in-kursk' }));
    await session.prefetch();
    const flood = await session.answer(ask('Kurs', 5, { story: 'flood' }));
    expect(flood!.timing.prepared).toBeUndefined();
    expect(flood!.results.total).toBe(0);
  });

  test('with a source chosen, still fetches the postings of the word’s completions', async () => {
    const { session, fetched, since } = await open();
    await session.answer(ask('K', 5, { source: 'a-one' }));
    const count = fetched.length;
    await session.prefetch();
    expect(since(count)).toEqual(
      expect.arrayContaining(
        [...new Set(['kim', 'korean', 'kursk'].map(postingShardOf))].map((shard) => `p/${shard}.json`),
      ),
    );
  });

  test('stops before fetching documents when a newer search has replaced the one it fetches for', async () => {
    const { session, fetched, since } = await open();
    await session.answer(ask('K'));
    const count = fetched.length;
    await session.prefetch(() => false);
    expect(since(count).some((file) => file.startsWith('d/'))).toBe(false);
  });

  test('settles without an error when the files it fetches ahead fail to load', async () => {
    const offline = await SearchSession.open(async (path) => {
      if (path === 'index.json') return index.manifest;
      throw new Error('offline');
    });
    expect((await offline.answer(ask('K')))!.results.total).toBe(0);
    await expect(offline.prefetch()).resolves.toEqual([]);
  });

  test('fetches nothing before the first answer', async () => {
    const { session, fetched } = await open();
    const count = fetched.length;
    await session.prefetch();
    expect(fetched).toHaveLength(count);
  });
});

describe('SearchSession.warmUp', () => {
  test('returns steps that run without fetching anything, and leave later answers as they were', async () => {
    const { session: cold } = await open();
    const expected = await cold.answer(ask('Kursk'));
    const { session, fetched } = await open();
    const count = fetched.length;
    const steps = session.warmUp();
    expect(steps.length).toBeGreaterThan(1);
    for (const step of steps) expect(step).not.toThrow();
    expect(fetched).toHaveLength(count);
    expect((await session.answer(ask('Kursk')))!.results).toEqual(expected!.results);
  });
});

describe('fetching ahead in the engine', () => {
  test('likeliestNextLetters weights each letter by how many documents hold the words it leads to', () => {
    // kim (2 documents), korean (1), kursk (4): one word each, but most documents hold kursk.
    expect(reference.likeliestNextLetters('k', 1)).toEqual(['u']);
    expect(reference.likeliestNextLetters('l', 1)).toEqual(['l']);
    expect(reference.likeliestNextLetters('co', 2)).toEqual([' ', 'b']);
  });

  test('likeliestNextLetters ends a whole word with a space, and is empty when no word starts with the prefix', () => {
    expect(reference.likeliestNextLetters('kursk', 2)).toEqual([' ']);
    expect(reference.likeliestNextLetters('zz', 2)).toEqual([]);
  });

  test('missingPrefixPostings lists the shards of every word the prefix starts, none when they are more than max', async () => {
    const { engine } = await open();
    const [first, last] = [postingShardOf('said'), postingShardOf('south')];
    expect(last).toBe(first + 1);
    expect(engine.missingPrefixPostings('s', 2)).toEqual([first, last]);
    expect(engine.missingPrefixPostings('s', 1)).toEqual([]);
    expect(engine.missingPrefixPostings('zz', 4)).toEqual([]);
  });

  test('missingPrefixPostings leaves out the shards already loaded', async () => {
    const { engine } = await open();
    const [first, last] = [postingShardOf('said'), postingShardOf('south')];
    await engine.loadPostings([first]);
    expect(engine.missingPrefixPostings('s', 2)).toEqual([last]);
    await engine.loadPostings([last]);
    expect(engine.missingPrefixPostings('s', 2)).toEqual([]);
  });
});
