/**
 * Measurements in headless Chromium: typing queries into the built search page, one key at a
 * time as a reader would, and the same keystrokes against plain Fuse.js on a bench page.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** One keystroke's search, as the page reported it. */
export interface Keystroke {
  query: string;
  /** Main-thread time of the search and of laying out its results (fetch waits excluded). */
  ms: number;
  /** From the key press to the results on screen, fetch waits included. */
  elapsedMs: number;
  fetched: boolean;
  /** Main-thread time by step (plan, rank, render, layout), where the page reports them. */
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
  keystrokes: Keystroke[];
  /** Gzipped bytes of search code and index fetched before the first result was shown. */
  bytesBeforeFirst: Bytes;
  /** Gzipped bytes of search code and index fetched for the whole query. */
  bytesTotal: Bytes;
  /** Main-thread tasks over 50 ms while the page loaded and the query was typed. */
  longTasks: number[];
}

declare global {
  interface Window {
    __bench: { query: string; busyMs: number; elapsedMs: number; fetched: boolean; layoutMs: number; at: number; total: number; steps: Record<string, number> }[];
    __longTasks: number[];
    __ready?: boolean;
    plainSearch?: (query: string) => { ms: number; total: number };
  }
}

/** Records every rendered search (with the layout it causes) and every long task, from the start of the page. */
function instrument() {
  performance.setResourceTimingBufferSize(100_000);
  window.__bench = [];
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('site-search:rendered', (event) => {
    const detail = (event as CustomEvent<{ query: string; busyMs: number; elapsedMs: number; fetched: boolean; total: number; steps: Record<string, number> }>).detail;
    const start = performance.now();
    void document.body.offsetHeight; // style and layout of the new results, inside the measurement
    window.__bench.push({ ...detail, layoutMs: performance.now() - start, at: performance.now() });
  });
}

/** Search code and index: what the search, and nothing else on the page, fetches. */
const SEARCH_RESOURCE = /\/_astro\/.*\.js$|\/search\/.*\.json$|\/bench\/.*\.(m?js|json)$/;

/** Gzipped bytes fetched by the search until `until` (page time), in total and by kind of file. */
async function searchBytes(page: Page, until: number): Promise<Bytes> {
  return page.evaluate(
    ({ until, pattern }) => {
      const bytes = { total: 0, code: 0, manifest: 0, postings: 0, documents: 0 };
      for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        const path = new URL(entry.name).pathname;
        if (!new RegExp(pattern).test(path) || entry.responseEnd > until) continue;
        const kind = path.endsWith('.js') || path.endsWith('.mjs') ? 'code' : /\/search\/p\//.test(path) ? 'postings' : /\/search\/d\//.test(path) ? 'documents' : 'manifest';
        bytes[kind] += entry.encodedBodySize;
        bytes.total += entry.encodedBodySize;
      }
      return bytes;
    },
    { until, pattern: SEARCH_RESOURCE.source },
  );
}

/** Opens the search page cold, types `query` with `gapMs` between keys, and reports each keystroke. */
export async function typeOnSearchPage(context: BrowserContext, base: string, query: string, gapMs: number): Promise<TypedQuery> {
  const page = await context.newPage();
  await page.addInitScript(instrument);
  try {
    await page.goto(`${base}/search/`);
    await page.locator('#search-page-q').focus();
    for (const key of query) {
      await page.keyboard.type(key);
      await page.waitForTimeout(gapMs);
    }
    await page.waitForFunction((text) => window.__bench.at(-1)?.query === text, query, { timeout: 60_000 });
    const rendered = await page.evaluate(() => window.__bench);
    const first = rendered.find((entry) => entry.total > 0) ?? rendered[0]!;
    return {
      query,
      keystrokes: rendered.map((entry) => ({ query: entry.query, ms: entry.busyMs + entry.layoutMs, elapsedMs: entry.elapsedMs, fetched: entry.fetched, steps: { ...entry.steps, layout: entry.layoutMs } })),
      bytesBeforeFirst: await searchBytes(page, first.at),
      bytesTotal: await searchBytes(page, Infinity),
      longTasks: await page.evaluate(() => window.__longTasks),
    };
  } finally {
    await page.close();
  }
}

/**
 * A reader's session: opens the search page once and types every query in turn (clearing the
 * box between them), one key at a time; returns every keystroke's search.
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
    return rendered.map((entry) => ({ query: entry.query, ms: entry.busyMs + entry.layoutMs, elapsedMs: entry.elapsedMs, fetched: entry.fetched, steps: { ...entry.steps, layout: entry.layoutMs } }));
  } finally {
    await page.close();
  }
}

/** On a reader page: gzipped bytes of search JavaScript and index fetched before and after the box is focused. */
export async function readerPageSearchBytes(context: BrowserContext, base: string, path: string): Promise<{ before: number; beforeFiles: string[]; after: number }> {
  const page = await context.newPage();
  await page.addInitScript(instrument);
  try {
    await page.goto(`${base}${path}`);
    await page.waitForLoadState('networkidle');
    const searchFiles = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => ({ path: new URL(entry.name).pathname, bytes: (entry as PerformanceResourceTiming).encodedBodySize }))
          .filter((entry) => /SiteSearch|controller|\/search\//.test(entry.path)),
      );
    const before = await searchFiles();
    await page.locator('#search-box-q').focus();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/search/index.json')));
    await page.waitForLoadState('networkidle');
    const after = await searchFiles();
    const sum = (files: { bytes: number }[]) => files.reduce((total, file) => total + file.bytes, 0);
    return { before: sum(before), beforeFiles: before.map((file) => file.path), after: sum(after) };
  } finally {
    await page.close();
  }
}

/** What plain Fuse.js cost on the bench page: load bytes, and each keystroke's search and render. */
export async function typeOnPlainPage(context: BrowserContext, base: string, queries: readonly string[], maxKeystrokes: number): Promise<{ bytes: Bytes; keystrokes: Keystroke[] }> {
  const page = await context.newPage();
  try {
    await page.goto(`${base}/bench/plain.html`);
    await page.waitForFunction(() => window.__ready === true, undefined, { timeout: 600_000 });
    const bytes = await searchBytes(page, Infinity);
    const keystrokes: Keystroke[] = [];
    for (const query of queries) {
      for (let length = 1; length <= query.length && keystrokes.length < maxKeystrokes; length++) {
        const typed = query.slice(0, length);
        const { ms } = await page.evaluate((text) => window.plainSearch!(text), typed);
        keystrokes.push({ query: typed, ms, elapsedMs: ms, fetched: false });
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
