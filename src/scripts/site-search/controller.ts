/**
 * What `<site-search>` does once the reader uses it: asks the search worker for results as they
 * type, draws them grouped by kind, moves through them with the arrow keys, keeps the search in
 * the URL on the search page (so back and forward work), and tells screen readers how many
 * results there are.
 */
import { messageOf } from '../../lib/errors.ts';
import { LIMITS, type DocKind } from '../../lib/search/options.ts';
import { sameResults, summary, type ResultsView } from '../../lib/search/present.ts';
import { readSearchParams, searchEverything, searchPageUrl, type SearchState } from '../../lib/search/query.ts';
import type { SearchAnswer, SearchTiming } from '../../lib/search/session.ts';
import { openBackend, type SearchBackend } from './backend.ts';
import { FilterMenus } from './filter-menus.ts';
import { renderResults, type Layout } from './render.ts';

/** What the element tells listeners (the benchmark, tests) after each search is shown. */
export interface RenderedDetail {
  query: string;
  total: number;
  /** From the keystroke to the results in the page (before the browser lays them out), fetches included. */
  elapsedMs: number;
  /** Main-thread time spent drawing the results. */
  renderMs: number;
  /** The worker's time by step, and whether it had to fetch index files first. */
  timing: SearchTiming;
  /** From the keystroke to this search starting (the page was busy, or the history was updated). */
  queueMs: number;
}

/** How long typing must pause before the count is announced and a history entry is kept. */
const SETTLE_MS = 700;
/** Longest wait before the address bar follows what is typed. */
const URL_DELAY_MS = 250;

export class SearchController {
  private readonly root: HTMLElement;
  private readonly layout: Layout;
  private readonly form: HTMLFormElement;
  private readonly input: HTMLInputElement;
  private readonly results: HTMLElement;
  private readonly status: HTMLElement;
  private readonly backend: Promise<SearchBackend>;
  /** The worker answers each box's searches in turn: a newer one replaces an older one still running. */
  private readonly channel: string;
  private sequence = 0;
  /** The newest search whose answer is on screen (or that cleared the box). */
  private shown = 0;
  private announceTimer = 0;
  private settleTimer = 0;
  private urlTimer = 0;
  /** On the search page: whether the current history entry is settled (the next change pushes a new one). */
  private settled = true;
  /** On the search page: the story and source menus. */
  private readonly menus: FilterMenus;

  constructor(root: HTMLElement) {
    this.root = root;
    this.layout = { mode: root.dataset.mode === 'page' ? 'page' : 'box', idPrefix: `${root.id || 'search'}-group` };
    this.form = root.querySelector('form')!;
    this.input = root.querySelector('input[type="search"]')!;
    this.results = root.querySelector('.search-results')!;
    this.status = root.querySelector('.search-status')!;
    this.channel = root.id || 'search';
    this.menus = new FilterMenus(this.form);
    this.backend = openBackend(root.dataset.index ?? '/search/');
    this.backend.then(
      (backend) => {
        root.dataset.ready = '';
        // The last search prepared ahead, for tests that wait for it.
        backend.onPrepared(this.channel, (q) => (root.dataset.prepared = q));
        setTimeout(() => {
          warmRendering(root, this.layout);
        }, 0);
      },
      () => {
        this.say('Search is not available right now: its index could not be loaded.', true);
      },
    );

    this.input.addEventListener('input', (event) => {
      this.changed(event.timeStamp);
    });
    this.form.addEventListener('submit', (event) => {
      this.submitted(event);
    });
    this.form.addEventListener('change', (event) => {
      if (event.target !== this.input) this.changed(performance.now(), true);
    });
    root.addEventListener('keydown', (event) => {
      this.keydown(event);
    });
    if (this.layout.mode === 'box') {
      this.input.addEventListener('focus', () => {
        this.open(this.results.childElementCount > 0);
      });
      root.addEventListener('focusout', (event) => {
        if (!(event.relatedTarget instanceof Node && root.contains(event.relatedTarget))) this.open(false);
      });
    } else {
      this.root.querySelector<HTMLElement>('.search-filters')?.removeAttribute('hidden');
      window.addEventListener('popstate', () => {
        this.restore();
      });
      this.restore();
      if (this.input.value === '') this.input.focus();
    }
    // Whatever was typed in the header box while this code loaded is searched now.
    if (this.layout.mode === 'box' && this.input.value.trim() !== '') void this.search(performance.now());
  }

  /** The search the form shows now. */
  private state(): SearchState {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.form)) if (typeof value === 'string') params.append(key, value);
    return readSearchParams(params);
  }

  /** Puts the search of the address bar into the form and runs it (page load, back, forward). */
  private restore() {
    window.clearTimeout(this.urlTimer);
    const state = readSearchParams(new URLSearchParams(window.location.search));
    this.input.value = state.q;
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name="kind"]'))
      box.checked = state.kinds.includes(box.value as DocKind);
    this.menus.show(state);
    this.settled = true;
    void this.search(performance.now());
  }

  private changed(started: number, commit = false) {
    if (this.layout.mode === 'page') this.record(commit);
    void this.search(started);
  }

  /**
   * Keeps the search in the address bar: one history entry per settled search, not one per
   * keystroke. The first change after a pause adds an entry; while typing goes on, the entry is
   * updated at most every `URL_DELAY_MS` (browsers throttle frequent history updates).
   */
  private record(commit: boolean) {
    window.clearTimeout(this.urlTimer);
    window.clearTimeout(this.settleTimer);
    const write = (how: 'push' | 'replace') => {
      const url = searchPageUrl(this.state());
      if (url === `${window.location.pathname}${window.location.search}`) return;
      if (how === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    if (this.settled || commit) write(this.settled ? 'push' : 'replace');
    else
      this.urlTimer = window.setTimeout(() => {
        write('replace');
      }, URL_DELAY_MS);
    this.settled = commit;
    if (!commit) this.settleTimer = window.setTimeout(() => (this.settled = true), SETTLE_MS);
  }

  private submitted(event: SubmitEvent) {
    // In the header box without results yet, the form goes to the search page as it would without JavaScript.
    if (this.layout.mode === 'box' && this.results.childElementCount === 0) return;
    event.preventDefault();
    if (this.layout.mode === 'box') {
      window.location.assign(searchPageUrl(searchEverything(this.input.value)));
      return;
    }
    this.record(true);
    this.settled = true;
  }

  private async search(started: number) {
    const sequence = ++this.sequence;
    const state = this.state();
    if (state.q.trim() === '') {
      this.shown = sequence;
      this.results.replaceChildren();
      this.open(false);
      this.say('');
      return;
    }
    const queueMs = performance.now() - started;
    const perGroup =
      this.layout.mode === 'box'
        ? LIMITS.perGroupBox
        : state.kinds.length === 1
          ? LIMITS.perGroupOneKind
          : LIMITS.perGroupPage;
    try {
      const backend = await this.backend;
      const request = { state, perGroup };
      // The worker may have answered this very search ahead of the keystroke: then it is drawn at
      // once, in the keystroke's own task, and the worker's answer (the same) only confirms it.
      const early = backend.prepared(this.channel, request);
      const asking = backend.search(this.channel, request);
      if (early) {
        this.shown = sequence;
        this.draw(state, early, started, queueMs);
      }
      const answer = await asking;
      // An answer to a search the reader has typed past is still drawn when it is newer than
      // what is on screen: results come sooner, and change again when the newest is answered.
      if (!answer || sequence < this.shown) return;
      if (!early || !sameResults(early.results, answer.results)) {
        this.shown = sequence;
        this.draw(state, answer, started, queueMs);
      }
      // Once these results are drawn, the worker may work ahead for the next keystroke.
      if (sequence === this.sequence)
        setTimeout(() => {
          backend.drawn(this.channel);
        }, 0);
    } catch (error) {
      if (sequence === this.sequence) this.say(`Search failed: ${messageOf(error)}`, true);
    }
  }

  /** Shows an answer, and tells listeners how long it took. */
  private draw(state: SearchState, answer: SearchAnswer, started: number, queueMs: number) {
    const drawing = performance.now();
    this.show(state, answer.results);
    const now = performance.now();
    const detail: RenderedDetail = {
      query: state.q,
      total: answer.results.total,
      elapsedMs: now - started,
      renderMs: now - drawing,
      timing: answer.timing,
      queueMs,
    };
    this.root.dispatchEvent(new CustomEvent('site-search:rendered', { detail, bubbles: true }));
  }

  private show(state: SearchState, results: ResultsView) {
    renderResults(this.results, this.layout, state, results);
    if (results.total === 0) {
      const empty = document.createElement('p');
      empty.className = 'result-empty';
      empty.textContent = `Nothing found for “${state.q.trim()}”. Check the spelling, or try fewer words.`;
      this.results.replaceChildren(empty);
    }
    this.root.dataset.results = String(results.total);
    if (this.layout.mode === 'box' && this.root.contains(document.activeElement)) this.open(true);
    this.say(summary(state, results));
  }

  /** Shows or hides the box's results panel. */
  private open(open: boolean) {
    if (this.layout.mode !== 'box') return;
    this.results.hidden = !open || this.results.childElementCount === 0;
    this.root.classList.toggle('is-open', !this.results.hidden);
  }

  /** Updates the visible status at once and the live region when typing has settled. */
  private say(message: string, now = false) {
    window.clearTimeout(this.announceTimer);
    const update = () => {
      this.status.textContent = message;
    };
    if (now || message === '') update();
    else this.announceTimer = window.setTimeout(update, SETTLE_MS / 2);
  }

  private links(): HTMLAnchorElement[] {
    return this.results.hidden ? [] : [...this.results.querySelectorAll<HTMLAnchorElement>('a')];
  }

  /** Arrow keys move between the box and the results, Escape goes back and closes, `/` is typed. */
  private keydown(event: KeyboardEvent) {
    // Down in a closed box opens it first.
    if (event.key === 'ArrowDown' && this.layout.mode === 'box' && this.results.hidden) this.open(true);
    const links = this.links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const move = (index: number) => {
      event.preventDefault();
      if (index < 0) this.input.focus();
      else links[Math.min(index, links.length - 1)]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        if (links.length > 0) move(at + 1);
        break;
      case 'ArrowUp':
        if (at >= 0) move(at - 1);
        break;
      case 'Home':
      case 'End':
        if (at >= 0) move(event.key === 'Home' ? 0 : links.length - 1);
        break;
      case 'Escape':
        // Chrome clears a search box on Escape by itself; here Escape first closes (from a result,
        // back to the box as well), then clears: two presses, wherever the first one was.
        event.preventDefault();
        if (at >= 0) {
          move(-1);
          if (this.layout.mode === 'box') this.open(false);
        } else if (this.layout.mode === 'box' && !this.results.hidden) this.open(false);
        else if (this.input.value !== '') {
          this.input.value = '';
          this.changed(event.timeStamp, true);
        }
        break;
      default:
        // Typing while on a result goes on in the box.
        if (at >= 0 && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) this.input.focus();
    }
  }
}

/**
 * Draws made-up results of every kind, laid out out of sight, then removes them, so that the
 * first real results do not pay for the browser's first layout of them.
 */
function warmRendering(root: HTMLElement, layout: Layout) {
  const text = 'Warm-up: the travellers reached the harbour, where as many as 11,000 people were said to be.';
  const kinds = ['quote', 'figure', 'place', 'article', 'paragraph'] as const;
  const results: ResultsView = {
    total: kinds.length,
    partial: false,
    groups: kinds.map((kind) => ({
      kind,
      total: 2,
      hits: [
        {
          key: kind,
          kind,
          href: '#',
          body: [[text.slice(0, 40)], [text.slice(40, 47), 'mark'], [text.slice(47)]],
          noteLabel: '— ',
          note: [['Speaker']],
          source: 'Source',
          after: ' · line 1',
          story: 'Story',
        },
      ],
    })),
  };
  const sample = document.createElement('div');
  sample.className = 'search-results';
  sample.setAttribute('aria-hidden', 'true');
  sample.style.cssText = 'position:absolute;visibility:hidden;pointer-events:none;inset:0 auto auto 0;width:40rem';
  root.append(sample);
  renderResults(sample, { ...layout, idPrefix: 'warm' }, searchEverything('harbour'), results);
  sample.getBoundingClientRect(); // lays the sample out, so the browser compiles its styles now
  sample.remove();
}
