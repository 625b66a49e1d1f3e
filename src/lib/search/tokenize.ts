/**
 * Words of a text as search terms, with where each one is, shared by the index builder (which
 * decides what a document contains) and the browser (which reads queries and marks matches), so
 * the two can never disagree about what a word is.
 *
 * A term is folded: lower case, accents removed, apostrophes dropped, thousands separators
 * removed ("11,000" and "11000" are both `11000`). A compound such as "co-belligerents",
 * "Yong-hyun" or "50km" gives its parts (`co`, `belligerents`) and its joined form
 * (`cobelligerents`), so either spelling finds it.
 */

/** One word of a text: its folded term and its UTF-16 offsets in the text. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** A word as written, its parts, and the joined form when it has more than one part. */
export interface Word extends Token {
  parts: Token[];
}

// A run of letters, digits and marks, joined by hyphens or apostrophes ("co-belligerents",
// "Kremlin's"), or a number written with thousands separators or a decimal point ("11,000", "2.5").
const WORD =
  /(?:\p{L}\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])|\d+(?:\.\d+)+(?![\p{L}\p{N}])|[\p{L}\p{N}\p{M}]+(?:['’‐‑-][\p{L}\p{N}\p{M}]+)*/gu;
// Inside a word: the pieces between hyphens and apostrophes, and between letters and digits ("50km").
const PART = /\p{L}[\p{L}\p{M}]*|\p{N}+(?:[.,]\p{N}+)*|\p{M}+/gu;
const APOSTROPHE = /['’]/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}'’‐‑,.-]/u;
/** Endings after an apostrophe that are not words of their own: Kremlin's, don't, we're. */
const CLITICS = new Set(['s', 't', 'd', 'm', 'll', 're', 've']);

/** Words so common that they find everything; they are not indexed and are dropped from queries. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'of on or our she so than that the their them then there these they this those to was we were ' +
    'what when which while who will with would you your'
  ).split(' '),
);

/** Longest term kept: Fuse's Bitap matcher handles patterns of up to 32 characters. */
export const MAX_TERM_LENGTH = 32;

const PLAIN = /^[a-z0-9]{1,32}$/;

/** Folds one piece of text into a term: lower case, no accents, no apostrophes or separators. */
export function foldTerm(text: string): string {
  // Most words are plain ASCII: skip the Unicode work (this runs for every word of every result shown).
  const lower = text.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‐‑-]/g, '')
    .replace(/(\d),(?=\d{3})/g, '$1')
    .slice(0, MAX_TERM_LENGTH);
}

/** True when a term is worth indexing or searching for (not empty, not a stop word). */
export function isIndexable(term: string): boolean {
  return term.length > 0 && !STOP_WORDS.has(term);
}

/** Splits a word into its parts, leaving out clitics such as the `s` of "Kremlin's". */
function wordParts(raw: string, offset: number): Token[] {
  const parts: Token[] = [];
  for (const match of raw.matchAll(PART)) {
    const start = match.index;
    const term = foldTerm(match[0]);
    if (term === '') continue;
    if (start > 0 && APOSTROPHE.test(raw[start - 1]!) && CLITICS.has(term)) continue;
    parts.push({ term, start: offset + start, end: offset + start + match[0].length });
  }
  return parts;
}

/**
 * Every word of a text, with its parts, in order; or only the words starting between `from`
 * and `to`, so that marking matches in a long line looks only at the part that is shown.
 * Stop words are kept here; callers filter.
 */
export function words(text: string, from = 0, to = text.length): Word[] {
  const found: Word[] = [];
  // Never start in the middle of a word: its tail would read as a word of its own.
  let start = from;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  WORD.lastIndex = start;
  for (let match = WORD.exec(text); match !== null && match.index < to; match = WORD.exec(text)) {
    const raw = match[0];
    const start = match.index;
    // Numbers and initialisms ("U.S.") are one part each: `11000`, `us`.
    const initialism = /^(?:\p{L}\.)+$/u.test(raw);
    const parts =
      initialism || /^\d[\d.,]*$/.test(raw)
        ? [{ term: foldTerm(initialism ? raw.replaceAll('.', '') : raw), start, end: start + raw.length }]
        : wordParts(raw, start);
    if (parts.length === 0) continue;
    const joined = parts.length > 1 ? foldTerm(raw) : parts[0]!.term;
    found.push({ term: joined, start, end: start + raw.length, parts });
  }
  return found;
}

/** The set of terms a text is found by: every part and every joined compound, stop words left out. */
export function indexTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const word of words(text)) {
    if (isIndexable(word.term)) terms.add(word.term);
    for (const part of word.parts) if (isIndexable(part.term)) terms.add(part.term);
  }
  return terms;
}
