/**
 * The public suite of number expressions (Recognizers-Text's English specs) run as the issue asks:
 * each expression a one-paragraph article file, all read by `npm run extract` in one process, and
 * the figures it prints scored against the suite's values and range ends.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { exportedClaimSchema } from '../../src/lib/export-schema.ts';
import { loadSuite, scoreSuite, type Reading } from '../../scripts/lib/number-suite.ts';

const root = new URL('../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'number-suite-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const cases = loadSuite();
const inputs = [...new Set(cases.map((one) => one.input))];
const idOf = new Map(inputs.map((input, index) => [input, `case-${String(index).padStart(4, '0')}`]));
const files = inputs.map((input) => {
  const path = join(dir, `${idOf.get(input)!}.txt`);
  writeFileSync(path, `${input}\n`);
  return path;
});
const run = spawnSync(process.execPath, ['scripts/extract.ts', ...files], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const readings = new Map<string, Reading>();
for (const line of run.stdout.split('\n')) {
  if (line === '') continue;
  const claim = exportedClaimSchema.parse(JSON.parse(line));
  if (claim.kind !== 'figure') continue;
  readings.set(claim.articleId, [
    ...(readings.get(claim.articleId) ?? []),
    { value: claim.value, qualifier: claim.qualifier },
  ]);
}
const score = scoreSuite(cases, (input) => readings.get(idOf.get(input)!) ?? []);

describe(`npm run extract on a public suite of number expressions (${inputs.length} one-paragraph articles)`, () => {
  test('reads every file without a complaint', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
  test('at least 85% of the numbers in scope come out with the right value', () => {
    expect(score.found / score.numbers, score.missed.join('\n')).toBeGreaterThanOrEqual(0.85);
  });
  test('at least 80% of the ends of ranges come out with the right qualifier', () => {
    expect(score.rangeRight / score.rangeEnds).toBeGreaterThanOrEqual(0.8);
  });
  test('no figure comes from an expression that holds no number', () => {
    expect(score.falseFigures).toEqual([]);
  });
});
