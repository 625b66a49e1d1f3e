/**
 * Measurements in headless Chromium: typing queries into the built search page, one key at a
 * time as a reader would, and the same keystrokes against plain Fuse.js on a bench page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { RenderedDetail } from '../../src/scripts/site-search/controller.ts';
import type { Sent } from './server.ts';

/** One keystroke's search, as the page reported it. */
export interface Keystroke {
  query: string;
  /**
   * From the key press to results laid out on the page for this query or a newer one (when the
   * reader typed on before this one was answered): the latency a reader feels.
   */
  latencyMs: number;
  /** The reader typed on before this query's results were drawn; its numbers are the drawing that came next. */
  skipped?: boolean;
  /** Main-thread time: drawing the results and laying them out (the search itself runs in a worker). */
  mainMs: number;
  fetched: boolean;
  /** Answered from a search the worker prepared before the key was pressed. */
  prepared?: boolean;
  /** Time by step: in the worker (plan, rank, present, fetchWait), then on the page (render, layout). */
  steps?: Record<string, number>;
}

/** Gzipped bytes by kind of file: search code, manifest, postings, documents (plain Fuse.js's index counts as manifest). */
export interface Bytes {
  total: number;
  code: number;
  manifest: number;
  postings: number;
  documents: number;
}

/** What typing one query on a freshly opened search page cost. */
export interface TypedQuery {
  query: string;
  /** Every keystroke's search after the first result. */
  keystrokes: Keystroke[];
  /** From the first key press to the first results laid out, with loading the code and index. */
  firstMs: number;
  /** Gzipped bytes of search code and index fetched before the first result was shown. */
  bytesBeforeFirst: Bytes;
  /** Gzipped bytes of search code and index fetched for the whole query. */
  bytesTotal: Bytes;
  /** Main-thread tasks over 50 ms while the query was typed (from the first key press on), and while the page loaded. */
  longTasks: { typing: number[]; loading: number[] };
}

/** A rendered search as the page tells it, with the layout it caused and when it reached the page. */
interface Rendered extends RenderedDetail {
  layoutMs: number;
  /** `Date.now()` when the answer reached the page, to compare with the server's log. */
  wall: number;
  /** `performance.now()` once the results were laid out. */
  laidOut: number;
}

declare global {
  interface Window {
    __bench: Rendered[];
    /** Every change of the search box: when (the event's time stamp) and what it then held. */
    __inputs: [time: number, value: string][];
    __longTasks: [start: number, duration: number][];
    __firstKey?: number;
    __ready?: boolean;
    plainSearch?: (query: string) => { ms: number; total: number };
  }
}

/** Records every rendered search (with the layout it causes) and every long task, from the start of the page. */
function instrument() {
  window.__bench = [];
  window.__inputs = [];
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('keydown', (event) => (window.__firstKey ??= event.timeStamp), { capture: true });
  document.addEventListener(
    'input',
    (event) => window.__inputs.push([event.timeStamp, (event.target as HTMLInputElement).value]),
    { capture: true },
  );
  document.addEventListener('site-search:rendered', (event) => {
    const detail = (event as CustomEvent<RenderedDetail>).detail;
    const wall = Date.now() - detail.renderMs;
    const start = performance.now();
    document.body.getBoundingClientRect(); // style and layout of the new results, inside the measurement
    const laidOut = performance.now();
    window.__bench.push({ ...detail, layoutMs: laidOut - start, wall, laidOut });
  });
}

/**
 * Every keystroke after the one whose search gave the page's first results, each timed from its
 * key press to the first results laid out for it or for a newer query (the box only grows while
 * a query is typed), so that a keystroke the reader typed past is counted, not left out. A
 * drawing counts once, for the first keystroke it answers: a prepared answer redrawn when the
 * worker's differs is not a second keystroke.
 */
function keystrokesAfterFirst(
  rendered: readonly Rendered[],
  inputs: readonly [number, string][],
): { first: Rendered | undefined; keystrokes: Keystroke[] } {
  const first = rendered.find((entry) => entry.total > 0);
  if (!first) return { first, keystrokes: [] };
  const firstInput = inputs.findLastIndex(([time, value]) => value === first.query && time <= first.laidOut);
  const keystrokes = inputs.slice(firstInput + 1).flatMap(([time, value]): Keystroke[] => {
    const entry = rendered.find((drawn) => drawn.laidOut > time && drawn.query.startsWith(value));
    if (value.trim() === '' || !entry) return [];
    const steps: Record<string, number> = { queue: entry.queueMs, render: entry.renderMs, layout: entry.layoutMs };
    for (const [step, amount] of Object.entries(entry.timing)) if (typeof amount === 'number') steps[step] = amount;
    const keystroke: Keystroke = {
      query: value,
      latencyMs: entry.laidOut - time,
      mainMs: entry.renderMs + entry.layoutMs,
      fetched: entry.timing.fetched,
      prepared: entry.timing.prepared === true,
      steps,
    };
    if (entry.query !== value) keystroke.skipped = true;
    return [keystroke];
  });
  return { first, keystrokes };
}

/** Search code and index: what the search, and nothing else on the page, fetches (the loader, its code and the worker, named by their chunks). */
const SEARCH_RESOURCE =
  /\/_astro\/(SiteSearch|controller|worker)[^/]*\.js$|\/search\/.*\.json$|\/bench\/.*\.(m?js|json)$/;

/** Waits until the server has sent nothing for half a second: the worker's fetches are over. */
async function serverQuiet(page: Page, sent: readonly Sent[]): Promise<void> {
  for (let count = -1; count !== sent.length;) {
    count = sent.length;
    await page.waitForTimeout(500);
  }
}

/** Gzipped bytes the server sent for search code and index up to `until` (`Date.now()`), in total and by kind of file. */
function searchBytes(sent: readonly Sent[], until: number): Bytes {
  const bytes = { total: 0, code: 0, manifest: 0, postings: 0, documents: 0 };
  for (const { path, bytes: size, at } of sent) {
    if (!SEARCH_RESOURCE.test(path) || at > until) continue;
    const kind = /\.m?js$/.test(path)
      ? 'code'
      : path.startsWith('/search/p/')
        ? 'postings'
        : path.startsWith('/search/d/')
          ? 'documents'
          : 'manifest';
    bytes[kind] += size;
    bytes.total += size;
  }
  return bytes;
}

/** Opens the search page cold, types `query` with `gapMs` between keys, and reports each keystroke. */
export async function typeOnSearchPage(
  context: BrowserContext,
  base: string,
  sent: readonly Sent[],
  query: string,
  gapMs: number,
): Promise<TypedQuery> {
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const from = sent.length;
  try {
    await page.goto(`${base}/search/`);
    await page.locator('#search-page-q').focus();
    for (const key of query) {
      await page.keyboard.type(key);
      await page.waitForTimeout(gapMs);
    }
    await page.waitForFunction((text) => window.__bench.at(-1)?.query === text, query, { timeout: 60_000 });
    await serverQuiet(page, sent);
    const [rendered, inputs, firstKey] = await page.evaluate(
      () => [window.__bench, window.__inputs, window.__firstKey ?? 0] as const,
    );
    const { first, keystrokes } = keystrokesAfterFirst(rendered, inputs);
    if (!first) throw new Error(`no results for "${query}"`);
    const mine = sent.slice(from);
    return {
      query,
      firstMs: first.laidOut - firstKey,
      keystrokes,
      bytesBeforeFirst: searchBytes(mine, first.wall),
      bytesTotal: searchBytes(mine, Infinity),
      longTasks: await page.evaluate(() => {
        const first = window.__firstKey ?? Infinity;
        const tasks = window.__longTasks;
        return {
          typing: tasks.filter(([start, duration]) => start + duration > first).map(([, duration]) => duration),
          loading: tasks.filter(([start, duration]) => start + duration <= first).map(([, duration]) => duration),
        };
      }),
    };
  } finally {
    await page.close();
  }
}

/**
 * A reader's session: opens the search page once and types every query in turn (clearing the
 * box between them), one key at a time; returns every keystroke's search after the first result.
 * With `story`, the reader first chooses that story in the story filter (the page was built with
 * the site's own stories, so the benchmark's is added to the menu as the build would list it).
 */
export async function typeSession(
  context: BrowserContext,
  base: string,
  queries: readonly string[],
  gapMs: number,
  story?: { id: string; title: string },
): Promise<Keystroke[]> {
  const page = await context.newPage();
  await page.addInitScript(instrument);
  try {
    await page.goto(`${base}/search/`);
    if (story) {
      const menu = page.locator('select[name="story"]');
      await menu.evaluate((select, { id, title }) => {
        (select as HTMLSelectElement).add(new Option(title, id));
      }, story);
      await menu.selectOption(story.id);
      await page.waitForURL((url) => url.searchParams.get('story') === story.id);
    }
    const box = page.locator('#search-page-q');
    await box.focus();
    for (const query of queries) {
      await box.fill('');
      await page.waitForTimeout(gapMs);
      for (const key of query) {
        await page.keyboard.type(key);
        await page.waitForTimeout(gapMs);
      }
      await page.waitForFunction((text) => window.__bench.at(-1)?.query === text, query, { timeout: 60_000 });
    }
    const [rendered, inputs] = await page.evaluate(() => [window.__bench, window.__inputs] as const);
    return keystrokesAfterFirst(rendered, inputs).keystrokes;
  } finally {
    await page.close();
  }
}

/** On a reader page: gzipped bytes of search JavaScript and index fetched before and after the box is focused. */
export async function readerPageSearchBytes(
  context: BrowserContext,
  base: string,
  sent: readonly Sent[],
  path: string,
): Promise<{ before: number; beforeFiles: string[]; after: number }> {
  const page = await context.newPage();
  const from = sent.length;
  try {
    await page.goto(`${base}${path}`);
    await serverQuiet(page, sent);
    const before = sent.slice(from).filter((entry) => SEARCH_RESOURCE.test(entry.path));
    await page.locator('#search-box-q').focus();
    await page.locator('#search-box[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    await serverQuiet(page, sent);
    return {
      before: searchBytes(before, Infinity).total,
      beforeFiles: before.map((file) => file.path),
      after: searchBytes(sent.slice(from), Infinity).total,
    };
  } finally {
    await page.close();
  }
}

/** What plain Fuse.js cost on the bench page: load bytes, and each keystroke's search and render. */
export async function typeOnPlainPage(
  context: BrowserContext,
  base: string,
  sent: readonly Sent[],
  queries: readonly string[],
  maxKeystrokes: number,
): Promise<{ bytes: Bytes; keystrokes: Keystroke[] }> {
  const page = await context.newPage();
  const from = sent.length;
  try {
    await page.goto(`${base}/bench/plain.html`);
    await page.waitForFunction(() => window.__ready === true, undefined, { timeout: 600_000 });
    const bytes = searchBytes(sent.slice(from), Infinity);
    const keystrokes: Keystroke[] = [];
    for (const query of queries) {
      for (let length = 1; length <= query.length && keystrokes.length < maxKeystrokes; length++) {
        const typed = query.slice(0, length);
        const { ms } = await page.evaluate((text) => window.plainSearch!(text), typed);
        keystrokes.push({ query: typed, latencyMs: ms, mainMs: ms, fetched: false });
      }
    }
    return { bytes, keystrokes };
  } finally {
    await page.close();
  }
}

/** The bench page for plain Fuse.js: its HTML and script, given the options to use. */
export function plainPage(options: unknown): { html: string; script: string } {
  return {
    html: '<!doctype html><html lang="en"><meta charset="utf-8"><title>Plain Fuse.js</title><ol id="out"></ol><script type="module" src="/bench/plain.js"></script></html>\n',
    script: `import Fuse from '/bench/fuse.mjs';
const [docs, index] = await Promise.all([fetch('/bench/plain/docs.json').then((r) => r.json()), fetch('/bench/plain/index.json').then((r) => r.json())]);
const fuse = new Fuse(docs, ${JSON.stringify(options)}, Fuse.parseIndex(index));
const out = document.getElementById('out');
window.plainSearch = (query) => {
  const start = performance.now();
  const results = fuse.search(query, { limit: 20 });
  out.replaceChildren(...results.map((result) => {
    const item = document.createElement('li');
    item.textContent = (result.item.text || result.item.name).slice(0, 240);
    return item;
  }));
  void document.body.offsetHeight;
  return { ms: performance.now() - start, total: results.length };
};
window.__ready = true;
`,
  };
}
