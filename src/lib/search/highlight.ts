/**
 * Which words of a result to mark, and the part of a long line to show: both computed as
 * character ranges, so the page builds text nodes and `<mark>` elements from them and never
 * reads article text as HTML.
 */
import { words, type Word } from './tokenize.ts';

/** A half-open character range `[start, end)`. */
export type Range = [start: number, end: number];

/** What the query matched: vocabulary terms, and the word still being typed as a prefix. */
export interface MatchedTerms {
  terms: ReadonlySet<string>;
  prefix: string | null;
}

function matches(term: string, matched: MatchedTerms): boolean {
  return (
    matched.terms.has(term) || (matched.prefix !== null && matched.prefix.length > 0 && term.startsWith(matched.prefix))
  );
}

/** Lines already split into words: results stay much the same from one keystroke to the next. */
const wordCache = new Map<string, Word[]>();
const WORD_CACHE_SIZE = 400;

/** The words of `text`, remembered for the texts of recent results. */
function cachedWords(text: string): Word[] {
  let found = wordCache.get(text);
  if (!found) {
    if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear();
    found = words(text);
    wordCache.set(text, found);
  }
  return found;
}

/**
 * The ranges of `text` (or of its words starting between `from` and `to`) to mark: a whole
 * compound when its joined form or every one of its parts matched ("co-belligerents" for
 * "co belligerent"), else the parts that did.
 */
export function highlightRanges(text: string, matched: MatchedTerms, from = 0, to = text.length): Range[] {
  const ranges: Range[] = [];
  for (const word of cachedWords(text)) {
    if (word.end <= from) continue;
    if (word.start >= to) break;
    const hits = word.parts.filter((part) => matches(part.term, matched));
    if (word.parts.length > 1 && (matches(word.term, matched) || hits.length === word.parts.length))
      ranges.push([word.start, word.end]);
    else for (const part of hits) ranges.push([part.start, part.end]);
  }
  return ranges;
}

/** The first range of `text` to mark, looking no further than needed. */
export function firstHighlight(text: string, matched: MatchedTerms): Range | undefined {
  for (let from = 0; from < text.length; from += 400) {
    const ranges = highlightRanges(text, matched, from, from + 400);
    if (ranges.length > 0) return ranges[0];
  }
  return undefined;
}

/** A window of a text: the shown part, and whether text was cut before or after it. */
export interface Snippet {
  start: number;
  end: number;
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The part of `text` to show, at most about `max` characters: around `focus` (a claim, or the
 * first match), widened to word boundaries, the whole text when it is short enough.
 */
export function snippetWindow(text: string, focus: Range | undefined, max: number): Snippet {
  if (text.length <= max) return { start: 0, end: text.length, cutBefore: false, cutAfter: false };
  const [focusStart, focusEnd] = focus ?? [0, 0];
  const room = Math.max(0, max - (focusEnd - focusStart));
  // Show a little more after the focus than before it: sentences read forwards.
  let start = Math.max(0, focusStart - Math.floor(room * 0.35));
  let end = Math.min(text.length, Math.max(focusEnd, start + max));
  start = Math.max(0, Math.min(start, end - max));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < focusStart) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > Math.max(start, focusEnd)) end = space;
  }
  return { start, end, cutBefore: start > 0, cutAfter: end < text.length };
}

/** Ranges moved into a window's coordinates; ranges outside it are dropped, partial ones cut. */
export function clipRanges(ranges: readonly Range[], window: Snippet): Range[] {
  return ranges.flatMap(([start, end]): Range[] => {
    const from = Math.max(start, window.start);
    const to = Math.min(end, window.end);
    return from < to ? [[from - window.start, to - window.start]] : [];
  });
}
