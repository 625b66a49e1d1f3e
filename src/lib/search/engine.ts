/**
 * The search engine the browser runs (and the tests and the benchmark run in Node): reads the
 * manifest, expands each query word against the vocabulary (completions, and corrections with
 * Fuse.js), looks the terms up in the inverted index, ranks and groups the documents, and
 * fetches only the shards it needs. Planning, ranking and presenting are synchronous, so a
 * keystroke whose shards are loaded is answered within one task; fetching is separate and async.
 */
import { hasClaimPage } from '../claim-kinds.ts';
import { articlePath, claimInPlacePath, claimPath, lineAnchor } from '../urls.ts';
import { expandClaimId } from './claim-anchor.ts';
import {
  decodeNumbers,
  decodePostings,
  decodeStarts,
  decodeTerms,
  encodePostings,
  FORMAT_VERSION,
  shardOf,
  type DocShard,
  type PostingShard,
  type SearchManifest,
  type SourceList,
  type StoredArticle,
} from './format.ts';
import type { Range } from './highlight.ts';
import { DOC_KINDS, LIMITS, type DocKind } from './options.ts';
import { shapeQuery, type QueryTerm } from './query.ts';
import {
  Ranker,
  type ArticleRange,
  type PostingList,
  type Ranking,
  type ScoredTerm,
  type SearchFilters,
} from './ranking.ts';
import { lowerBound, Vocabulary, type Expansion, type WarmUp } from './vocabulary.ts';

export type { Expansion } from './vocabulary.ts';
export type { ArticleRange, RankedGroup, Ranking, SearchFilters } from './ranking.ts';

/** Fetches and parses one JSON file of the index, by its path below the index's folder. */
export type FetchJson = (path: string) => Promise<unknown>;

/** A query word and the vocabulary terms it stands for. */
export interface TermPlan {
  query: QueryTerm;
  expansions: Expansion[];
}

/** One result as the page shows it. */
export interface SearchHit {
  doc: number;
  kind: DocKind;
  href: string;
  /** The outlet, or a short form of the title when it is not known. */
  source: string;
  title: string;
  /** The title of the article's story, clipped. */
  story: string;
  /** The line the result is in (the title, for an article). */
  text: string;
  /** The claim's place in `text`, for claims. */
  focus?: Range;
  /** A quote's speaker, a figure's source, a person's role. */
  note?: string;
  /** How many more times a place or person is named in the article. */
  more?: number;
  /** 1-based line number, as the reader page shows it; absent for articles. */
  lineNumber?: number;
}

/** How much a word whose start is the typed one with a letter changed counts, when guessing the next letter. */
const MISTYPED_SHARE = 0.05;

/**
 * The words of a plan that are searched: a word still being typed that is too short to complete
 * and is no word itself stands for nothing yet and is left out, so that starting the next word
 * ("north k") keeps the results of the words before it.
 */
export function searchedWords(plan: readonly TermPlan[]): readonly TermPlan[] {
  const typing = plan.at(-1);
  const unfinished =
    typing !== undefined &&
    typing.query.prefix &&
    typing.query.term.length < LIMITS.prefixMinLength &&
    typing.expansions.length === 0;
  return unfinished ? plan.slice(0, -1) : plan;
}

/** Fetches the shards of one kind (postings or documents), each at most once, and keeps them. */
class ShardCache<T> {
  private readonly pending = new Map<number, Promise<T>>();
  readonly loaded = new Map<number, T>();
  private readonly load: (shard: number) => Promise<unknown>;

  constructor(load: (shard: number) => Promise<unknown>) {
    this.load = load;
  }

  fetch(shards: readonly number[]): Promise<unknown> {
    return Promise.all(
      shards.map((shard) => {
        let pending = this.pending.get(shard);
        if (!pending) {
          pending = this.load(shard).then((data) => {
            this.loaded.set(shard, data as T);
            return data as T;
          });
          // A failed fetch is tried again by the next search.
          pending.catch(() => this.pending.delete(shard));
          this.pending.set(shard, pending);
        }
        return pending;
      }),
    );
  }
}

export class SearchEngine {
  readonly manifest: SearchManifest;
  readonly vocabulary: Vocabulary;
  readonly docCount: number;
  private readonly fetchJson: FetchJson;
  private readonly docArticle: Uint32Array;
  private readonly docKind: Uint8Array;
  private readonly articleStart: Uint32Array;
  private readonly ranker: Ranker;
  /** Each posting shard's first term, each document shard's first article, and each story's first article. */
  private readonly postingStarts: number[];
  private readonly docStarts: number[];
  private readonly storyStarts: number[];
  private readonly postingShards: ShardCache<PostingShard>;
  private readonly docShards: ShardCache<DocShard>;
  private readonly decoded = new Map<number, PostingList>();
  private sources: Promise<SourceList> | null = null;
  private loadedSources: SourceList | null = null;

  private constructor(manifest: SearchManifest, fetchJson: FetchJson) {
    this.manifest = manifest;
    this.fetchJson = fetchJson;
    // Documents are numbered article by article and kind by kind: the counts say whose each is.
    const counts = decodeNumbers(manifest.counts);
    const kinds = manifest.kinds.length;
    const articleCount = counts.length / kinds;
    this.docCount = counts.reduce((sum, count) => sum + count, 0);
    this.docArticle = new Uint32Array(this.docCount);
    this.docKind = new Uint8Array(this.docCount);
    this.articleStart = new Uint32Array(articleCount + 1);
    let doc = 0;
    for (let article = 0; article < articleCount; article++) {
      this.articleStart[article] = doc;
      for (let kind = 0; kind < kinds; kind++) {
        const kindIndex = DOC_KINDS.indexOf(manifest.kinds[kind]!);
        for (let n = counts[article * kinds + kind]!; n > 0; n--, doc++) {
          this.docArticle[doc] = article;
          this.docKind[doc] = kindIndex;
        }
      }
    }
    this.articleStart[articleCount] = doc;
    this.vocabulary = new Vocabulary(decodeTerms(manifest.terms), decodeNumbers(manifest.df), this.docCount);
    this.ranker = new Ranker(this.docArticle, this.docKind);
    this.postingStarts = decodeStarts(manifest.postingShards);
    this.docStarts = decodeStarts(manifest.docShards);
    this.storyStarts = decodeStarts(manifest.storyStarts);
    this.postingShards = new ShardCache((shard) => fetchJson(`p/${shard}.json?v=${manifest.id}`));
    this.docShards = new ShardCache((shard) => fetchJson(`d/${shard}.json?v=${manifest.id}`));
  }

  /** Loads the manifest and returns an engine ready to plan queries. */
  static async open(fetchJson: FetchJson): Promise<SearchEngine> {
    const manifest = (await fetchJson('index.json')) as SearchManifest;
    // The file comes from the server and may be of an older build: its version is checked, not trusted.
    const version: unknown = manifest.version;
    if (version !== FORMAT_VERSION)
      throw new Error(`search index format ${String(version)} is not ${FORMAT_VERSION}: rebuild the site`);
    return new SearchEngine(manifest, fetchJson);
  }

  /** The vocabulary, sorted. */
  get terms(): readonly string[] {
    return this.vocabulary.terms;
  }

  /** The query's words and the vocabulary terms each stands for (exact, completions, corrections). */
  plan(query: string): TermPlan[] {
    return shapeQuery(query).map((term) => ({ query: term, expansions: this.vocabulary.expand(term) }));
  }

  /** Posting shards a plan needs that are not loaded yet. */
  missingPostings(plan: readonly TermPlan[]): number[] {
    const shards = plan.flatMap(({ expansions }) => expansions.map(({ index }) => shardOf(this.postingStarts, index)));
    return [...new Set(shards)].filter((shard) => !this.postingShards.loaded.has(shard));
  }

  /**
   * Posting shards not loaded yet that hold every term starting with `prefix`: whatever the
   * reader types next to finish this word is then already here. None when they are more than
   * `max` shards (a one-letter prefix of a large index).
   */
  missingPrefixPostings(prefix: string, max: number): number[] {
    const { terms } = this.vocabulary;
    const start = lowerBound(terms, prefix);
    const end = lowerBound(terms, `${prefix}\uffff`);
    if (end <= start) return [];
    const first = shardOf(this.postingStarts, start);
    const last = shardOf(this.postingStarts, end - 1);
    if (last - first + 1 > max) return [];
    const shards: number[] = [];
    for (let shard = first; shard <= last; shard++) if (!this.postingShards.loaded.has(shard)) shards.push(shard);
    return shards;
  }

  /**
   * The letters that most often follow `prefix` in the vocabulary, each word counting as many
   * times as documents hold it, at most `count`, likeliest first: the reader's likeliest next
   * keystrokes. A space counts as ending the word when `prefix` is a word itself. Words whose
   * start differs from `prefix` in one letter after the first count too, a little
   * (`MISTYPED_SHARE`): "kisl" may be "kysl" mistyped, so "y" may come next.
   */
  likeliestNextLetters(prefix: string, count: number): string[] {
    const { terms, df } = this.vocabulary;
    const weights = new Map<string, number>();
    const add = (start: string, share: number) => {
      const end = lowerBound(terms, `${start}\uffff`);
      for (let index = lowerBound(terms, start); index < end; index++) {
        const letter = terms[index]![prefix.length] ?? ' ';
        weights.set(letter, (weights.get(letter) ?? 0) + df[index]! * share);
      }
    };
    add(prefix, 1);
    for (let position = 1; position < prefix.length; position++) {
      const head = prefix.slice(0, position);
      const end = lowerBound(terms, `${head}\uffff`);
      // Each letter found after `head` in the vocabulary, in turn.
      for (let at = lowerBound(terms, head); at < end;) {
        const letter = terms[at]![position];
        if (letter === undefined) {
          at++;
          continue;
        }
        if (letter !== prefix[position]) add(`${head}${letter}${prefix.slice(position + 1)}`, MISTYPED_SHARE);
        at = lowerBound(terms, `${head}${letter}\uffff`);
      }
    }
    return [...weights]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, count)
      .map(([letter]) => letter);
  }

  /** Fetches posting shards (each at most once). */
  async loadPostings(shards: readonly number[]): Promise<void> {
    await this.postingShards.fetch(shards);
  }

  private postings(index: number): PostingList {
    let list = this.decoded.get(index);
    if (!list) {
      const shard = shardOf(this.postingStarts, index);
      const encoded = this.postingShards.loaded.get(shard)?.[index - this.postingStarts[shard]!];
      if (encoded === undefined) throw new Error(`posting shard ${shard} is not loaded`);
      list = decodePostings(encoded);
      this.decoded.set(index, list);
    }
    return list;
  }

  /** Ranks the documents of a plan (its posting shards must be loaded): the best `perGroup` of each kind. */
  rank(plan: readonly TermPlan[], filters: SearchFilters, perGroup: number): Ranking {
    const { terms, df } = this.vocabulary;
    const searched = searchedWords(plan);
    // The words a word being typed may become count as one word, as rare as all of them
    // together: a rare completion is not worth more than the common one the reader likely means.
    const words = searched.map(({ query, expansions }) => {
      const completes = (index: number) => query.prefix && terms[index]!.startsWith(query.term);
      const together = Math.min(
        this.docCount,
        expansions.reduce((sum, { index }) => sum + (completes(index) ? df[index]! : 0), 0),
      );
      return expansions.map(({ index, weight }): ScoredTerm => ({
        weight,
        postings: this.postings(index),
        df: completes(index) ? together : df[index]!,
      }));
    });
    const matched = new Set(searched.flatMap(({ expansions }) => expansions.map(({ index }) => terms[index]!)));
    const typing = searched.find(({ query }) => query.prefix && query.term.length >= LIMITS.prefixMinLength);
    return {
      ...this.ranker.rank(words, filters, perGroup),
      matched: { terms: matched, prefix: typing?.query.term ?? null },
    };
  }

  /** A document's score in the last ranking (0 when it did not match). */
  scoreOf(doc: number): number {
    return this.ranker.scoreOf(doc);
  }

  /** The articles of a story, by its id; null for a story the index does not have. */
  storyArticles(id: string): ArticleRange | null {
    const story = this.manifest.stories.findIndex(([storyId]) => storyId === id);
    if (story === -1) return null;
    const articles = this.articleStart.length - 1;
    return { from: this.storyStarts[story]!, to: this.storyStarts[story + 1] ?? articles };
  }

  /** Document shards the given documents need that are not loaded yet. */
  missingDocs(docs: readonly number[]): number[] {
    const shards = docs.map((doc) => shardOf(this.docStarts, this.docArticle[doc]!));
    return [...new Set(shards)].filter((shard) => !this.docShards.loaded.has(shard));
  }

  /** Fetches document shards (each at most once). */
  async loadDocs(shards: readonly number[]): Promise<void> {
    await this.docShards.fetch(shards);
  }

  private storedArticle(article: number): StoredArticle {
    const shard = shardOf(this.docStarts, article);
    const stored = this.docShards.loaded.get(shard)?.articles[article - this.docStarts[shard]!];
    if (!stored) throw new Error(`document shard ${shard} is not loaded`);
    return stored;
  }

  /** What a result shows and where it links (its document shard must be loaded). */
  hit(doc: number): SearchHit {
    const articleIndex = this.docArticle[doc]!;
    const article = this.storedArticle(articleIndex);
    const kind = DOC_KINDS[this.docKind[doc]!]!;
    const stored = article.docs[doc - this.articleStart[articleIndex]!];
    // A story without articles starts where the next one does: the last story starting at or before this article is its own.
    const [, story] = this.manifest.stories[shardOf(this.storyStarts, articleIndex)]!;
    const base = { doc, kind, source: article.source, title: article.title, story };
    const page = article.path ?? articlePath(article.slug);
    if (stored === null || stored === undefined) return { ...base, href: page, text: article.title };
    const [line, start, end, id, note, more] = stored;
    const text = article.lines[line] ?? '';
    // A figure or quote opens its own page; a place or person is shown in place in its article; a
    // paragraph or a primary's passage at its line, on its source's page.
    const claimId = id ? expandClaimId(kind, text.slice(start, end), id) : null;
    const href =
      claimId === null
        ? `${page}#${lineAnchor(line)}`
        : hasClaimPage({ kind })
          ? claimPath(claimId)
          : claimInPlacePath(article.slug, claimId);
    const hit: SearchHit = { ...base, href, text, lineNumber: line + 1 };
    if (id) hit.focus = [start, end === -1 ? text.length : end];
    if (note) hit.note = note;
    if (more) hit.more = more;
    return hit;
  }

  /** Every source, for the filter (fetched once, on first use). */
  sourceList(): Promise<SourceList> {
    this.sources ??= (this.fetchJson(`sources.json?v=${this.manifest.id}`) as Promise<SourceList>).then(
      (list) => (this.loadedSources = list),
      (error: unknown) => {
        // A failed fetch is tried again by the next search.
        this.sources = null;
        throw error;
      },
    );
    return this.sources;
  }

  /** The sources, when they are loaded already. */
  loadedSourceList(): SourceList | null {
    return this.loadedSources;
  }

  /**
   * Warm-up steps (see `Vocabulary.warmUp`): also making up the posting list of a common word,
   * once, then ranking it, round after round, so that the code is compiled and optimised before
   * the first real keystroke. Each step is short: a reader's keystrokes go in between.
   */
  warmUp(): WarmUp {
    let term: ScoredTerm | null = null;
    const makeUp = () => {
      const count = Math.min(this.docCount, 2000);
      const postings = decodePostings(
        encodePostings(
          Array.from({ length: count }, (_, i) => ({
            doc: Math.floor((i * this.docCount) / count),
            inName: i % 7 === 0,
          })),
        ),
      );
      term = { weight: 1, postings, df: count };
    };
    const rankOneWord = () => term && this.ranker.rank([[term]], { kinds: [], articles: null }, LIMITS.perGroupPage);
    const rankTwoWords = () =>
      term && this.ranker.rank([[term], [{ ...term, weight: 0.5 }]], { kinds: ['paragraph'], articles: null }, 1);
    const vocabulary = this.vocabulary.warmUp();
    return { once: [...vocabulary.once, makeUp], round: [...vocabulary.round, rankOneWord, rankTwoWords] };
  }
}
