/** The claims of the first story's articles, extracted by the pipeline, for tests that score them. */
import type { Claim } from '../../src/lib/schemas.ts';
import { storyClaims, storyGold, type GoldComparison } from '../../scripts/lib/labelled-stories.ts';
import type { Gold } from '../../scripts/lib/score-extraction.ts';

/** The story the seed articles belong to; its labels are `tests/fixtures/gold/<story>.json`. */
export const SEED_STORY = 'north-korean-troops-in-russia';

/** Every claim of every article in content/stories/north-korean-troops-in-russia/articles. */
export function seedClaims(): Claim[] {
  return storyClaims(SEED_STORY);
}

/** The hand labels of the seed story (a copy of the shared gold file, kept in the repo). */
export function gold(): Gold & { comparisons: GoldComparison[] } {
  const labels = storyGold(SEED_STORY);
  return { ...labels, comparisons: labels.comparisons ?? [] };
}

export type { GoldComparison };
