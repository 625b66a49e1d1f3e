/**
 * Results as DOM, from the views the search worker computed: grouped by kind, each a link to the
 * exact claim or line, with the matched words marked. Every piece of article text becomes a text
 * node; nothing is parsed as HTML.
 *
 * The page keeps the elements of results whose view did not change, so typing another letter of
 * a word rebuilds and lays out only what changed.
 */
import { KIND_LABELS } from '../../lib/search/options.ts';
import { formatCount } from '../../lib/format.ts';
import type { HitView, ResultsView, Segment } from '../../lib/search/present.ts';
import { searchEverything, searchPageUrl, type SearchState } from '../../lib/search/query.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function appendSegments(parent: HTMLElement, runs: readonly Segment[]) {
  for (const [text, style] of runs)
    parent.append(
      style === 'mark'
        ? element('mark', undefined, text)
        : style === 'strong'
          ? element('strong', 'result-claim', text)
          : text,
    );
}

/** One result's element: a link to the exact claim or line, naming its source and story. */
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
  meta.append(' · ', element('span', 'result-story', view.story));
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
export function renderResults(container: HTMLElement, layout: Layout, state: SearchState, results: ResultsView): void {
  const previous = new Map<string, HTMLElement>();
  for (const node of container.querySelectorAll<HTMLElement>('[data-search-key]'))
    previous.set(node.dataset[KEY]!, node);
  const reuse = <T extends HTMLElement>(key: string, build: () => T): T => {
    const found = previous.get(key) as T | undefined;
    previous.delete(key);
    const node = found ?? build();
    node.dataset[KEY] = key;
    return node;
  };

  const sections = results.groups.map((group) => {
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
    const total = formatCount(group.total);
    if (count.textContent !== total) count.textContent = total;
    const items = group.hits.map((view) => reuse(`hit:${view.key}`, () => buildHit(view)));
    reconcile(section.querySelector('ol')!, items);
    const wanted: Element[] = [section.firstElementChild!, section.querySelector('ol')!];
    if (group.total > group.hits.length && !(state.kinds.length === 1 && state.kinds[0] === group.kind)) {
      const href = searchPageUrl({ ...state, kinds: [group.kind] });
      const label = `All ${total} ${KIND_LABELS[group.kind].many.toLowerCase()}`;
      wanted.push(reuse(`more:${href}:${label}`, () => Object.assign(element('a', 'result-more', label), { href })));
    } else if (group.total > group.hits.length) {
      const label = `The best ${group.hits.length} are shown: add a word to narrow the search.`;
      wanted.push(reuse(`note:${label}`, () => element('p', 'result-more', label)));
    }
    reconcile(section, wanted);
    return section;
  });
  if (layout.mode === 'box' && results.total > 0) {
    const href = searchPageUrl(searchEverything(state.q));
    const label = `See all ${formatCount(results.total)} results`;
    sections.push(reuse(`all:${href}:${label}`, () => Object.assign(element('a', 'result-all', label), { href })));
  }
  reconcile(container, sections);
}
