/**
 * Whether a figure of an article and a figure of a primary give the same quantity: the compare
 * stage's rules (same kind of quantity, subjects that agree or do not differ, no other place or
 * body), so that a check and a comparison never disagree on what counts as one quantity. Also how
 * alike two such figures are, to choose among several primaries that give it.
 */
import type { FigureClaim } from '../../lib/schemas.ts';
import { overlap } from '../compare/content-words.ts';
import { figureKey } from '../compare/figure-keys.ts';

export { sameQuantity } from '../compare/compare-figures.ts';

type Figure = Pick<FigureClaim, 'value' | 'unit' | 'subject'>;

/** How alike two figures' subjects are, 0 to 1 (a subject of no words says nothing either way: 0). */
export function subjectSimilarity(a: FigureClaim, b: FigureClaim): number {
  return overlap(figureKey(a).stems, figureKey(b).stems).jaccard;
}

/** How close two values are, 1 when equal, 0 at a ratio of three or more. */
export function valueCloseness(a: Figure['value'], b: Figure['value']): number {
  if (a <= 0 || b <= 0) return a === b ? 1 : 0;
  return Math.max(0, 1 - Math.abs(Math.log(a / b)) / Math.log(3));
}
