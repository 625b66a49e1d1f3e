import { describe, expect, test } from 'vitest';
import type { Claim } from '../../../src/lib/schemas.ts';
import { compareClaims } from '../../../src/pipeline/compare/compare-claims.ts';
import { findLabelled } from '../../../scripts/lib/score-comparisons.ts';
import { gold, seedClaims } from '../../support/seed-claims.ts';

const claims = seedClaims();
const comparisons = compareClaims(claims);
const byId = new Map(claims.map((claim) => [claim.id, claim]));

/** The claim a gold reference names: [articleId, figure value or quote substring]. */
const find = (reference: [string, number | string]): Claim | undefined => findLabelled(claims, reference);

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
