/**
 * The one place that says how search matches: the document kinds and fields (the keys), their
 * weights, the Fuse.js options, and the limits. The index builder, the browser and the benchmark
 * (which runs plain Fuse.js over the same documents as a baseline) all read them from here.
 */
import type { IFuseOptions } from 'fuse.js';
import { CLAIM_KINDS } from '../claim-kinds.ts';
import type { ClaimKind } from '../schemas.ts';

/**
 * What a search result can be: a claim of any kind (from the registry of kinds), an article, a
 * paragraph, or a passage of a primary source.
 */
export type DocKind = ClaimKind | 'article' | 'paragraph' | 'primary';

/** Document kinds in the order results are grouped on the page: claims in the registry's order, then the rest. */
export const DOC_KINDS: readonly DocKind[] = [
  ...CLAIM_KINDS.map((info) => info.kind),
  'article',
  'paragraph',
  'primary',
];

/** Group headings, singular and plural. */
export const KIND_LABELS = {
  ...(Object.fromEntries(CLAIM_KINDS.map((info) => [info.kind, { one: info.one, many: info.labelMany }])) as Record<
    ClaimKind,
    { one: string; many: string }
  >),
  article: { one: 'article', many: 'Articles' },
  paragraph: { one: 'paragraph', many: 'Paragraphs' },
  primary: { one: 'primary source passage', many: 'Primary sources' },
} satisfies Record<DocKind, { one: string; many: string }>;

/** The text a document is found by, in two fields. */
export interface SearchFields {
  /** Who or what it is: a quote's speaker, a figure's source, a place's or person's name, an article's title and outlet. */
  name: string;
  /** What it says: the quoted words, the figure as written, the paragraph. */
  text: string;
}

/**
 * The keys, as Fuse.js takes them: a match in `name` counts twice a match in `text`, so that a
 * query for a speaker lists what that person said before paragraphs that merely mention them.
 */
export const SEARCH_KEYS = [
  { name: 'name', weight: 2 },
  { name: 'text', weight: 1 },
] as const satisfies readonly { name: keyof SearchFields; weight: number }[];

/** The weight of a key, by the flag stored with each posting (1 = `name`, 0 = `text`). */
export const FIELD_WEIGHT: readonly [number, number] = [SEARCH_KEYS[1].weight, SEARCH_KEYS[0].weight];

/**
 * Fuse.js options for correcting one query word against the index's vocabulary (every term
 * is already folded to lower case without accents). Bitap anchored near the start of the word
 * (`location` 0, small `distance`), so "kurks" finds `kursk` and "austen" finds `austin`
 * while "aus" does not drift into the middle of longer words.
 */
export const TERM_FUSE_OPTIONS = {
  isCaseSensitive: true,
  includeScore: true,
  shouldSort: true,
  threshold: 0.4,
  location: 0,
  distance: 8,
  minMatchCharLength: 2,
} as const satisfies IFuseOptions<string>;

/**
 * Fuse.js options for the baseline the benchmark compares with: plain Fuse.js over every
 * document with the same keys, as most sites would set it up.
 */
export const PLAIN_FUSE_OPTIONS = {
  keys: [...SEARCH_KEYS],
  includeScore: true,
  includeMatches: true,
  ignoreDiacritics: true,
  ignoreLocation: true,
  threshold: 0.34,
} as const satisfies IFuseOptions<SearchFields>;

/** How far a query is widened and how many results are shown. */
export const LIMITS = {
  /** Query words read; more are ignored. */
  queryTerms: 8,
  /** Shortest word still being typed that is completed ("k" is not, "ku" is). */
  prefixMinLength: 2,
  /** Vocabulary terms a word still being typed may complete to (the most frequent are kept). */
  prefixExpansions: 24,
  /** ...as long as their documents add up to less than this many, or this share of all documents. */
  prefixPostings: 2_000,
  prefixPostingsShare: 0.05,
  /** Corrections taken for a word (the closest are kept). */
  fuzzyExpansions: 6,
  /** Corrections kept: those within this Fuse.js score of the closest one. */
  correctionSpread: 0.1,
  /** Shortest word that is corrected; shorter words must match exactly or as a prefix. */
  fuzzyMinLength: 4,
  /** Results shown per group in the header box and on the search page. */
  perGroupBox: 3,
  perGroupPage: 5,
  /** Results shown on the search page when it lists one kind only. */
  perGroupOneKind: 100,
  /** Longest story title a result names, in characters; longer ones are clipped at a word. */
  storyTitle: 48,
} as const;

/** How much a correction or completion counts, next to an exact match (1). */
export const EXPANSION_WEIGHT = { prefix: 0.85, fuzzy: 0.7 } as const;
