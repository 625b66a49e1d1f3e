import { describe, expect, test } from 'vitest';
import { storyClaims, storyGold } from '../../../scripts/lib/labelled-stories.ts';
import { BARS, scoreExtraction, type Scores } from '../../../scripts/lib/score-extraction.ts';

// Helene is below some of the bars today (issue 12 raises it); until then its scores
// may not fall below what was measured when its labels came in (`npm run score`, 7 Dec 2026).
const HELENE_FLOORS: Partial<Record<keyof Scores, number>> = {
  figureRecall: 52 / 57,
  attributionAccuracy: 46 / 52,
  placeRecall: 26 / 33,
  placeCoords: 22 / 26,
};

const stories: [string, Partial<Record<keyof Scores, number>>][] = [
  ['north-korean-troops-in-russia', {}],
  ['hurricane-helene-federal-response-2024', HELENE_FLOORS],
];

describe.each(stories)('extraction on the %s articles against the hand labels', (story, floors) => {
  const scores = scoreExtraction(storyGold(story), storyClaims(story));
  test.each(Object.keys(BARS) as (keyof Scores)[])('%s meets its bar', (name) => {
    const score = scores[name];
    expect(
      score.value,
      `${name} ${score.hits}/${score.total}; misses:\n${score.misses.join('\n')}`,
    ).toBeGreaterThanOrEqual(floors[name] ?? BARS[name]);
  });
});
