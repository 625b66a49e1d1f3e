/** Scores comparisons against the labelled ones: each must group its claims, keep out its strangers and say its verdict. */
import type { Claim, Comparison } from '../../src/lib/schemas.ts';
import type { GoldComparison } from './labelled-stories.ts';
import { foldText, type Rate } from './score-extraction.ts';

/** The claim a gold reference names: [articleId, figure value or quote substring]. */
export function findLabelled(claims: readonly Claim[], [articleId, key]: [string, number | string]): Claim | undefined {
  return claims.find(
    (claim) =>
      claim.articleId === articleId &&
      (typeof key === 'number'
        ? claim.kind === 'figure' && claim.value === key
        : claim.kind === 'quote' && foldText(claim.quote).includes(key)),
  );
}

/** What is wrong with one labelled comparison, or null when it formed with its verdict. */
export function comparisonProblem(
  label: GoldComparison,
  claims: readonly Claim[],
  comparisons: readonly Comparison[],
): string | null {
  const first = findLabelled(claims, label.must[0]!);
  if (first === undefined) return `no claim ${JSON.stringify(label.must[0])}`;
  const group = comparisons.find((comparison) => comparison.claimIds.includes(first.id));
  if (group === undefined) return `no comparison holds ${first.id}`;
  const missing = label.must.filter((reference) => {
    const claim = findLabelled(claims, reference);
    return claim === undefined || !group.claimIds.includes(claim.id);
  });
  if (missing.length > 0) return `${group.id} lacks ${missing.map((item) => JSON.stringify(item)).join(', ')}`;
  const values = new Set(
    claims.flatMap((claim) => (claim.kind === 'figure' && group.claimIds.includes(claim.id) ? [claim.value] : [])),
  );
  const strangers = (label.mustNot ?? []).filter((value) => values.has(value));
  if (strangers.length > 0) return `${group.id} holds ${strangers.join(', ')}`;
  return group.verdict === label.verdict ? null : `${group.id} says ${group.verdict} (want ${label.verdict})`;
}

/** How many labelled comparisons formed whole, with their verdict. */
export function scoreComparisons(
  labels: readonly GoldComparison[],
  claims: readonly Claim[],
  comparisons: readonly Comparison[],
): Rate {
  const misses = labels.flatMap((label) => {
    const problem = comparisonProblem(label, claims, comparisons);
    return problem === null ? [] : [`${label.id}: ${problem}`];
  });
  const hits = labels.length - misses.length;
  return { value: labels.length === 0 ? 1 : hits / labels.length, hits, total: labels.length, misses };
}
