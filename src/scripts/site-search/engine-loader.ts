/**
 * The page's search engine: opened once (the index's manifest is fetched on first use) and
 * shared by every search box on the page, and warmed up while the reader has not typed yet.
 */
import { SearchEngine, type Ranking, type SearchHit } from '../../lib/search/engine.ts';
import { renderResults, type Layout } from './render.ts';

let engine: Promise<SearchEngine> | null = null;
let warmed = false;

/** One engine per page, shared by every search box on it; the index loads on first use. */
export function openEngine(base: string): Promise<SearchEngine> {
  const root = new URL(base, window.location.href);
  engine ??= SearchEngine.open(async (path) => {
    const response = await fetch(new URL(path, root));
    if (!response.ok) throw new Error(`${response.status} ${response.url}`);
    return response.json() as Promise<unknown>;
  });
  return engine;
}

/**
 * Runs the rendering and the search once on made-up input, one short task per step (a reader's
 * keystrokes go in between), so that the first real keystroke does not pay for compiling the
 * code, building the correction prefilter and the browser's first layout of results.
 */
export function warm(searchEngine: SearchEngine, root: HTMLElement, layout: Layout) {
  if (warmed) return;
  warmed = true;
  const steps = [() => warmRendering(root, layout), ...searchEngine.warmUp()];
  const next = () => {
    steps.shift()?.();
    if (steps.length > 0) setTimeout(next, 0);
  };
  setTimeout(next, 0);
}

/** Renders made-up results of every kind, laid out out of sight, then removes them. */
function warmRendering(root: HTMLElement, layout: Layout) {
  const text = 'Warm-up: the travellers reached the harbour, where as many as 11,000 people were said to be.';
  const hits = (['quote', 'figure', 'place', 'article', 'paragraph'] as const).map((kind, doc): SearchHit => ({ doc, kind, href: '#', source: 'Source', title: text, text, focus: [36, 43], note: 'Speaker', lineNumber: 1 }));
  const ranking: Ranking = { total: hits.length, partial: false, groups: hits.map((hit) => ({ kind: hit.kind, total: 1, docs: [hit.doc] })), matched: { terms: new Set(['harbour']), prefix: 'peop' } };
  const sample = document.createElement('div');
  sample.className = 'search-results';
  sample.setAttribute('aria-hidden', 'true');
  sample.style.cssText = 'position:absolute;visibility:hidden;pointer-events:none;inset:0 auto auto 0;width:40rem';
  root.append(sample);
  renderResults(sample, { ...layout, idPrefix: 'warm' }, { q: 'harbour peop', kinds: [], source: null }, ranking, hits);
  void sample.offsetHeight;
  sample.remove();
}
