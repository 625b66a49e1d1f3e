/**
 * Results as DOM: grouped by kind, each a link to the exact claim or line, with the matched
 * words marked. Every piece of article text becomes a text node; nothing is parsed as HTML.
 *
 * Each result is first described as plain data (a view); the page keeps the elements of
 * results whose view did not change, so typing another letter of a word rebuilds and lays out
 * only what changed.
 */
import type { Ranking, SearchHit } from '../../lib/search/engine.ts';
import { clipRanges, firstHighlight, highlightRanges, snippetWindow, type MatchedTerms, type Range } from '../../lib/search/highlight.ts';
import { KIND_LABELS, type DocKind } from '../../lib/search/options.ts';
import { searchPageUrl, type SearchState } from '../../lib/search/query.ts';

/** Longest text shown for a result, in characters. */
const SNIPPET = { quote: 220, context: 160, paragraph: 210 } as const;

/** A run of text, marked as a match or set in bold (a figure's or place's own words in its sentence). */
type Segment = [text: string, style?: 'mark' | 'strong'];

/** What one result shows, as data. */
interface HitView {
  kind: DocKind;
  href: string;
  body: Segment[];
  noteLabel: string;
  note: Segment[];
  source: string;
  after: string;
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
    runs.push(marked ? [text.slice(start, end), 'mark'] : strong ? [text.slice(start, end), 'strong'] : [text.slice(start, end)]);
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
  const after = [hit.more ? ` · named ${hit.more + 1} times` : '', hit.kind === 'paragraph' && hit.lineNumber !== undefined ? ` · line ${hit.lineNumber}` : ''].join('');
  return {
    kind: hit.kind,
    href: hit.href,
    body,
    noteLabel: hit.kind === 'quote' ? '— ' : hit.kind === 'figure' ? 'according to ' : '',
    note: hit.note ? segments(hit.note, highlightRanges(hit.note, matched)) : [],
    source: hit.source,
    after,
  };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function appendSegments(parent: HTMLElement, runs: readonly Segment[]) {
  for (const [text, style] of runs) parent.append(style === 'mark' ? element('mark', undefined, text) : style === 'strong' ? element('strong', 'result-claim', text) : text);
}

/** One result's element: a link to the exact claim or line. */
export function buildHit(view: HitView): HTMLLIElement {
  const item = element('li', `result result-${view.kind}`);
  const link = element('a', 'result-link');
  link.href = view.href;
  const body = element('span', 'result-text');
  appendSegments(body, view.body);
  const meta = element('span', 'result-meta');
  if (view.note.length > 0) {
    const note = element('span', 'result-note', view.noteLabel);
    appendSegments(note, view.note);
    meta.append(note, ' · ');
  }
  meta.append(element('span', 'result-source', view.source));
  if (view.after) meta.append(view.after);
  link.append(body, meta);
  item.append(link);
  return item;
}

/** How the results are laid out: a compact box under the header, or the search page. */
export interface Layout {
  mode: 'box' | 'page';
  idPrefix: string;
}

/** Makes `parent`'s children exactly `wanted`, in order, moving only what is out of place. */
function reconcile(parent: Element, wanted: readonly Element[]) {
  wanted.forEach((node, index) => {
    const current = parent.children[index];
    if (current !== node) parent.insertBefore(node, current ?? null);
  });
  while (parent.children.length > wanted.length) parent.lastElementChild!.remove();
}

const KEY = 'searchKey';

/** Replaces the container's content with the results, grouped by kind, keeping unchanged elements. */
export function renderResults(container: HTMLElement, layout: Layout, state: SearchState, ranking: Ranking, hits: readonly SearchHit[]): void {
  const byDoc = new Map(hits.map((hit) => [hit.doc, hit]));
  const previous = new Map<string, HTMLElement>();
  for (const node of container.querySelectorAll<HTMLElement>('[data-search-key]')) previous.set(node.dataset[KEY]!, node);
  const reuse = <T extends HTMLElement>(key: string, build: () => T): T => {
    const found = previous.get(key) as T | undefined;
    previous.delete(key);
    const node = found ?? build();
    node.dataset[KEY] = key;
    return node;
  };

  const sections = ranking.groups.map((group) => {
    const id = `${layout.idPrefix}-${group.kind}`;
    const section = reuse(`group:${group.kind}`, () => {
      const made = element('section', `result-group result-group-${group.kind}`);
      made.setAttribute('aria-labelledby', id);
      const heading = element(layout.mode === 'page' ? 'h2' : 'p', 'result-group-title');
      heading.id = id;
      heading.append(KIND_LABELS[group.kind].many, ' ', element('span', 'result-count'));
      made.append(heading, element('ol', 'results'));
      return made;
    });
    const count = section.querySelector('.result-count')!;
    const total = group.total.toLocaleString('en-US');
    if (count.textContent !== total) count.textContent = total;
    const items = group.docs.flatMap((doc) => {
      const hit = byDoc.get(doc);
      if (!hit) return [];
      const view = viewHit(hit, ranking.matched);
      return [reuse(`hit:${JSON.stringify(view)}`, () => buildHit(view))];
    });
    reconcile(section.querySelector('ol')!, items);
    const wanted: Element[] = [section.firstElementChild!, section.querySelector('ol')!];
    if (group.total > group.docs.length && !(state.kinds.length === 1 && state.kinds[0] === group.kind)) {
      const href = searchPageUrl({ ...state, kinds: [group.kind] });
      const label = `All ${total} ${KIND_LABELS[group.kind].many.toLowerCase()}`;
      wanted.push(reuse(`more:${href}:${label}`, () => Object.assign(element('a', 'result-more', label), { href })));
    } else if (group.total > group.docs.length) {
      const label = `The best ${group.docs.length} are shown: add a word to narrow the search.`;
      wanted.push(reuse(`note:${label}`, () => element('p', 'result-more', label)));
    }
    reconcile(section, wanted);
    return section;
  });
  if (layout.mode === 'box' && ranking.total > 0) {
    const href = searchPageUrl({ q: state.q, kinds: [], source: null });
    const label = `See all ${ranking.total.toLocaleString('en-US')} results`;
    sections.push(reuse(`all:${href}:${label}`, () => Object.assign(element('a', 'result-all', label), { href })));
  }
  reconcile(container, sections);
}

/** What the live region says: "12 results for “Kursk”: 1 quote, 4 places, 7 paragraphs." */
export function summary(state: SearchState, ranking: Ranking): string {
  const q = state.q.trim();
  if (ranking.total === 0) return `No results for “${q}”.`;
  const parts = ranking.groups.map((group) => `${group.total.toLocaleString('en-US')} ${group.total === 1 ? KIND_LABELS[group.kind].one : KIND_LABELS[group.kind].many.toLowerCase()}`);
  const count = `${ranking.total.toLocaleString('en-US')} ${ranking.total === 1 ? 'result' : 'results'}`;
  return `${count} for “${q}”${ranking.partial ? ' (closest matches: no result has every word)' : ''}: ${parts.join(', ')}.`;
}
