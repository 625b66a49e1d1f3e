/**
 * Measurements in headless Chromium: typing queries into the built search page, one key at a
 * time as a reader would, and the same keystrokes against plain Fuse.js on a bench page.
 */
import type { BrowserContext } from 'playwright-core';
import type { RenderedDetail } from '../../src/scripts/site-search/controller.ts';
import type { Sent } from './server.ts';

/** One keystroke's search, as the page reported it. */
export interface Keystroke {
  query: string;
  /** From the key press to the results laid out on the page: the latency a reader feels. */
  latencyMs: number;
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
}

declare global {
  interface Window {
    __bench: Rendered[];
    __longTasks: [start: number, duration: number][];
    __firstKey?: number;
    __ready?: boolean;
    plainSearch?: (query: string) => { ms: number; total: number };
  }
}

/** Records every rendered search (with the layout it causes) and every long task, from the start of the page. */
function instrument() {
  window.__bench = [];
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('keydown', (event) => (window.__firstKey ??= event.timeStamp), { capture: true });
  document.addEventListener('site-search:rendered', (event) => {
    const detail = (event as CustomEvent<RenderedDetail>).detail;
    const wall = Date.now() - detail.renderMs;
    const start = performance.now();
    void document.body.offsetHeight; // style and layout of the new results, inside the measurement
    window.__bench.push({ ...detail, layoutMs: performance.now() - start, wall });
  });
}

function keystroke(entry: Rendered): Keystroke {
  const steps: Record<string, number> = { queue: entry.queueMs, render: entry.renderMs, layout: entry.layoutMs };
  for (const [step, value] of Object.entries(entry.timing)) if (typeof value === 'number') steps[step] = value;
  return { query: entry.query, latencyMs: entry.elapsedMs + entry.layoutMs, mainMs: entry.renderMs + entry.layoutMs, fetched: entry.timing.fetched, prepared: entry.timing.prepared === true, steps };
}

/** Search code and index: what the search, and nothing else on the page, fetches. */
const SEARCH_RESOURCE = /\/_astro\/.*\.js$|\/search\/.*\.json$|\/bench\/.*\.(m?js|json)$/;

/** Gzipped bytes the server sent for search code and index up to `until` (`Date.now()`), in total and by kind of file. */
function searchBytes(sent: readonly Sent[], until: number): Bytes {
  const bytes = { total: 0, code: 0, manifest: 0, postings: 0, documents: 0 };
  for (const { path, bytes: size, at } of sent) {
    if (!SEARCH_RESOURCE.test(path) || at > until) continue;
    const kind = /\.m?js$/.test(path) ? 'code' : path.startsWith('/search/p/') ? 'postings' : path.startsWith('/search/d/') ? 'documents' : 'manifest';
    bytes[kind] += size;
    bytes.total += size;
  }
  return bytes;
}

/** Opens the search page cold, types `query` with `gapMs` between keys, and reports each keystroke. */
export async function typeOnSearchPage(context: BrowserContext, base: string, sent: Sent[], query: string, gapMs: number): Promise<TypedQuery> {
  const page = await context.newPage();
  await page.addInitScript(instrument);
  sent.length = 0;
  try {
    await page.goto(`${base}/search/`);
    await page.locator('#search-page-q').focus();
    for (const key of query) {
      await page.keyboard.type(key);
      await page.waitForTimeout(gapMs);
    }
    await page.waitForFunction((text) => window.__bench.at(-1)?.query === text, query, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const rendered = await page.evaluate(() => window.__bench);
    const firstIndex = Math.max(0, rendered.findIndex((entry) => entry.total > 0));
    const first = rendered[firstIndex]!;
    return {
      query,
      firstMs: keystroke(first).latencyMs,
      keystrokes: rendered.slice(firstIndex + 1).map(keystroke),
      bytesBeforeFirst: searchBytes(sent, first.wall),
      bytesTotal: searchBytes(sent, Infinity),
      longTasks: await page.evaluate(() => {
        const first = window.__firstKey ?? Infinity;
        const tasks = window.__longTasks;
        return { typing: tasks.filter(([start, duration]) => start + duration > first).map(([, duration]) => duration), loading: tasks.filter(([start, duration]) => start + duration <= first).map(([, duration]) => duration) };
      }),
    };
  } finally {
    await page.close();
  }
}

/**
 * A reader's session: opens the search page once and types every query in turn (clearing the
 * box between them), one key at a time; returns every keystroke's search after the first result.
 */
export async function typeSession(context: BrowserContext, base: string, queries: readonly string[], gapMs: number): Promise<Keystroke[]> {
  const page = await context.newPage();
  await page.addInitScript(instrument);
  try {
    await page.goto(`${base}/search/`);
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
    const rendered = await page.evaluate(() => window.__bench);
    const firstIndex = Math.max(0, rendered.findIndex((entry) => entry.total > 0));
    return rendered.slice(firstIndex + 1).map(keystroke);
  } finally {
    await page.close();
  }
}

/** On a reader page: gzipped bytes of search JavaScript and index fetched before and after the box is focused. */
export async function readerPageSearchBytes(context: BrowserContext, base: string, sent: Sent[], path: string): Promise<{ before: number; beforeFiles: string[]; after: number }> {
  const page = await context.newPage();
  sent.length = 0;
  try {
    await page.goto(`${base}${path}`);
    await page.waitForLoadState('networkidle');
    const searchFiles = () => sent.filter((entry) => /SiteSearch|controller|worker|\/search\//.test(entry.path));
    const before = searchFiles();
    await page.locator('#search-box-q').focus();
    await page.locator('#search-box[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const after = searchFiles();
    const sum = (files: Sent[]) => files.reduce((total, file) => total + file.bytes, 0);
    return { before: sum(before), beforeFiles: before.map((file) => file.path), after: sum(after) };
  } finally {
    await page.close();
  }
}

/** What plain Fuse.js cost on the bench page: load bytes, and each keystroke's search and render. */
export async function typeOnPlainPage(context: BrowserContext, base: string, sent: Sent[], queries: readonly string[], maxKeystrokes: number): Promise<{ bytes: Bytes; keystrokes: Keystroke[] }> {
  const page = await context.newPage();
  sent.length = 0;
  try {
    await page.goto(`${base}/bench/plain.html`);
    await page.waitForFunction(() => window.__ready === true, undefined, { timeout: 600_000 });
    const bytes = searchBytes(sent, Infinity);
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
