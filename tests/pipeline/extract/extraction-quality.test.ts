import { describe, expect, test } from 'vitest';
import { compareClaims } from '../../../src/pipeline/compare/compare-claims.ts';
import { storyClaims, storyGold } from '../../../scripts/lib/labelled-stories.ts';
import { comparisonProblem } from '../../../scripts/lib/score-comparisons.ts';
import { BARS, scoreExtraction, type Scores } from '../../../scripts/lib/score-extraction.ts';

// Helene's places are below the bars today (the places work of issue 12 raises them);
// until then they may not fall below what was measured when its labels came in (`npm run score`,
// 7 Dec 2026). Every other rate of every story is held to its bar.
const HELENE_FLOORS: Partial<Record<keyof Scores, number>> = {
  placeRecall: 26 / 33,
  placeCoords: 22 / 26,
};

const stories: [string, Partial<Record<keyof Scores, number>>][] = [
  ['north-korean-troops-in-russia', {}],
  ['hurricane-helene-federal-response-2024', HELENE_FLOORS],
];

describe.each(stories)('extraction on the %s articles against the hand labels', (story, floors) => {
  const gold = storyGold(story);
  const claims = storyClaims(story);
  const scores = scoreExtraction(gold, claims);
  test.each(Object.keys(BARS) as (keyof Scores)[])('%s meets its bar', (name) => {
    const score = scores[name];
    expect(
      score.value,
      `${name} ${score.hits}/${score.total}; misses:\n${score.misses.join('\n')}`,
    ).toBeGreaterThanOrEqual(floors[name] ?? BARS[name]);
  });

  test('no figure is credited to a source the text does not name', () => {
    expect(scores.noInventedSource.misses).toEqual([]);
  });

  const comparisons = compareClaims(claims);
  test.each((gold.comparisons ?? []).map((label) => [label.id, label] as const))(
    'the labelled comparison %s forms, keeps out what it must and says its verdict',
    (_, label) => {
      expect(comparisonProblem(label, claims, comparisons)).toBeNull();
    },
  );
});
