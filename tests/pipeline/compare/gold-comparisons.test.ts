import { describe, expect, test } from 'vitest';
import type { Claim } from '../../../src/lib/schemas.ts';
import { compareClaims } from '../../../src/pipeline/compare/compare-claims.ts';
import { foldText } from '../../../scripts/lib/score-extraction.ts';
import { gold, seedClaims } from '../../support/seed-claims.ts';

const claims = seedClaims();
const comparisons = compareClaims(claims);
const byId = new Map(claims.map((claim) => [claim.id, claim]));

/** The claim a gold reference names: [articleId, figure value or quote substring]. */
function find([articleId, key]: [string, number | string]): Claim | undefined {
  return claims.find(
    (claim) =>
      claim.articleId === articleId &&
      (typeof key === 'number'
        ? claim.kind === 'figure' && claim.value === key
        : claim.kind === 'quote' && foldText(claim.quote).includes(key)),
  );
}

describe('comparisons on the seed articles against the hand labels', () => {
  test.each(gold().comparisons)(
    '$id groups what must be together, keeps out what must not, and says $verdict',
    (label) => {
      const first = find(label.must[0]!);
      expect(first, `claim ${JSON.stringify(label.must[0])}`).toBeDefined();
      const group = comparisons.find((comparison) => comparison.claimIds.includes(first!.id));
      expect(group, `comparison holding ${first!.id}`).toBeDefined();
      for (const reference of label.must) {
        const claim = find(reference);
        expect(claim && group!.claimIds.includes(claim.id), `${JSON.stringify(reference)} in ${group!.id}`).toBe(true);
      }
      const values = group!.claimIds
        .map((id) => byId.get(id))
        .flatMap((claim) => (claim?.kind === 'figure' ? [claim.value] : []));
      for (const value of label.mustNot ?? []) expect(values, `${value} kept out of ${group!.id}`).not.toContain(value);
      expect(group!.verdict).toBe(label.verdict);
    },
  );
});
