/**
 * Search benchmark: for generated corpora of 100, 1,000 and 10,000 articles, builds the index
 * with the site's own builder, then measures, for this design and for plain Fuse.js over the
 * same documents in the same run:
 *
 * - per-keystroke latency in headless Chromium on the built search page (typing real queries one
 *   key at a time; from the key press to the results laid out, and the main thread's share),
 * - gzipped bytes of search code and index fetched before the first result,
 * - recall on a fixed set of misspelled names and places (a query finds its word in its top 10).
 *
 * Usage: npm run bench:search [-- 100,1000,10000] [--repeat 3] [--no-browser]
 * (`--repeat`: how many times each query is typed on a freshly opened page; more runs, steadier p95)
 * Needs a built site (`npm run build`); writes its corpora to tmp/bench-search/.
 */
import { mkdirSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js/basic';
import { buildSearchIndex, type SearchIndexFiles } from '../src/site/search/build-index.ts';
import { articleDocuments } from '../src/site/search/documents.ts';
import { SearchEngine } from '../src/lib/search/engine.ts';
import { decodeNumbers } from '../src/lib/search/format.ts';
import { PLAIN_FUSE_OPTIONS, SEARCH_KEYS, type SearchFields } from '../src/lib/search/options.ts';
import { indexTerms } from '../src/lib/search/tokenize.ts';
import { processArticle } from '../src/pipeline/process-article.ts';
import { launchChromium } from './lib/chromium.ts';
import {
  plainPage,
  readerPageSearchBytes,
  typeOnPlainPage,
  typeOnSearchPage,
  typeSession,
  type Bytes,
  type Keystroke,
  type TypedQuery,
} from './bench-search/browser.ts';
import { benchCorpus } from './bench-search/corpus.ts';
import { TYPED_QUERIES, TYPOS } from './bench-search/queries.ts';
import { startServer, type Sent } from './bench-search/server.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WORK = join(ROOT, 'tmp/bench-search');
const sizes = (
  process.argv.slice(2).find((arg, index, args) => /^\d/.test(arg) && args[index - 1] !== '--repeat') ??
  '100,1000,10000'
)
  .split(',')
  .map(Number);
const browserRuns = !process.argv.includes('--no-browser');
const repeatAt = process.argv.indexOf('--repeat');
const REPEAT = repeatAt === -1 ? 3 : Math.max(1, Number(process.argv[repeatAt + 1]) || 1);
/** Time between key presses: a quick typist. */
const KEY_GAP_MS = 90;
/** Plain Fuse.js takes seconds per keystroke on large corpora: it is sampled, not run on every key. */
const PLAIN_KEYSTROKES: Record<number, number> = { 100: 1000, 1000: 60, 10000: 12 };

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(a / b < 10 ? 1 : 0)}x`;

function writeJson(file: string, data: unknown) {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(data));
}

function gzSize(data: unknown): number {
  return gzipSync(JSON.stringify(data), { level: 6 }).length;
}

/** Writes the index as the site would serve it, below `folder`. */
function writeIndex(folder: string, index: SearchIndexFiles) {
  rmSync(folder, { recursive: true, force: true });
  writeJson(join(folder, 'index.json'), index.manifest);
  writeJson(join(folder, 'sources.json'), index.sources);
  index.postings.forEach((shard, n) => {
    writeJson(join(folder, 'p', `${n}.json`), shard);
  });
  index.docs.forEach((shard, n) => {
    writeJson(join(folder, 'd', `${n}.json`), shard);
  });
}

/** Recall on the misspelled queries: the share whose top 10 documents include one with the intended word. */
async function recall(
  search: (query: string) => Promise<number[]> | number[],
  docs: readonly SearchFields[],
): Promise<{ value: number; misses: string[] }> {
  const misses: string[] = [];
  for (const [query, target] of TYPOS) {
    const top = await search(query);
    if (!top.some((doc) => indexTerms(`${docs[doc]!.name} ${docs[doc]!.text}`).has(target))) misses.push(query);
  }
  return { value: (TYPOS.length - misses.length) / TYPOS.length, misses };
}

interface SizeResult {
  size: number;
  docs: number;
  terms: number;
  buildMs: number;
  ours: {
    recall: number;
    misses: string[];
    typed?: TypedQuery[];
    session?: Keystroke[];
    /** The same session with one story chosen in the story filter. */
    storySession?: Keystroke[];
    reader?: { before: number; beforeFiles: string[]; after: number };
    indexGz: number;
    manifestGz: number;
  };
  plain: { recall: number; misses: string[]; bytes?: Bytes; keystrokes?: Keystroke[]; indexGz: number };
}

async function measureSize(
  size: number,
  server: { url: string; sent: Sent[]; roots: { search: string; bench: string } } | null,
): Promise<SizeResult> {
  const started = performance.now();
  const stories = benchCorpus(size).map((story) => ({
    ...story,
    articles: story.articles.map(({ id, text, outlet }) => {
      const processed = processArticle(id, text);
      return { id, slug: id, title: processed.title, outlet, tree: processed.tree, claims: processed.claims };
    }),
  }));
  const articles = stories.flatMap((story) => story.articles);
  console.log(
    `\n${size.toLocaleString('en-US')} articles in ${stories.length.toLocaleString('en-US')} stories: generated and extracted in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const buildStart = performance.now();
  const index = buildSearchIndex(stories);
  const buildMs = performance.now() - buildStart;
  const docs = articles.flatMap((article) => articleDocuments(article).docs.map((doc) => doc.fields));
  const folder = join(WORK, String(size));
  writeIndex(join(folder, 'search'), index);

  // Plain Fuse.js over the same documents, with its index built at build time too (createIndex, toJSON).
  const plainIndex = Fuse.createIndex([...SEARCH_KEYS], docs).toJSON();
  writeJson(join(folder, 'bench/plain/docs.json'), docs);
  writeJson(join(folder, 'bench/plain/index.json'), plainIndex);
  const page = plainPage(PLAIN_FUSE_OPTIONS);
  writeFileSync(join(folder, 'bench/plain.html'), page.html);
  writeFileSync(join(folder, 'bench/plain.js'), page.script);
  copyFileSync(join(ROOT, 'node_modules/fuse.js/dist/fuse.basic.min.mjs'), join(folder, 'bench/fuse.mjs'));

  const files = new Map<string, unknown>([
    ['index.json', index.manifest],
    ...index.postings.map((shard, n) => [`p/${n}.json`, shard] as const),
    ...index.docs.map((shard, n) => [`d/${n}.json`, shard] as const),
  ]);
  const engine = await SearchEngine.open((path) => Promise.resolve(files.get(path.split('?')[0]!)));
  const ours = await recall(async (query) => {
    const plan = engine.plan(query);
    await engine.loadPostings(engine.missingPostings(plan));
    const ranking = engine.rank(plan, { kinds: [], articles: null }, 10);
    return ranking.groups
      .flatMap((group) => group.docs)
      .sort((a, b) => engine.scoreOf(b) - engine.scoreOf(a) || a - b)
      .slice(0, 10);
  }, docs);
  const fuse = new Fuse(docs, PLAIN_FUSE_OPTIONS, Fuse.parseIndex<SearchFields>(plainIndex));
  const plain = await recall((query) => fuse.search(query, { limit: 10 }).map((result) => result.refIndex), docs);

  const result: SizeResult = {
    size,
    docs: docs.length,
    terms: decodeNumbers(index.manifest.df).length,
    buildMs,
    ours: {
      recall: ours.value,
      misses: ours.misses,
      indexGz: [...files.values()].reduce((sum: number, data) => sum + gzSize(data), 0),
      manifestGz: gzSize(index.manifest),
    },
    plain: { recall: plain.value, misses: plain.misses, indexGz: gzSize(docs) + gzSize(plainIndex) },
  };

  if (server) {
    server.roots.search = join(folder, 'search');
    server.roots.bench = join(folder, 'bench');
    const context = await launchChromium();
    try {
      result.ours.typed = [];
      for (let run = 0; run < REPEAT; run++)
        for (const query of TYPED_QUERIES)
          result.ours.typed.push(await typeOnSearchPage(context, server.url, server.sent, query, KEY_GAP_MS));
      result.ours.session = await typeSession(context, server.url, TYPED_QUERIES, KEY_GAP_MS);
      result.ours.storySession = await typeSession(context, server.url, TYPED_QUERIES, KEY_GAP_MS, stories[0]);
      result.ours.reader = await readerPageSearchBytes(context, server.url, server.sent, '/sources/');
      const plainRun = await typeOnPlainPage(
        context,
        server.url,
        server.sent,
        TYPED_QUERIES,
        PLAIN_KEYSTROKES[size] ?? 20,
      );
      result.plain.bytes = plainRun.bytes;
      result.plain.keystrokes = plainRun.keystrokes;
    } finally {
      await context.close();
    }
  }
  return result;
}

function report(result: SizeResult) {
  const { ours, plain } = result;
  console.log(
    `  index: ${result.docs.toLocaleString('en-US')} documents, ${result.terms.toLocaleString('en-US')} terms, built in ${ms(result.buildMs)}; all files ${kb(ours.indexGz)} gzipped (manifest ${kb(ours.manifestGz)}); plain Fuse.js docs + index ${kb(plain.indexGz)}`,
  );
  console.log(
    `  recall on ${TYPOS.length} misspelled names and places (top 10): this design ${(ours.recall * 100).toFixed(1)}%, plain Fuse.js ${(plain.recall * 100).toFixed(1)}%`,
  );
  if (ours.misses.length > 0) console.log(`    missed by this design: ${ours.misses.join(', ')}`);
  if (plain.misses.length > 0) console.log(`    missed by plain Fuse.js: ${plain.misses.join(', ')}`);
  if (!ours.typed || !plain.keystrokes || plain.bytes === undefined || !ours.reader) return;
  const keystrokes = ours.typed.flatMap((typed) => typed.keystrokes);
  const latency = (list: readonly Keystroke[]) => list.map((keystroke) => keystroke.latencyMs);
  const main = (list: readonly Keystroke[]) => list.map((keystroke) => keystroke.mainMs);
  const spread = (values: readonly number[]) =>
    `median ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}, max ${ms(Math.max(...values))}`;
  const loaded = keystrokes.filter((keystroke) => !keystroke.fetched);
  const fetching = keystrokes.filter((keystroke) => keystroke.fetched);
  const plainMs = plain.keystrokes.map((keystroke) => keystroke.latencyMs);
  const first = ours.typed.map((typed) => typed.bytesBeforeFirst.total);
  const median = (pick: (bytes: Bytes) => number) =>
    percentile(
      ours.typed!.map((typed) => pick(typed.bytesBeforeFirst)),
      50,
    );
  const longTyping = ours.typed.flatMap((typed) => typed.longTasks.typing);
  const longLoading = ours.typed.flatMap((typed) => typed.longTasks.loading);
  const longest = (tasks: number[]) => (tasks.length > 0 ? ` (longest ${ms(Math.max(...tasks))})` : '');
  console.log(
    `  per keystroke, in Chromium, from the key press to the results laid out (the search runs in a worker):`,
  );
  console.log(
    `    each query typed on a freshly opened page (${ours.typed.length} pages), ${keystrokes.length} keystrokes after the first result: ${spread(latency(keystrokes))}`,
  );
  console.log(
    `      ${loaded.length} with the index files they need already loaded: ${spread(latency(loaded))}; ${fetching.length} that fetch: ${spread(latency(fetching))}`,
  );
  const prepared = keystrokes.filter((keystroke) => keystroke.prepared);
  console.log(
    `      ${prepared.length} answered from a search the worker prepared ahead: ${spread(latency(prepared))}; the others: ${spread(latency(keystrokes.filter((keystroke) => !keystroke.prepared)))}`,
  );
  // Each step's p95 over the keystrokes that went through it (a prepared answer skips the worker's steps).
  const stepP95 = (list: readonly Keystroke[]) =>
    ['queue', 'plan', 'rank', 'present', 'fetchWait', 'worker', 'roundTrip', 'render', 'layout']
      .map(
        (step) =>
          `${step} ${ms(
            percentile(
              list.flatMap((keystroke) =>
                keystroke.prepared || keystroke.steps?.[step] === undefined ? [] : [keystroke.steps[step]],
              ),
              95,
            ),
          )}`,
      )
      .join(', ');
  console.log(
    `      p95 by step, prepared answers left out, without fetches: ${stepP95(loaded)}; with fetches: ${stepP95(fetching)}`,
  );
  console.log(
    `      ${keystrokes.filter((keystroke) => keystroke.skipped).length} typed past before their results were drawn (timed to the next results drawn)`,
  );
  console.log(
    `      first result on a fresh page (loading code and index included): ${spread(ours.typed.map((typed) => typed.firstMs))}`,
  );
  const sessionLine = (label: string, list: readonly Keystroke[]) => {
    console.log(
      `    ${label}, ${list.length} keystrokes: ${spread(latency(list))} (${list.filter((keystroke) => keystroke.fetched).length} fetch, ${list.filter((keystroke) => keystroke.prepared).length} prepared ahead)`,
    );
  };
  if (ours.session) sessionLine(`one page typing all ${TYPED_QUERIES.length} queries in turn`, ours.session);
  if (ours.storySession) sessionLine('the same with one story chosen in the story filter', ours.storySession);
  console.log(
    `    main thread per keystroke (drawing and layout): ${spread(main(keystrokes))}; tasks over 50 ms from the first key press on: ${longTyping.length}${longest(longTyping)}; while the page loaded: ${longLoading.length}${longest(longLoading)}`,
  );
  console.log(
    `    plain Fuse.js on the main thread: ${spread(plainMs)} (${plainMs.length} keystrokes from each query's first letter on)`,
  );
  console.log(
    `    plain / this design: ${ratio(percentile(plainMs, 50), percentile(latency(keystrokes), 50))} at the median, ${ratio(percentile(plainMs, 95), percentile(latency(keystrokes), 95))} at p95`,
  );
  console.log(`  gzipped bytes of search code and index before the first result (a cold search page, per query):`);
  console.log(
    `    this design: median ${kb(percentile(first, 50))}, max ${kb(Math.max(...first))}; medians by file: code ${kb(median((b) => b.code))}, manifest ${kb(median((b) => b.manifest))}, postings ${kb(median((b) => b.postings))}, documents ${kb(median((b) => b.documents))}`,
  );
  const byQuery = new Map<string, number>();
  for (const typed of ours.typed)
    byQuery.set(typed.query, Math.max(byQuery.get(typed.query) ?? 0, typed.bytesBeforeFirst.total));
  console.log(
    `      most for each query: ${[...byQuery].map(([query, bytes]) => `${query}: ${kb(bytes)}`).join('; ')}`,
  );
  console.log(
    `    plain Fuse.js: ${kb(plain.bytes.total)} (library ${kb(plain.bytes.code)}, documents and index ${kb(plain.bytes.manifest)}): ${ratio(plain.bytes.total, percentile(first, 50))} the median of this design`,
  );
  console.log(
    `    each query typed in full: median ${kb(
      percentile(
        ours.typed.map((typed) => typed.bytesTotal.total),
        50,
      ),
    )}`,
  );
  console.log(
    `  a reader page before the box is used: ${kb(ours.reader.before)} of search JavaScript (${ours.reader.beforeFiles.join(', ') || 'none'}), no search code or index; ${kb(ours.reader.after)} once it is focused`,
  );
}

if (browserRuns && !existsSync(join(ROOT, 'dist/search/index.html'))) {
  console.error('dist/ has no search page: run `npm run build` first (or pass --no-browser).');
  process.exit(1);
}
const roots = { site: join(ROOT, 'dist'), search: '', bench: '' };
const server = browserRuns ? await startServer(roots) : null;
console.log(
  `Search benchmark: corpora of ${sizes.join(', ')} articles from the seeds; ${TYPED_QUERIES.length} typed queries, ${TYPOS.length} misspellings.`,
);
try {
  for (const size of sizes) {
    const result = await measureSize(size, server ? { url: server.url, sent: server.sent, roots } : null);
    writeJson(join(WORK, String(size), 'result.json'), result);
    report(result);
  }
} finally {
  server?.server.close();
}
