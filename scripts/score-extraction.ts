/**
 * Prints extraction scores against the hand labels, one table per labelled story (every bar,
 * and the labelled comparisons), with what was missed.
 * Usage: npm run score [-- --verbose] [-- <story>...]
 */
import { CLAIM_KINDS } from '../src/lib/claim-kinds.ts';
import { compareClaims } from '../src/pipeline/compare/compare-claims.ts';
import { labelledStories, storyClaims, storyGold } from './lib/labelled-stories.ts';
import { scoreComparisons } from './lib/score-comparisons.ts';
import { BARS, COMPARISON_BAR, scoreExtraction, type Rate, type Scores } from './lib/score-extraction.ts';

const verbose = process.argv.includes('--verbose');
const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const stories = labelledStories().filter((story) => asked.length === 0 || asked.includes(story));
let failed = 0;

for (const story of stories) {
  const gold = storyGold(story);
  const claims = storyClaims(story);
  const scores = scoreExtraction(gold, claims);
  const rows: [string, Rate, number][] = (Object.keys(BARS) as (keyof Scores)[]).map((name) => [
    name,
    scores[name],
    BARS[name],
  ]);
  if (gold.comparisons !== undefined)
    rows.push(['comparisons', scoreComparisons(gold.comparisons, claims, compareClaims(claims)), COMPARISON_BAR]);
  console.log(`\n${story} (${Object.keys(gold.articles).length} labelled articles)`);
  for (const [name, score, bar] of rows) {
    const ok = score.value >= bar;
    if (!ok) failed++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(20)} ${score.value.toFixed(3)} (${score.hits}/${score.total}, bar ${bar})`,
    );
    if (verbose || !ok) for (const miss of score.misses) console.log(`       - ${miss}`);
  }
  console.log(
    `${claims.length} claims: ${CLAIM_KINDS.map(({ kind }) => `${claims.filter((claim) => claim.kind === kind).length} ${kind}`).join(', ')}`,
  );
}
process.exitCode = failed > 0 ? 1 : 0;
