/**
 * One reader's searches, start to finish, as the search worker runs them: read the query, fetch
 * the posting shards it needs, rank, fetch the documents shown, and describe the results for the
 * page. A search that a newer keystroke has replaced stops at its next fetch. After answering,
 * the session fetches ahead what the next keystroke most likely needs, so that it finds it loaded.
 */
import {
  searchedWords,
  SearchEngine,
  type FetchJson,
  type Ranking,
  type SearchFilters,
  type SearchHit,
  type TermPlan,
} from './engine.ts';
import { viewResults, type ResultsView } from './present.ts';
import type { SearchState } from './query.ts';

/** A search as the page asks for it. */
export interface SearchRequest {
  state: SearchState;
  /** Results shown per kind. */
  perGroup: number;
}

/** Time the search took, in milliseconds, by step. */
export interface SearchTiming {
  plan: number;
  rank: number;
  /** Building the results' views. */
  present: number;
  /** Waiting for index files; 0 when everything needed was loaded. */
  fetchWait: number;
  fetched: boolean;
  /** In the worker, from receiving the request to sending the answer. */
  worker?: number;
  /** On the page, from sending the request to receiving the answer. */
  roundTrip?: number;
  /** Answered ahead of the keystroke: this search was the likeliest next one, prepared in idle time. */
  prepared?: boolean;
}

export interface SearchAnswer {
  results: ResultsView;
  timing: SearchTiming;
}

/** An answer computed before it was asked for, and the search it answers. */
export interface PreparedAnswer {
  request: SearchRequest;
  answer: SearchAnswer;
}

/** What tells two searches apart: the same key, the same answer. */
export function requestKey(request: SearchRequest): string {
  const { q, kinds, story, source } = request.state;
  return JSON.stringify([q, kinds, story, source, request.perGroup]);
}

/** A search worked out: its answer, and what fetching ahead after it starts from. */
interface Worked {
  request: SearchRequest;
  plan: TermPlan[];
  answer: SearchAnswer;
}

/** The timing of a search answered from a prepared answer: nothing left to do. */
export const PREPARED_TIMING: Readonly<SearchTiming> = {
  plan: 0,
  rank: 0,
  present: 0,
  fetchWait: 0,
  fetched: false,
  prepared: true,
};

/** How far ahead a session fetches after each answer. */
export const PREFETCH = {
  /** Posting shards holding the completions of the word being typed, when they are at most this many. */
  prefixShards: 4,
  /** Searches prepared ahead: the word being typed with each of the likeliest next letters. */
  guesses: 3,
  /** A guess is prepared only when its results need at most this many document shards not loaded yet. */
  guessDocShards: 8,
} as const;

/** Rankings a session keeps, for searches whose words stand for the same terms as a recent one. */
const RECENT_RANKINGS = 8;

/** Rounds of warming up: enough calls for the engine to optimise the code a keystroke runs. */
const WARM_UP_ROUNDS = 3;

/** Made-up results of every kind, for warming up the code that describes results. */
const WARM_HITS: SearchHit[] = (['quote', 'figure', 'place', 'person', 'article', 'paragraph'] as const).map(
  (kind, doc) => {
    const text = `Warm-up ${doc}: the travellers reached the harbour, where as many as 11,000 people were said to be waiting for the ferry to the island.`;
    const hit: SearchHit = {
      doc,
      kind,
      href: '#',
      source: 'Source',
      title: text,
      story: 'Story',
      text,
      note: 'Someone',
      more: 1,
      lineNumber: 2,
    };
    if (kind !== 'paragraph') hit.focus = [32, 55];
    return hit;
  },
);

export class SearchSession {
  readonly engine: SearchEngine;
  private last: Worked | null = null;
  /** Answers prepared for the likeliest next searches, by `requestKey`. */
  private prepared = new Map<string, Worked>();
  /** Recent rankings, by plan, filters and size, least recently used first. */
  private readonly rankings = new Map<string, Ranking>();

  constructor(engine: SearchEngine) {
    this.engine = engine;
  }

  static async open(fetchJson: FetchJson): Promise<SearchSession> {
    return new SearchSession(await SearchEngine.open(fetchJson));
  }

  /**
   * Answers a search, or returns null when `current()` turns false while it waits for postings
   * (a newer search replaced it). A search replaced while its documents load is finished: its
   * files are on the way anyway, and the page may show it until the newer one is answered. A
   * search prepared ahead is answered at once.
   */
  async answer(request: SearchRequest, current: () => boolean = () => true): Promise<SearchAnswer | null> {
    const ready = this.prepared.get(requestKey(request));
    this.prepared.clear();
    if (ready) {
      this.last = ready;
      return { results: ready.answer.results, timing: { ...PREPARED_TIMING } };
    }
    const worked = await this.work(request, current, Infinity);
    if (worked) this.last = worked;
    return worked?.answer ?? null;
  }

  /**
   * Plans, fetches, ranks and describes one search. Null when `current()` turns false while it
   * waits for postings, or when its results need more than `maxDocShards` document shards not
   * loaded yet (then they are not fetched). Work done ahead (`ahead`) also pauses between its
   * steps, so that a keystroke arriving meanwhile is answered first, and stops.
   */
  private async work(
    request: SearchRequest,
    current: () => boolean,
    maxDocShards: number,
    ahead = false,
  ): Promise<Worked | null> {
    const { engine } = this;
    const pause = async () => !ahead || (await new Promise((resolve) => setTimeout(resolve, 0)), current());
    const timing: SearchTiming = { plan: 0, rank: 0, present: 0, fetchWait: 0, fetched: false };
    const wait = async (work: Promise<unknown>) => {
      const started = performance.now();
      timing.fetched = true;
      await work;
      timing.fetchWait += performance.now() - started;
      return current();
    };

    let started = performance.now();
    const plan = engine.plan(request.state.q);
    timing.plan = performance.now() - started;
    const missing = engine.missingPostings(plan);
    if (missing.length > 0 && !(await wait(engine.loadPostings(missing)))) return null;
    if (!(await pause())) return null;

    const { story, source } = request.state;
    // A link to a story that is no longer listed searches every story rather than none.
    let articles = story === null ? null : engine.storyArticles(story);
    if (source !== null) {
      if (!engine.loadedSourceList() && !(await wait(engine.sourceList()))) return null;
      // Likewise a source no longer listed, or not in the story chosen, leaves the search as wide as it was.
      const found = engine.loadedSourceList()!.findIndex(({ slug }) => slug === source);
      if (found !== -1 && (articles === null || (found >= articles.from && found < articles.to)))
        articles = { from: found, to: found + 1 };
    }
    started = performance.now();
    const ranking = this.rank(plan, { kinds: request.state.kinds, articles }, request.perGroup);
    timing.rank = performance.now() - started;

    const docs = ranking.groups.flatMap((group) => group.docs);
    const missingDocs = engine.missingDocs(docs);
    if (missingDocs.length > maxDocShards) return null;
    if (missingDocs.length > 0) await wait(engine.loadDocs(missingDocs));
    if (!(await pause())) return null;
    started = performance.now();
    const hits = new Map<number, SearchHit>(docs.map((doc) => [doc, engine.hit(doc)]));
    const results = viewResults(ranking, hits);
    timing.present = performance.now() - started;
    return { request, plan, answer: { results, timing } };
  }

  /**
   * Ranks a plan, or returns the ranking of the same plan from a recent search: the words of a
   * query that stand for the same terms give the same results ("north" and "north k").
   */
  private rank(plan: readonly TermPlan[], filters: SearchFilters, perGroup: number): Ranking {
    const words = searchedWords(plan);
    const typing = words.find(({ query }) => query.prefix)?.query.term ?? '';
    const key = JSON.stringify([
      words.map(({ expansions }) => expansions.map(({ index, weight }) => [index, weight])),
      typing,
      filters,
      perGroup,
    ]);
    let ranking = this.rankings.get(key);
    if (!ranking) {
      ranking = this.engine.rank(plan, filters, perGroup);
      if (this.rankings.size >= RECENT_RANKINGS) this.rankings.delete(this.rankings.keys().next().value!);
    }
    this.rankings.delete(key);
    this.rankings.set(key, ranking);
    return ranking;
  }

  /**
   * Steps that run each part of a search many times on made-up input, one short step per task,
   * while the reader has not typed yet: the first keystrokes then run compiled, optimised code
   * instead of paying for it.
   */
  warmUp(): (() => void)[] {
    const { once, round } = this.engine.warmUp();
    const present = (round: number) => () => {
      const matched = { terms: new Set(['harbour', 'travellers', `${round}`]), prefix: 'peop' };
      viewResults(
        {
          total: WARM_HITS.length,
          partial: false,
          matched,
          groups: WARM_HITS.map((hit) => ({ kind: hit.kind, total: 1, docs: [hit.doc] })),
        },
        new Map(WARM_HITS.map((hit) => [hit.doc, hit])),
      );
    };
    return [...once, ...Array.from({ length: WARM_UP_ROUNDS }, (_, index) => [...round, present(index)]).flat()];
  }

  /**
   * The likeliest next letters of the word being typed: those that most often follow it in the
   * vocabulary, a space too when it is a word itself, then, for a misspelled word, the next
   * letter of its corrections ("krus" is being corrected to "kursk", so "k" likely comes next).
   */
  private nextLetters({ query, expansions }: TermPlan): string[] {
    const { terms, df } = this.engine.vocabulary;
    const letters = this.engine.likeliestNextLetters(query.term, PREFETCH.guesses);
    // A word typed in full is as likely ended as continued ("co", then "co belligerent").
    if (!letters.includes(' ') && expansions.some(({ index }) => terms[index] === query.term)) letters.push(' ');
    const corrections = expansions
      .filter(({ index }) => !terms[index]!.startsWith(query.term))
      .sort((a, b) => b.weight - a.weight || df[b.index]! - df[a.index]!);
    for (const { index } of corrections) {
      const letter = terms[index]![query.term.length];
      if (letters.length >= PREFETCH.guesses) break;
      if (letter !== undefined && !letters.includes(letter)) letters.push(letter);
    }
    return letters;
  }

  /**
   * Works ahead for the last answer, in the worker's idle time between keystrokes, and returns
   * the answers it prepared:
   *
   * - the likeliest next searches, the word being typed with each of the letters that most often
   *   follow it in the vocabulary (weighted by how many documents hold each word), or that
   *   follow it in its corrections when it is misspelled, are answered in full, side by side,
   *   fetching what they need (a guess needing more than a few document files is given up);
   *   when the reader types one of those letters, its answer is already there;
   * - then the posting shards of every word that finishes the word being typed are fetched.
   *
   * Failures are ignored: a search fetches what it needs anyway.
   */
  async prefetch(
    current: () => boolean = () => true,
    onPrepared: (prepared: PreparedAnswer) => void = () => undefined,
  ): Promise<PreparedAnswer[]> {
    if (!this.last) return [];
    const { engine } = this;
    const { request, plan } = this.last;
    this.last = null;
    this.prepared.clear();
    const typing = plan.at(-1)?.query;
    const prepared: PreparedAnswer[] = [];
    // Guesses keep the search's filters: a prepared answer is the very search the reader would make.
    if (typing?.prefix) {
      const guesses = this.nextLetters(plan.at(-1)!).map((letter): SearchRequest => ({
        ...request,
        state: { ...request.state, q: `${request.state.q}${letter}` },
      }));
      await Promise.all(
        guesses.map(async (guess) => {
          const worked = await this.work(guess, current, PREFETCH.guessDocShards, true).catch(() => null);
          if (!worked || !current()) return;
          worked.answer.timing.prepared = true;
          this.prepared.set(requestKey(guess), worked);
          const entry = { request: guess, answer: worked.answer };
          prepared.push(entry);
          onPrepared(entry);
        }),
      );
    }
    if (typing?.prefix && current())
      await engine
        .loadPostings(engine.missingPrefixPostings(typing.term, PREFETCH.prefixShards))
        .catch(() => undefined);
    return current() ? prepared : [];
  }
}
