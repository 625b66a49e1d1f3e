import type { Comparison, FigureClaim } from '../lib/schemas.ts';
import { claimsOf, type Story } from './story.ts';

/** The figure a story's sources disagree on most: its comparison, and its lowest and highest versions. */
export interface SharpestDifference {
  comparison: Comparison;
  low: FigureClaim;
  high: FigureClaim;
  /** How many times the lowest value the highest is (1.2 for 10,000 against 12,000). */
  ratio: number;
  /** Every figure of the comparison with a value, lowest first. */
  figures: FigureClaim[];
}

/**
 * Among a story's figures whose sources differ, the one with the widest spread of values (the
 * highest over the lowest); ties go to the one more sources report, then to its topic.
 */
export function sharpestDifference(story: Story): SharpestDifference | null {
  let best: SharpestDifference | null = null;
  for (const comparison of story.comparisons) {
    if (comparison.kind !== 'figure' || comparison.verdict !== 'differ') continue;
    const figures = claimsOf(story, comparison).filter(
      (claim): claim is FigureClaim => claim.kind === 'figure' && claim.value > 0,
    );
    const sorted = [...figures].sort((a, b) => a.value - b.value);
    const low = sorted[0];
    const high = sorted.at(-1);
    if (!low || !high || low.value === high.value) continue;
    const candidate = { comparison, low, high, ratio: high.value / low.value, figures: sorted };
    if (
      !best ||
      candidate.ratio > best.ratio ||
      (candidate.ratio === best.ratio &&
        (comparison.articleIds.length > best.comparison.articleIds.length ||
          (comparison.articleIds.length === best.comparison.articleIds.length &&
            comparison.topic.localeCompare(best.comparison.topic, 'en') < 0)))
    )
      best = candidate;
  }
  return best;
}
