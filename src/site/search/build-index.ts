/**
 * Builds the search index at build time: every article's documents, story by story, their
 * terms, an inverted index from terms to documents, split into shards so the first query
 * fetches little.
 */
import { createHash } from 'node:crypto';
import { clip } from '../../pipeline/parse/title.ts';
import { articleDocuments, primaryDocuments, type SearchableArticle, type SearchablePrimary } from './documents.ts';
import {
  encodeNumbers,
  encodeStarts,
  encodePostings,
  encodeTerms,
  FORMAT_VERSION,
  type DocShard,
  type Posting,
  type PostingShard,
  type SearchManifest,
  type SourceList,
  type StoredArticle,
  type StoredStory,
} from '../../lib/search/format.ts';
import { DOC_KINDS, LIMITS } from '../../lib/search/options.ts';
import { indexTerms } from '../../lib/search/tokenize.ts';

/** The parts of a story that search reads. */
export interface SearchableStory {
  id: string;
  title: string;
  articles: readonly SearchableArticle[];
  /** Its primary sources, read after its articles (so a story's range holds them, and the source filter lists them). */
  primarySources?: readonly SearchablePrimary[];
}

/** The index, file by file. */
export interface SearchIndexFiles {
  manifest: SearchManifest;
  postings: PostingShard[];
  docs: DocShard[];
  sources: SourceList;
}

/** Shard sizes in characters of JSON before compression (about a third once gzipped). */
export interface ShardSizes {
  postingShardChars: number;
  docShardChars: number;
}

/** Documents shards hold about one article: results come from many articles, each fetches only its own. */
export const DEFAULT_SHARD_SIZES: ShardSizes = { postingShardChars: 12_000, docShardChars: 6_000 };

/** Cuts a list into consecutive groups of about `target` characters; returns each group's first index. */
function cutByLength(lengths: readonly number[], target: number): number[] {
  const starts: number[] = [];
  let size = Infinity;
  lengths.forEach((length, index) => {
    if (size + length > target && (size > 0 || starts.length === 0)) {
      starts.push(index);
      size = 0;
    }
    size += length;
  });
  return starts.length > 0 ? starts : [0];
}

function groups<T>(items: readonly T[], starts: readonly number[]): T[][] {
  return starts.map((start, index) => items.slice(start, starts[index + 1] ?? items.length));
}

/** Builds the whole index from the stories, in the order the site lists them, each story's articles (then its primaries) in turn. */
export function buildSearchIndex(
  stories: readonly SearchableStory[],
  sizes: ShardSizes = DEFAULT_SHARD_SIZES,
): SearchIndexFiles {
  const postingsByTerm = new Map<string, Posting[]>();
  const storedArticles: StoredArticle[] = [];
  const counts: number[] = [];
  let doc = 0;

  const storyStarts: number[] = [];
  for (const story of stories) {
    storyStarts.push(storedArticles.length);
    for (const { docs, stored } of [
      ...story.articles.map(articleDocuments),
      ...(story.primarySources ?? []).map(primaryDocuments),
    ]) {
      storedArticles.push(stored);
      for (const kind of DOC_KINDS) counts.push(docs.filter((entry) => entry.kind === kind).length);
      for (const entry of docs) {
        const names = indexTerms(entry.fields.name);
        const terms = new Set([...names, ...indexTerms(entry.fields.text)]);
        for (const term of terms) {
          let list = postingsByTerm.get(term);
          if (!list) postingsByTerm.set(term, (list = []));
          list.push({ doc, inName: names.has(term) });
        }
        doc++;
      }
    }
  }

  // Plain code-unit order, the order the browser's binary search for prefixes assumes.
  const terms = [...postingsByTerm.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const encoded = terms.map((term) => encodePostings(postingsByTerm.get(term)!));
  const postingShards = cutByLength(
    encoded.map((text) => text.length + 3),
    sizes.postingShardChars,
  );
  const docShards = cutByLength(
    storedArticles.map((article) => JSON.stringify(article).length),
    sizes.docShardChars,
  );
  const postings = groups(encoded, postingShards);
  const docs = groups(storedArticles, docShards).map((group) => ({ articles: group }));

  const body = {
    kinds: DOC_KINDS,
    terms: encodeTerms(terms),
    df: encodeNumbers(terms.map((term) => postingsByTerm.get(term)!.length)),
    postingShards: encodeStarts(postingShards),
    docShards: encodeStarts(docShards),
    counts: encodeNumbers(counts),
    stories: stories.map(({ id, title }): StoredStory => [id, clip(title, LIMITS.storyTitle)]),
    storyStarts: encodeStarts(storyStarts),
  };
  const id = createHash('sha256')
    .update(JSON.stringify([body, postings, docs]))
    .digest('hex')
    .slice(0, 12);
  const sources = storedArticles.map(({ slug, source, title }) => ({ slug, source, title }));
  return { manifest: { version: FORMAT_VERSION, id, ...body }, postings, docs, sources };
}
