/**
 * Scoring and grouping: a document's score is, over the query's words, the sum of its best
 * match's weight, times how rare the term is (BM25's idf), times the weight of the field it is
 * in. Documents with every word are kept (or, when none has them all, those with the most),
 * filtered, and the best of each kind picked, from several sources.
 */
import type { MatchedTerms } from './highlight.ts';
import { DOC_KINDS, FIELD_WEIGHT, type DocKind } from './options.ts';

/** One term's documents, and whether the term is in their name field (1) or not (0). */
export interface PostingList {
  docs: Uint32Array;
  names: Uint8Array;
}

/** A term a query word stands for, ready to score: its weight, its documents, and how many hold it. */
export interface ScoredTerm {
  weight: number;
  postings: PostingList;
  df: number;
}

/** Consecutive articles, by index: `from` included, `to` not (a story, or one source). */
export interface ArticleRange {
  from: number;
  to: number;
}

/** Which documents to keep: kinds (empty for all) and a range of articles (null for all). */
export interface SearchFilters {
  kinds: readonly DocKind[];
  articles: ArticleRange | null;
}

/** The best documents of one kind, and how many matched. */
export interface RankedGroup {
  kind: DocKind;
  total: number;
  docs: number[];
}

/** The ranked documents of a query, by kind. */
export interface Ranking {
  total: number;
  groups: RankedGroup[];
  /** True when no document has every word, and documents with most of them are shown. */
  partial: boolean;
  matched: MatchedTerms;
}

/** How much rarer words count: BM25's inverse document frequency. */
function idf(docCount: number, df: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}

function popCount(value: number): number {
  let count = 0;
  for (let rest = value; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** Ranks documents of one index; its scratch arrays are reused by every query (a generation stamp says what is current). */
export class Ranker {
  private readonly docArticle: Uint32Array;
  private readonly docKind: Uint8Array;
  private readonly stamp: Uint32Array;
  private readonly termStamp: Uint32Array;
  private readonly score: Float64Array;
  private readonly termBest: Float64Array;
  private readonly mask: Uint32Array;
  private readonly touched: Uint32Array;
  private readonly termTouched: Uint32Array;
  private generation = 0;
  private lastGeneration = 0;

  /** `docArticle` and `docKind` give each document's article and kind (an index into `DOC_KINDS`). */
  constructor(docArticle: Uint32Array, docKind: Uint8Array) {
    const size = docArticle.length;
    this.docArticle = docArticle;
    this.docKind = docKind;
    this.stamp = new Uint32Array(size);
    this.termStamp = new Uint32Array(size);
    this.score = new Float64Array(size);
    this.termBest = new Float64Array(size);
    this.mask = new Uint32Array(size);
    this.touched = new Uint32Array(size);
    this.termTouched = new Uint32Array(size);
  }

  /** Scores the documents of every word's terms, keeps, filters and groups them: the best `perGroup` of each kind. */
  rank(words: readonly (readonly ScoredTerm[])[], filters: SearchFilters, perGroup: number): Omit<Ranking, 'matched'> {
    // Hot loops read typed arrays through locals: this runs on every keystroke over every posting.
    const { stamp, termStamp, score, termBest, mask, touched, termTouched, docKind, docArticle } = this;
    const docCount = docArticle.length;
    let touchedCount = 0;
    const gen = ++this.generation;
    this.lastGeneration = gen;
    words.forEach((terms, wordIndex) => {
      const termGen = ++this.generation;
      let termCount = 0;
      for (const { weight, postings, df } of terms) {
        const { docs, names } = postings;
        const base = weight * idf(docCount, df);
        const inName = base * FIELD_WEIGHT[1];
        const inText = base * FIELD_WEIGHT[0];
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]!;
          const value = names[i] === 1 ? inName : inText;
          if (termStamp[doc] !== termGen) {
            termStamp[doc] = termGen;
            termBest[doc] = value;
            termTouched[termCount++] = doc;
          } else if (value > termBest[doc]!) termBest[doc] = value;
        }
      }
      const bit = 1 << wordIndex;
      for (let i = 0; i < termCount; i++) {
        const doc = termTouched[i]!;
        if (stamp[doc] !== gen) {
          stamp[doc] = gen;
          score[doc] = termBest[doc]!;
          mask[doc] = bit;
          touched[touchedCount++] = doc;
        } else {
          score[doc]! += termBest[doc]!;
          mask[doc]! |= bit;
        }
      }
    });

    const kindAllowed = DOC_KINDS.map((kind) => filters.kinds.length === 0 || filters.kinds.includes(kind));
    const from = filters.articles?.from ?? 0;
    const to = filters.articles?.to ?? Infinity;
    const allowed = (doc: number) => kindAllowed[docKind[doc]!]! && docArticle[doc]! >= from && docArticle[doc]! < to;
    const all = (1 << words.length) - 1;
    let complete = false;
    for (let i = 0; i < touchedCount && !complete; i++) complete = mask[touched[i]!] === all && allowed(touched[i]!);
    // When no document has every word, show those with the most words rather than nothing.
    let most = 0;
    if (!complete)
      for (let i = 0; i < touchedCount; i++)
        if (allowed(touched[i]!)) most = Math.max(most, popCount(mask[touched[i]!]!));
    const keep = (doc: number) => allowed(doc) && (complete ? mask[doc] === all : popCount(mask[doc]!) >= most);

    const groups = DOC_KINDS.map((kind): RankedGroup => ({ kind, total: 0, docs: [] }));
    // The best of each kind, a few per article at most, so that the pool holds several sources.
    const pools = DOC_KINDS.map(
      () => new RankedPool(perGroup * 3, Math.max(2, Math.ceil(perGroup / 2)), docArticle, score),
    );
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      if (!keep(doc)) continue;
      groups[docKind[doc]!]!.total++;
      pools[docKind[doc]!]!.offer(doc);
    }
    const shown = new Set<number>();
    groups.forEach((group, kind) => (group.docs = this.diverse(pools[kind]!.docs, perGroup, shown)));
    const total = groups.reduce((sum, group) => sum + group.total, 0);
    return { total, groups: groups.filter((group) => group.total > 0), partial: !complete && total > 0 };
  }

  /** A document's score in the last ranking (0 when it did not match). */
  scoreOf(doc: number): number {
    return this.stamp[doc] === this.lastGeneration ? this.score[doc]! : 0;
  }

  /**
   * Picks `count` from a ranked pool, preferring sources not already picked in this group (so
   * a group shows several outlets) and, among near equals, sources other groups already show (so
   * fewer articles' data is fetched).
   */
  private diverse(pool: readonly number[], count: number, shown: Set<number>): number[] {
    const picked: number[] = [];
    const seen = new Map<number, number>();
    const rest = [...pool];
    while (picked.length < count && rest.length > 0) {
      let best = 0;
      let bestValue = -Infinity;
      rest.forEach((doc, index) => {
        const article = this.docArticle[doc]!;
        const value = this.score[doc]! * 0.8 ** (seen.get(article) ?? 0) * (shown.has(article) ? 1 : 0.85);
        if (value > bestValue) [best, bestValue] = [index, value];
      });
      const [doc] = rest.splice(best, 1);
      const article = this.docArticle[doc!]!;
      picked.push(doc!);
      seen.set(article, (seen.get(article) ?? 0) + 1);
    }
    for (const doc of picked) shown.add(this.docArticle[doc]!);
    return picked;
  }
}

/**
 * The best documents seen so far, in order, at most `size` and at most `perArticle` from one
 * article: cheap when most documents lose to the last one kept.
 */
class RankedPool {
  readonly docs: number[] = [];
  private readonly perArticleCount = new Map<number, number>();
  private readonly size: number;
  private readonly perArticle: number;
  private readonly docArticle: Uint32Array;
  private readonly score: Float64Array;

  constructor(size: number, perArticle: number, docArticle: Uint32Array, score: Float64Array) {
    this.size = size;
    this.perArticle = perArticle;
    this.docArticle = docArticle;
    this.score = score;
  }

  private better(a: number, b: number): boolean {
    return this.score[a]! > this.score[b]! || (this.score[a] === this.score[b] && a < b);
  }

  private count(article: number, change: number) {
    this.perArticleCount.set(article, (this.perArticleCount.get(article) ?? 0) + change);
  }

  offer(doc: number): void {
    const { docs } = this;
    if (docs.length === this.size && !this.better(doc, docs[docs.length - 1]!)) return;
    const article = this.docArticle[doc]!;
    if ((this.perArticleCount.get(article) ?? 0) >= this.perArticle) {
      // Replace this article's weakest document, if this one is better.
      let weakest = docs.length - 1;
      while (this.docArticle[docs[weakest]!] !== article) weakest--;
      if (!this.better(doc, docs[weakest]!)) return;
      docs.splice(weakest, 1);
      this.count(article, -1);
    }
    let at = docs.length;
    while (at > 0 && this.better(doc, docs[at - 1]!)) at--;
    docs.splice(at, 0, doc);
    this.count(article, 1);
    if (docs.length > this.size) this.count(this.docArticle[docs.pop()!]!, -1);
  }
}
