/**
 * Query shaping: what a reader typed, read as search terms, and the search's state as it is
 * kept in the URL (`/search/?q=Kursk&kind=quote&story=<id>&source=<slug>`), so searches can be linked.
 */
import { DOC_KINDS, LIMITS, type DocKind } from './options.ts';
import { isIndexable, words } from './tokenize.ts';

/** One word of a query, as the engine looks it up. */
export interface QueryTerm {
  term: string;
  /** The last word, still being typed: it also finds words that start with it. */
  prefix: boolean;
  /** Long enough, and not a number, to be corrected when misspelled. */
  fuzzy: boolean;
}

const NUMBER = /^\d[\d.]*$/;

/**
 * The terms of a query: its words and the parts of its compounds ("co-belligerent" is `co`,
 * `belligerent`), folded, without stop words or repeats, at most `LIMITS.queryTerms`. The last
 * word is a prefix unless the query ends with a space. A stop word being typed as the only word
 * is kept, as the start of a longer one ("was" of "Washington"), but not corrected; after other
 * words it is most likely the stop word itself ("likelihood is").
 */
export function shapeQuery(query: string): QueryTerm[] {
  const parts = words(query).flatMap((word) => word.parts);
  const open = !/\s$/.test(query);
  const terms: QueryTerm[] = [];
  parts.forEach((part, index) => {
    const prefix = open && index === parts.length - 1;
    const indexable = isIndexable(part.term);
    if ((!indexable && !(prefix && parts.length === 1)) || terms.some((existing) => existing.term === part.term))
      return;
    terms.push({
      term: part.term,
      prefix,
      fuzzy: indexable && part.term.length >= LIMITS.fuzzyMinLength && !NUMBER.test(part.term),
    });
  });
  return terms.slice(0, LIMITS.queryTerms);
}

/** A search as the URL keeps it. */
export interface SearchState {
  q: string;
  /** Kinds to show; empty for all. */
  kinds: DocKind[];
  /** A story's id, or null for every story. */
  story: string | null;
  /** An article's slug, or null for every source. */
  source: string | null;
}

/** A search for `q` in everything: every kind, story and source. */
export function searchEverything(q: string): SearchState {
  return { q, kinds: [], story: null, source: null };
}

/** Reads a search from URL parameters, ignoring kinds it does not know. */
export function readSearchParams(params: URLSearchParams): SearchState {
  const kinds = params
    .getAll('kind')
    .filter((kind): kind is DocKind => (DOC_KINDS as readonly string[]).includes(kind));
  return {
    q: params.get('q') ?? '',
    kinds: DOC_KINDS.filter((kind) => kinds.includes(kind)),
    // An empty `story=` or `source=` means none chosen.
    story: params.get('story') || null, // eslint-disable-line @typescript-eslint/prefer-nullish-coalescing
    source: params.get('source') || null, // eslint-disable-line @typescript-eslint/prefer-nullish-coalescing
  };
}

/** The URL parameters of a search; empty parts are left out so links stay short. */
export function writeSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const kind of state.kinds) params.append('kind', kind);
  if (state.story !== null) params.set('story', state.story);
  if (state.source !== null) params.set('source', state.source);
  return params;
}

/** The search page's URL for a search. */
export function searchPageUrl(state: SearchState): string {
  const params = writeSearchParams(state).toString();
  return params === '' ? '/search/' : `/search/?${params}`;
}
