/**
 * Results as plain data, ready to be drawn: each result's text cut to a snippet and split into
 * runs (plain, marked as a match, or the claim's own words in bold), its link, its note and its
 * source. The search worker computes these, so the page only builds elements from them; every
 * run becomes a text node, and nothing is parsed as HTML.
 */
import type { Ranking, SearchHit } from './engine.ts';
import {
  clipRanges,
  firstHighlight,
  highlightRanges,
  snippetWindow,
  type MatchedTerms,
  type Range,
} from './highlight.ts';
import { plural } from '../format.ts';
import { KIND_LABELS, type DocKind } from './options.ts';
import type { SearchState } from './query.ts';

/** Longest text shown for a result, in characters. */
const SNIPPET = { quote: 220, context: 160, paragraph: 210 } as const;

/** A run of text, marked as a match or set in bold (a figure's or place's own words in its sentence). */
export type Segment = [text: string, style?: 'mark' | 'strong'];

/** What one result shows. */
export interface HitView {
  /** Equal for two results that look the same: the page keeps such a result's element. */
  key: string;
  kind: DocKind;
  href: string;
  body: Segment[];
  noteLabel: string;
  note: Segment[];
  source: string;
  after: string;
  /** The title of the story the result belongs to, clipped. */
  story: string;
}

/** The results of one search, by kind, as the page shows them. */
export interface ResultsView {
  total: number;
  /** True when no document has every word, and documents with most of them are shown. */
  partial: boolean;
  groups: { kind: DocKind; total: number; hits: HitView[] }[];
}

/** Splits `text` into plain, marked and bold runs. */
function segments(text: string, ranges: readonly Range[], bold?: Range): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const [start, end] of ranges) cuts.add(start).add(end);
  if (bold) cuts.add(bold[0]).add(bold[1]);
  const points = [...cuts].filter((point) => point >= 0 && point <= text.length).sort((a, b) => a - b);
  const runs: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i]!, points[i + 1]!];
    const marked = ranges.some(([from, to]) => from <= start && end <= to);
    const strong = bold !== undefined && bold[0] <= start && end <= bold[1];
    runs.push(
      marked
        ? [text.slice(start, end), 'mark']
        : strong
          ? [text.slice(start, end), 'strong']
          : [text.slice(start, end)],
    );
  }
  return runs;
}

/** A window of `text` around `focus` (or the first match), with the matched words in it marked. */
function snippet(text: string, matched: MatchedTerms, max: number, focus?: Range, bold = false): Segment[] {
  const window = snippetWindow(text, focus ?? firstHighlight(text, matched), max);
  const ranges = clipRanges(highlightRanges(text, matched, window.start, window.end), window);
  const shown = text.slice(window.start, window.end);
  const runs = segments(shown, ranges, bold && focus ? [focus[0] - window.start, focus[1] - window.start] : undefined);
  if (window.cutBefore) runs.unshift(['…']);
  if (window.cutAfter) runs.push(['…']);
  return runs;
}

/** What a result shows: a quote's words; a claim's own text in its sentence; a paragraph's best part. */
export function viewHit(hit: SearchHit, matched: MatchedTerms): HitView {
  let body: Segment[];
  if (hit.kind === 'article') body = segments(hit.text, highlightRanges(hit.text, matched));
  else if (hit.kind === 'quote' && hit.focus) body = snippet(hit.text.slice(...hit.focus), matched, SNIPPET.quote);
  else if (hit.focus) body = snippet(hit.text, matched, SNIPPET.context, hit.focus, true);
  else body = snippet(hit.text, matched, SNIPPET.paragraph);
  const after = [
    hit.more ? ` · named ${hit.more + 1} times` : '',
    (hit.kind === 'paragraph' || hit.kind === 'primary') && hit.lineNumber !== undefined
      ? ` · line ${hit.lineNumber}`
      : '',
  ].join('');
  const view = {
    kind: hit.kind,
    href: hit.href,
    body,
    // A primary source's passage is a speaker's words, like a quote.
    noteLabel: hit.kind === 'quote' || hit.kind === 'primary' ? '— ' : hit.kind === 'figure' ? 'according to ' : '',
    note: hit.note ? segments(hit.note, highlightRanges(hit.note, matched)) : [],
    source: hit.source,
    after,
    story: hit.story,
  };
  return { key: JSON.stringify(view), ...view };
}

/** A ranking and its hits (by document) as the page shows them. */
export function viewResults(ranking: Ranking, hits: ReadonlyMap<number, SearchHit>): ResultsView {
  return {
    total: ranking.total,
    partial: ranking.partial,
    groups: ranking.groups.map((group) => ({
      kind: group.kind,
      total: group.total,
      hits: group.docs.flatMap((doc) => {
        const hit = hits.get(doc);
        return hit ? [viewHit(hit, ranking.matched)] : [];
      }),
    })),
  };
}

/** True when two answers show the same thing. */
export function sameResults(a: ResultsView, b: ResultsView): boolean {
  if (a.total !== b.total || a.partial !== b.partial || a.groups.length !== b.groups.length) return false;
  return a.groups.every((group, index) => {
    const other = b.groups[index]!;
    return (
      group.kind === other.kind &&
      group.total === other.total &&
      group.hits.length === other.hits.length &&
      group.hits.every((hit, at) => hit.key === other.hits[at]!.key)
    );
  });
}

/** What the live region says: "12 results for “Kursk”: 1 quote, 4 places, 7 paragraphs." */
export function summary(state: SearchState, results: ResultsView): string {
  const q = state.q.trim();
  if (results.total === 0) return `No results for “${q}”.`;
  const parts = results.groups.map((group) =>
    plural(group.total, KIND_LABELS[group.kind].one, KIND_LABELS[group.kind].many.toLowerCase()),
  );
  return `${plural(results.total, 'result')} for “${q}”${results.partial ? ' (closest matches: no result has every word)' : ''}: ${parts.join(', ')}.`;
}
