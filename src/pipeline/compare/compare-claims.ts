import type { Claim, Comparison } from '../../lib/schemas.ts';
import { compareFigures } from './compare-figures.ts';
import { comparePlaces } from './compare-places.ts';
import { compareQuotes } from './compare-quotes.ts';
import { applyFrozenIds, type FrozenIds } from './frozen-ids.ts';
import { toComparisons } from './group.ts';

/**
 * Lines up claims across articles: figures of the same quantity, quotes of the same statement,
 * mentions of the same place; each group with a verdict (agree, differ, single-source).
 * Published ids (`frozen`) are kept for the comparisons that share claims with them; new ids
 * start with the story's id (`<story>--figure-...`), so that no other story can take or change them.
 */
export function compareClaims(claims: readonly Claim[], frozen: FrozenIds = {}, storyId = ''): Comparison[] {
  const figures = claims.flatMap((claim) => (claim.kind === 'figure' ? [claim] : []));
  const quotes = claims.flatMap((claim) => (claim.kind === 'quote' ? [claim] : []));
  const places = claims.flatMap((claim) => (claim.kind === 'place' ? [claim] : []));
  return applyFrozenIds(
    toComparisons([...compareFigures(figures), ...compareQuotes(quotes), ...comparePlaces(places)], storyId),
    frozen,
  );
}
