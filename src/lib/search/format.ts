/**
 * The search index as files, written by the build and read by the browser:
 *
 *     /search/index.json       the manifest: vocabulary, document frequencies, shard boundaries,
 *                              the stories, and how many documents of each kind every article has
 *     /search/p/<n>.json       postings: for a range of vocabulary terms, the documents holding them
 *     /search/d/<n>.json       documents: for a range of articles, what results show and link to
 *     /search/sources.json     every article's slug, source and title, for the source filter
 *
 * The first query fetches the manifest, then only the posting and document shards it needs.
 * Document ids are implicit: documents are numbered article by article, and within an article
 * kind by kind (in `DOC_KINDS` order), so the manifest's counts say every document's article and
 * kind without listing them. Articles are numbered story by story, so a story is a range of
 * articles and the manifest says every article's story with one number per story.
 */
import type { DocKind } from './options.ts';

/** Version of the file format; the browser refuses files of another version. */
export const FORMAT_VERSION = 3;

/** A story as results name it: its id (as `?story=` gives it) and its title, clipped. */
export type StoredStory = [id: string, title: string];

/** `/search/index.json`. */
export interface SearchManifest {
  version: typeof FORMAT_VERSION;
  /** A hash of the whole index, appended to shard URLs so that caches never mix two builds. */
  id: string;
  kinds: readonly DocKind[];
  /** Every indexed term, sorted by UTF-16 code units (so a prefix is a contiguous range), front-coded by `encodeTerms`. */
  terms: string;
  /** Documents holding each term, same order as `terms`, encoded with `encodeNumbers`. */
  df: string;
  /** First term index of each posting shard, encoded with `encodeStarts`. */
  postingShards: string;
  /** First article index of each document shard, encoded with `encodeStarts` (at ten thousand articles, a fifth of the manifest as a JSON array). */
  docShards: string;
  /** Per article, its number of documents of each kind, encoded with `encodeNumbers`. */
  counts: string;
  /** Every story, in index order (a few dozen bytes each, once, rather than a title in every document). */
  stories: StoredStory[];
  /** First article index of each story, encoded with `encodeStarts`: a story's articles are consecutive. */
  storyStarts: string;
}

/** `/search/p/<n>.json`: one encoded posting list per term of the shard's range. */
export type PostingShard = string[];

/**
 * One result's data, as a short array: where its text is in the article's `lines` (`end` -1:
 * to the end of the line), and for a claim its id (the anchor it links to, shortened by
 * `compactClaimId`), a note (a quote's
 * speaker, a figure's source, a person's role) and how many more times the same place or person
 * is named in the article. `null` stands for the article itself.
 */
export type StoredDoc =
  [line: number, start: number, end: number, id?: string, note?: string | 0, more?: number] | null;

/** One article in a document shard: what results show about their source. */
export interface StoredArticle {
  slug: string;
  /** The page of a source that is not an article (a primary source), when it is one. */
  path?: string;
  /** The outlet, or a short form of the title when the outlet is not known. */
  source: string;
  title: string;
  /** The text of every line a document points into, by 0-based line number. */
  lines: Record<number, string>;
  /** Its documents, in id order; `null` for the article itself. */
  docs: StoredDoc[];
}

/** `/search/d/<n>.json`. */
export interface DocShard {
  articles: StoredArticle[];
}

/** `/search/sources.json`: every article's slug, outlet (or short title) and title, in index order. */
export type SourceList = { slug: string; source: string; title: string }[];

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUES[DIGITS.charCodeAt(i)] = i;

/**
 * Writes non-negative integers compactly, as a variable-length quantity in URL-safe base 64
 * (as source maps do): five bits a character, the sixth saying that more follow. Small numbers,
 * such as the gaps between document ids, take one character, and need no separator.
 */
export function encodeNumbers(values: readonly number[]): string {
  let text = '';
  for (let value of values) {
    do {
      let digit = value % 32;
      value = Math.floor(value / 32);
      if (value > 0) digit += 32;
      text += DIGITS[digit]!;
    } while (value > 0);
  }
  return text;
}

/** Reads what `encodeNumbers` wrote, calling `each` with every number in order (one pass, no allocation). */
export function readNumbers(text: string, each: (value: number, index: number) => void): number {
  let value = 0;
  let scale = 1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = DIGIT_VALUES[text.charCodeAt(i)]!;
    if (digit < 0) throw new Error(`search index: unexpected character ${JSON.stringify(text[i])} in a number list`);
    value += (digit & 31) * scale;
    if (digit & 32) scale *= 32;
    else {
      each(value, count++);
      value = 0;
      scale = 1;
    }
  }
  return count;
}

/** Writes ascending numbers (each shard's first index) as the gaps between them, with `encodeNumbers`. */
export function encodeStarts(starts: readonly number[]): string {
  return encodeNumbers(starts.map((start, index) => start - (starts[index - 1] ?? 0)));
}

/** Reads what `encodeStarts` wrote. */
export function decodeStarts(text: string): number[] {
  let sum = 0;
  return decodeNumbers(text).map((gap) => (sum += gap));
}

/** Reads what `encodeNumbers` wrote, as an array. */
export function decodeNumbers(text: string): number[] {
  const values: number[] = [];
  readNumbers(text, (value) => values.push(value));
  return values;
}

/**
 * Writes a sorted vocabulary compactly: each term as the length of the prefix it shares with
 * the one before (one character, `0` for none) and the rest, space separated. A third smaller
 * than a JSON array once gzipped.
 */
export function encodeTerms(terms: readonly string[]): string {
  let previous = '';
  return terms
    .map((term) => {
      let shared = 0;
      while (shared < previous.length && shared < term.length && shared < 64 && previous[shared] === term[shared])
        shared++;
      previous = term;
      return String.fromCharCode(48 + shared) + term.slice(shared);
    })
    .join(' ');
}

/** Reads what `encodeTerms` wrote. */
export function decodeTerms(text: string): string[] {
  let previous = '';
  return text === ''
    ? []
    : text.split(' ').map((entry) => {
        previous = previous.slice(0, entry.charCodeAt(0) - 48) + entry.slice(1);
        return previous;
      });
}

/** One posting: a document, and whether the term is in its `name` field. */
export interface Posting {
  doc: number;
  inName: boolean;
}

/** Encodes a posting list sorted by document: the gaps between successive `doc * 2 + inName`. */
export function encodePostings(postings: readonly Posting[]): string {
  let previous = 0;
  const gaps: number[] = [];
  for (const { doc, inName } of postings) {
    const value = doc * 2 + (inName ? 1 : 0);
    gaps.push(value - previous);
    previous = value;
  }
  return encodeNumbers(gaps);
}

/** Decodes a posting list into `docs` and `names` (1 where the term is in the name field). */
export function decodePostings(text: string): { docs: Uint32Array; names: Uint8Array } {
  let count = 0;
  for (let i = 0; i < text.length; i++) if ((DIGIT_VALUES[text.charCodeAt(i)]! & 32) === 0) count++;
  const docs = new Uint32Array(count);
  const names = new Uint8Array(count);
  let value = 0;
  readNumbers(text, (gap, index) => {
    value += gap;
    docs[index] = Math.floor(value / 2);
    names[index] = value % 2;
  });
  return { docs, names };
}

/** The shard holding `index`, given each shard's first index (ascending, starting at 0). */
export function shardOf(starts: readonly number[], index: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}
