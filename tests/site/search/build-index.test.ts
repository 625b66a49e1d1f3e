import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../../../src/site/search/build-index.ts';
import { decodeNumbers, decodePostings, decodeStarts, decodeTerms } from '../../../src/lib/search/format.ts';
import { DOC_KINDS } from '../../../src/lib/search/options.ts';
import { ARTICLES, STORIES } from '../../lib/search/corpus.ts';

const index = buildSearchIndex(STORIES);
const terms = decodeTerms(index.manifest.terms);
const postingsOf = (term: string) => {
  const at = terms.indexOf(term);
  const starts = decodeStarts(index.manifest.postingShards);
  const shard = starts.findLastIndex((start) => start <= at);
  return decodePostings(index.postings[shard]![at - starts[shard]!]!);
};

describe('buildSearchIndex', () => {
  test('numbers documents article by article and kind by kind, and says how many of each', () => {
    const counts = decodeNumbers(index.manifest.counts);
    const byKind = (article: number) =>
      Object.fromEntries(DOC_KINDS.map((kind, k) => [kind, counts[article * DOC_KINDS.length + k]]));
    expect(index.manifest.kinds).toEqual(DOC_KINDS);
    expect(byKind(0)).toEqual({ quote: 1, figure: 1, place: 1, person: 1, article: 1, paragraph: 2, primary: 0 });
    expect(byKind(1)).toEqual({ quote: 0, figure: 0, place: 1, person: 1, article: 1, paragraph: 2, primary: 0 });
  });

  test('stores a place named twice once, linked to its first mention, with how many more times it is named', () => {
    const [stored] = index.docs[0]!.articles[0]!.docs.slice(2, 3);
    const first = ARTICLES[0]!.claims.find((claim) => claim.kind === 'place')!;
    expect(stored).toEqual([1, first.start, first.end, first.id.slice(-8), 0, 1]);
  });

  test('leaves out boilerplate, a repeated line, and a headline that is the title', () => {
    expect(terms).not.toContain('comment');
    const lines = Object.keys(index.docs[0]!.articles[1]!.lines).map(Number);
    expect(lines).toEqual([2, 3]);
  });

  test('keeps the vocabulary sorted, without stop words, with numbers as typed without separators', () => {
    expect(terms).toEqual([...terms].sort());
    expect(terms).toContain('11000');
    expect(terms).toContain('cobelligerents');
    expect(terms).not.toContain('the');
  });

  test('records whether a term is in a document’s name field: a quote’s speaker, not its words', () => {
    const austin = postingsOf('austin');
    expect([...austin.docs]).toEqual([0, 3, 5]);
    expect([...austin.names]).toEqual([1, 1, 0]);
  });

  test('writes what results show: the source and title, and the lines documents point into', () => {
    expect(index.docs[0]!.articles.map(({ slug, source, title }) => ({ slug, source, title }))).toEqual([
      { slug: 'a-one', source: 'Daily Ledger', title: 'Troops reach Kursk' },
      { slug: 'b-two', source: 'Officials warn of…', title: 'Officials warn of co-belligerents' },
      { slug: 'c-three', source: 'Valley Gazette', title: 'Guard troops bring water' },
    ]);
  });

  test('splits into shards that between them hold every term and every article', () => {
    const small = buildSearchIndex(STORIES, { postingShardChars: 20, docShardChars: 10 });
    expect(small.postings.length).toBeGreaterThan(1);
    expect(small.postings.flat()).toEqual(index.postings.flat());
    expect(small.docs.flatMap((shard) => shard.articles)).toEqual(index.docs.flatMap((shard) => shard.articles));
    expect(decodeStarts(small.manifest.docShards)).toEqual([0, 1, 2]);
  });

  test('numbers articles story by story, and lists each story once with its first article', () => {
    expect(index.manifest.stories).toEqual([
      ['troops-in-kursk', 'Troops sent to Kursk, and what officials say…'],
      ['flood', 'Flood relief'],
    ]);
    expect(decodeStarts(index.manifest.storyStarts)).toEqual([0, 2]);
    expect(index.docs.flatMap((shard) => shard.articles.map((article) => article.slug))).toEqual([
      'a-one',
      'b-two',
      'c-three',
    ]);
  });

  test('keeps a story without articles, starting where the next one does', () => {
    const [troops, flood] = STORIES;
    const files = buildSearchIndex([troops!, { id: 'empty', title: 'Nothing loaded', articles: [] }, flood!]);
    expect(files.manifest.stories.map(([id]) => id)).toEqual(['troops-in-kursk', 'empty', 'flood']);
    expect(decodeStarts(files.manifest.storyStarts)).toEqual([0, 2, 2]);
  });

  test('lists every source for the source filter, in index order', () => {
    expect(index.sources).toEqual([
      { slug: 'a-one', source: 'Daily Ledger', title: 'Troops reach Kursk' },
      { slug: 'b-two', source: 'Officials warn of…', title: 'Officials warn of co-belligerents' },
      { slug: 'c-three', source: 'Valley Gazette', title: 'Guard troops bring water' },
    ]);
  });

  test('gives the same index the same id, and a changed index another', () => {
    expect(buildSearchIndex(STORIES).manifest.id).toBe(index.manifest.id);
    expect(buildSearchIndex(STORIES.slice(0, 1)).manifest.id).not.toBe(index.manifest.id);
    // A story renamed is a changed index: results name it.
    expect(buildSearchIndex([STORIES[0]!, { ...STORIES[1]!, title: 'Floods' }]).manifest.id).not.toBe(
      index.manifest.id,
    );
  });
});

describe('buildSearchIndex with primary sources', () => {
  const lines = ['Briefing on the port', 'MS. OKAFOR:  The cranes arrive today.', 'Q    When do the tugboats leave?'];
  const primary = {
    slug: 'briefing',
    title: 'Briefing on the port',
    publisher: 'Port Authority',
    lines,
    turns: [
      { label: 'MS. OKAFOR', question: false, line: 1, labelStart: 0, pieces: [{ line: 1, start: 13, end: 38 }] },
      { label: 'Q', question: true, line: 2, labelStart: 0, pieces: [{ line: 2, start: 5, end: 31 }] },
    ],
    speakers: ['Anna Okafor', null],
    path: '/stories/port/primary/briefing/',
  };
  // The primary belongs to the last story, so it comes after every article and the others keep their numbers.
  const last = STORIES.length - 1;
  const withPrimary = buildSearchIndex(
    STORIES.map((story, index) => (index === last ? { ...story, primarySources: [primary] } : story)),
  );

  test('numbers a primary after its story’s articles, in its story’s range, its passages as their own kind', () => {
    const counts = decodeNumbers(withPrimary.manifest.counts);
    const own = counts.slice(-DOC_KINDS.length);
    expect(Object.fromEntries(DOC_KINDS.map((kind, k) => [kind, own[k]]))).toMatchObject({ primary: 2, article: 0 });
    expect(counts.slice(0, ARTICLES.length * DOC_KINDS.length)).toEqual(decodeNumbers(index.manifest.counts));
    expect(decodeStarts(withPrimary.manifest.storyStarts)).toEqual(decodeStarts(index.manifest.storyStarts));
    expect(withPrimary.sources.at(-1)).toEqual({
      slug: 'briefing',
      source: 'Port Authority',
      title: 'Briefing on the port',
    });
  });

  test('stores each passage with its line, the speaker as its note, and the primary’s own page', () => {
    const stored = withPrimary.docs.flatMap((shard) => shard.articles).at(-1)!;
    expect(stored).toMatchObject({
      slug: 'briefing',
      path: '/stories/port/primary/briefing/',
      source: 'Port Authority',
    });
    expect(stored.docs).toEqual([
      [1, 13, 38, '', 'Anna Okafor'],
      [2, 5, 31],
    ]);
    expect(decodeTerms(withPrimary.manifest.terms)).toEqual(expect.arrayContaining(['cranes', 'okafor', 'tugboats']));
  });
});
