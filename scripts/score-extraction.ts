/**
 * Prints extraction scores against the hand labels, for every bar, with what was missed.
 * Usage: npm run score [-- --verbose]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { processArticle } from '../src/pipeline/process-article.ts';
import { decodeArticle } from '../src/loaders/decode-text.ts';
import { BARS, scoreExtraction, type Gold, type Rate, type Scores } from './lib/score-extraction.ts';

const folder = new URL('../content/stories/north-korean-troops-in-russia/articles/', import.meta.url);
const gold = JSON.parse(readFileSync(new URL('../tests/fixtures/gold/seeds.json', import.meta.url), 'utf8')) as Gold;
const claims = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => {
    const decoded = decodeArticle(name, readFileSync(new URL(name, folder)));
    return decoded.ok ? processArticle(name.slice(0, -4), decoded.text).claims : [];
  });
const scores = scoreExtraction(gold, claims);
const verbose = process.argv.includes('--verbose');
let failed = 0;
for (const [name, score] of Object.entries(scores) as [keyof Scores, Rate][]) {
  const bar = BARS[name];
  const ok = score.value >= bar;
  if (!ok) failed++;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(20)} ${score.value.toFixed(3)} (${score.hits}/${score.total}, bar ${bar})`,
  );
  if (verbose || !ok) for (const miss of score.misses) console.log(`       - ${miss}`);
}
console.log(
  `${claims.length} claims: ${['figure', 'quote', 'place', 'person', 'date'].map((kind) => `${claims.filter((c) => c.kind === kind).length} ${kind}`).join(', ')}`,
);
process.exitCode = failed > 0 ? 1 : 0;
