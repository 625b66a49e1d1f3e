import { describe, expect, test } from 'vitest';
import { LIMITS } from '../../../src/lib/search/options.ts';
import { searchedWords, SearchEngine, type SearchFilters, type SearchHit } from '../../../src/lib/search/engine.ts';
import { buildSearchIndex } from '../../../src/site/search/build-index.ts';
import { parseArticleText } from '../../../src/pipeline/parse/parse-article.ts';
import { ARTICLES } from './corpus.ts';
import { index, serveIndex } from './small-index.ts';

async function open() {
  const { fetchJson, fetched } = serveIndex();
  return { engine: await SearchEngine.open(fetchJson), fetched };
}

/** The whole search with the engine's steps: plan, fetch postings, rank, fetch documents, describe. */
async function search(on: SearchEngine, query: string, filters: SearchFilters = { kinds: [], articles: null }) {
  const plan = on.plan(query);
  await on.loadPostings(on.missingPostings(plan));
  const ranking = on.rank(plan, filters, LIMITS.perGroupPage);
  const docs = ranking.groups.flatMap((group) => group.docs);
  await on.loadDocs(on.missingDocs(docs));
  return { ranking, hits: docs.map((doc) => on.hit(doc)) };
}

const { engine } = await open();
const find = async (query: string, filters: SearchFilters = { kinds: [], articles: null }) =>
  (await search(engine, query, filters)).hits;
const byKind = (hits: SearchHit[], kind: string) => hits.filter((hit) => hit.kind === kind);

describe('SearchEngine', () => {
  test('finds Kursk for "Kurks", and links the place to its first mention', async () => {
    expect(engine.plan('Kurks')[0]!.expansions.map(({ index }) => engine.terms[index])).toEqual(['kursk']);
    const [place] = byKind(await find('Kurks'), 'place');
    expect(place).toMatchObject({ source: 'Daily Ledger', more: 1, lineNumber: 2 });
    expect(place!.href).toBe(`/articles/a-one/#${ARTICLES[0]!.claims.find((claim) => claim.kind === 'place')!.id}`);
  });

  test('finds what Austin said for "Austen": the quote he is credited with, first', async () => {
    const hits = await find('Austen');
    expect(hits[0]).toMatchObject({ kind: 'quote', note: 'Lloyd Austin' });
    expect(hits[0]!.text.slice(...hits[0]!.focus!)).toBe('“the likelihood is pretty high”');
  });

  test('finds "11,000 troops" for "11000 troops"', async () => {
    const [figure] = byKind(await find('11000 troops'), 'figure');
    expect(figure!.text.slice(...figure!.focus!)).toBe('As many as 11,000 troops');
    expect(figure!.note).toBe('Seoul');
  });

  test('finds "co-belligerents" for "co belligerent", in paragraphs and titles', async () => {
    const hits = await find('co belligerent');
    expect(byKind(hits, 'paragraph').map((hit) => hit.href)).toEqual(['/articles/b-two/#L3']);
    expect(byKind(hits, 'article').map((hit) => hit.title)).toEqual(['Officials warn of co-belligerents']);
  });

  test('lists a speaker’s claims for their name, across kinds', async () => {
    const hits = await find('Kim Yong-hyun');
    expect(hits.map((hit) => hit.kind)).toEqual(['person', 'paragraph']);
  });

  test('filters by kind and by source', async () => {
    expect(new Set((await find('troops', { kinds: ['figure'], articles: null })).map((hit) => hit.kind))).toEqual(
      new Set(['figure']),
    );
    expect(
      new Set((await find('troops', { kinds: [], articles: { from: 1, to: 2 } })).map((hit) => hit.href.split('#')[0])),
    ).toEqual(new Set(['/articles/b-two/']));
  });

  test('names the story of every result', async () => {
    const hits = await find('troops');
    const story = (slug: string) =>
      new Set(hits.filter((hit) => hit.href.includes(`/${slug}/`)).map((hit) => hit.story));
    expect(story('a-one')).toEqual(new Set(['Troops sent to Kursk, and what officials say…']));
    expect(story('b-two')).toEqual(new Set(['Troops sent to Kursk, and what officials say…']));
    expect(story('c-three')).toEqual(new Set(['Flood relief']));
  });

  test('gives the articles of a story by its id, and nothing for a story it does not have', () => {
    expect(engine.storyArticles('troops-in-kursk')).toEqual({ from: 0, to: 2 });
    expect(engine.storyArticles('flood')).toEqual({ from: 2, to: 3 });
    expect(engine.storyArticles('no-such-story')).toBeNull();
  });

  test('filters by story, with or without kinds', async () => {
    // A figure or quote links to its claim page, so the article is told by its title.
    const articlesOf = (hits: SearchHit[]) => new Set(hits.map((hit) => hit.title));
    const [one, two, three] = ['Troops reach Kursk', 'Officials warn of co-belligerents', 'Guard troops bring water'];
    expect(articlesOf(await find('troops'))).toEqual(new Set([one, two, three]));
    const flood = engine.storyArticles('flood');
    expect(articlesOf(await find('troops', { kinds: [], articles: flood }))).toEqual(new Set([three]));
    const troops = engine.storyArticles('troops-in-kursk');
    expect(articlesOf(await find('troops', { kinds: [], articles: troops }))).toEqual(new Set([one, two]));
    const figures = await find('troops', { kinds: ['figure'], articles: troops });
    expect(figures.map((hit) => [hit.kind, hit.note])).toEqual([['figure', 'Seoul']]);
  });

  test('shows the closest matches when no document has every word, and says so', async () => {
    const { ranking } = await search(engine, 'Kursk zzyzx');
    expect(ranking.partial).toBe(true);
    expect(ranking.total).toBeGreaterThan(0);
    expect((await search(engine, 'Kursk')).ranking.partial).toBe(false);
  });

  test('completes a stop word still being typed: "so" may be the start of "south"', async () => {
    expect(engine.plan('So')[0]!.expansions.map(({ index }) => engine.terms[index])).toContain('south');
    expect((await find('So')).length).toBeGreaterThan(0);
    expect(await find('So ')).toEqual([]);
  });

  test('does not correct a word that is found as typed', () => {
    expect(engine.plan('south ')[0]!.expansions.map(({ index }) => engine.terms[index])).toEqual(['south']);
  });

  test('completes the word being typed, and no other (short words are not corrected either)', () => {
    const [first, last] = engine.plan('kur troo');
    expect(first!.expansions).toEqual([]);
    expect(last!.expansions.map(({ index }) => engine.terms[index])).toEqual(['troops']);
  });

  test('reads a word being typed as the common word it likely becomes, not a rare one that starts the same', async () => {
    // "kim" in six paragraphs, "kimaran" (rarer, so worth more to a whole-word search) in one, "ki" in one.
    const lines = [
      'Talks in the north',
      ...Array.from({ length: 6 }, (_, n) => `Kim met envoy ${n} today.`),
      'Kimaran is a village.',
      'The ki of the story.',
    ];
    const text = lines.join('\n');
    const article = {
      id: 'k',
      slug: 'k',
      title: lines[0]!,
      outlet: 'Ledger',
      tree: parseArticleText(text),
      claims: [],
    };
    const files = buildSearchIndex([{ id: 'talks', title: 'Talks', articles: [article] }]);
    const on = await SearchEngine.open(async (path) => {
      const [file] = path.split('?');
      if (file === 'index.json') return files.manifest;
      const [, kind, n] = /^(p|d)\/(\d+)\.json$/.exec(file!)!;
      return kind === 'p' ? files.postings[Number(n)] : files.docs[Number(n)];
    });
    const paragraphs = async (query: string) =>
      (await search(on, query)).hits.filter((hit) => hit.kind === 'paragraph').map((hit) => hit.text);
    for (const query of ['Ki', 'Kim']) expect((await paragraphs(query))[0]).toMatch(/^Kim met/);
    // A whole word is still searched as typed.
    expect(await paragraphs('Kimaran ')).toEqual(['Kimaran is a village.']);
  });

  test('leaves out the first letter of the next word, which stands for nothing yet', async () => {
    expect(searchedWords(engine.plan('troops k'))).toEqual(engine.plan('troops '));
    const { ranking } = await search(engine, 'troops k');
    expect(ranking.partial).toBe(false);
    expect(ranking.groups).toEqual((await search(engine, 'troops ')).ranking.groups);
    // A longer word that stands for nothing stays, and says the results are partial.
    expect(searchedWords(engine.plan('troops zq'))).toHaveLength(2);
    expect((await search(engine, 'troops zq')).ranking.partial).toBe(true);
  });

  test('fetches the manifest once, then only the shards a query needs, each once', async () => {
    const { engine: fresh, fetched } = await open();
    await search(fresh, 'Kursk');
    await search(fresh, 'Kursk');
    expect(fetched[0]).toBe('index.json');
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(fetched.filter((path) => path.startsWith('p/')).length).toBeLessThan(index.postings.length);
    expect(fetched.every((path) => path === 'index.json' || path.endsWith(`?v=${index.manifest.id}`))).toBe(true);
  });

  test('refuses an index in another format', async () => {
    await expect(SearchEngine.open(async () => ({ ...index.manifest, version: 99 }))).rejects.toThrow(
      /rebuild the site/,
    );
  });
});
