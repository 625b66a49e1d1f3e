import { describe, expect, test } from 'vitest';
import { BARS, scoreExtraction, type Scores } from '../../../scripts/lib/score-extraction.ts';
import { gold, seedClaims } from '../../support/seed-claims.ts';

const scores = scoreExtraction(gold(), seedClaims());

describe('extraction on the seed articles against the hand labels', () => {
  test.each(Object.keys(BARS) as (keyof Scores)[])('%s meets its bar', (name) => {
    const score = scores[name];
    expect(
      score.value,
      `${name} ${score.hits}/${score.total}; misses:\n${score.misses.join('\n')}`,
    ).toBeGreaterThanOrEqual(BARS[name]);
  });
});
