/**
 * Prints how many numbers of a public suite of number expressions (Recognizers-Text's English
 * specs) the figure extraction reads right, beside what the Recognizers-Text npm packages read.
 * Usage: npm run score:numbers [-- --verbose]
 */
import { recognizeNumber, recognizePercentage } from '@microsoft/recognizers-text-number';
import { recognizeCurrency, recognizeDimension } from '@microsoft/recognizers-text-number-with-unit';
import { processArticle } from '../src/pipeline/process-article.ts';
import { loadSuite, scoreSuite, type Reading, type SuiteScore } from './lib/number-suite.ts';

const verbose = process.argv.includes('--verbose');
const cases = loadSuite();

const ours = (input: string): Reading =>
  processArticle('suite', input).claims.flatMap((claim) =>
    claim.kind === 'figure' ? [{ value: claim.value, qualifier: claim.qualifier }] : [],
  );
const theirs = (input: string): Reading =>
  [
    ...recognizeNumber(input, 'en-us'),
    ...recognizePercentage(input, 'en-us'),
    ...recognizeCurrency(input, 'en-us'),
    ...recognizeDimension(input, 'en-us'),
  ].flatMap((result) => {
    const written = (result.resolution as { value?: string | null }).value;
    const value = Number((written ?? '').replace(/%$/u, ''));
    return written != null && Number.isFinite(value) ? [{ value, qualifier: null }] : [];
  });

const percent = (hits: number, total: number) =>
  `${((100 * hits) / Math.max(1, total)).toFixed(1)}% (${hits}/${total})`;
const report = (name: string, score: SuiteScore) => {
  console.log(`\n${name}`);
  console.log(`  numbers with the right value   ${percent(score.found, score.numbers)}`);
  console.log(`  range ends with the right qualifier ${percent(score.rangeRight, score.rangeEnds)}`);
  console.log(`  expressions with no number given a figure ${score.falseFigures.length}/${score.noNumberCases}`);
  if (verbose) for (const line of [...score.missed, ...score.falseFigures]) console.log(`    - ${line}`);
};
report('figure extraction', scoreSuite(cases, ours));
report('@microsoft/recognizers-text-number(-with-unit) 1.3.1', scoreSuite(cases, theirs));
