/**
 * Extraction throughput: articles per second and MB per second for the seed articles and for
 * a generated corpus of 1,000 articles, against a baseline (parsing alone) run in the same
 * process. Usage: npm run bench:extract [-- <corpus size>]
 */
import { performance } from 'node:perf_hooks';
import { parseArticleText } from '../src/pipeline/parse/parse-article.ts';
import { loadGeoNames } from '../src/pipeline/extract/places/geonames.ts';
import { processArticle } from '../src/pipeline/process-article.ts';
import { processStory } from '../src/pipeline/process-story.ts';
import { generateCorpus, seedTexts } from './lib/corpus.ts';

const size = Number(process.argv[2] ?? 1000);

function measure(
  label: string,
  texts: readonly string[],
  rounds: number,
  run: (text: string, index: number) => unknown,
) {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  texts.forEach(run); // warm up: module state, regex compilation, JIT
  const start = performance.now();
  for (let round = 0; round < rounds; round++) texts.forEach(run);
  const seconds = (performance.now() - start) / 1000;
  const articles = texts.length * rounds;
  const result = {
    seconds,
    perArticleMs: (seconds * 1000) / articles,
    articlesPerSecond: articles / seconds,
    mbPerSecond: (bytes * rounds) / 1e6 / seconds,
  };
  console.log(
    `${label.padEnd(34)} ${String(articles).padStart(6)} articles  ${seconds.toFixed(2).padStart(7)} s  ${result.perArticleMs.toFixed(2).padStart(6)} ms/article  ${result.articlesPerSecond.toFixed(0).padStart(6)} articles/s  ${result.mbPerSecond.toFixed(2).padStart(6)} MB/s`,
  );
  return result;
}

// The gazetteer loads on first use: time it apart, so that per-article figures are extraction alone.
const heapBefore = process.memoryUsage().heapUsed;
const [loadStart, loadCpu] = [performance.now(), process.cpuUsage()];
const names = loadGeoNames();
const loadCpuMs = process.cpuUsage(loadCpu);
console.log(
  `gazetteer: ${names.toLocaleString('en-US')} names loaded in ${(performance.now() - loadStart).toFixed(0)} ms (${((loadCpuMs.user + loadCpuMs.system) / 1000).toFixed(0)} ms CPU), heap +${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0)} MB`,
);

const seeds = seedTexts();
const corpus = generateCorpus(size).map(([, text]) => text);
console.log(
  `corpus: ${seeds.length} seed articles (${(seeds.join('').length / 1024).toFixed(1)} KB), ${corpus.length} generated (${(Buffer.byteLength(corpus.join('')) / 1e6).toFixed(2)} MB)`,
);

const seedParse = measure('seeds: parse only (baseline)', seeds, 200, (text) => parseArticleText(text));
const seedFull = measure('seeds: parse + extract', seeds, 50, (text, index) => processArticle(`seed-${index}`, text));
measure('seeds as one story (per story)', [seeds.join('\u0000')], 50, (joined) =>
  processStory(joined.split('\u0000').map((text, index) => ({ id: `seed-${index}`, text }))),
);
const corpusParse = measure(`${size}: parse only (baseline)`, corpus, 1, (text) => parseArticleText(text));
const corpusFull = measure(`${size}: parse + extract`, corpus, 1, (text, index) =>
  processArticle(`gen-${index}`, text),
);

console.log(
  `ratio extract/parse: seeds ${(seedFull.perArticleMs / seedParse.perArticleMs).toFixed(1)}x, corpus ${(corpusFull.perArticleMs / corpusParse.perArticleMs).toFixed(1)}x`,
);
console.log(`${size}-article corpus extracts in ${corpusFull.seconds.toFixed(1)} s (target: under 30 s)`);
