import { describe, expect, test } from 'vitest';
import type { Comparison } from '../../../src/lib/schemas.ts';
import { compareClaims } from '../../../src/pipeline/compare/compare-claims.ts';
import { applyFrozenIds } from '../../../src/pipeline/compare/frozen-ids.ts';
import { seedClaims } from '../../support/seed-claims.ts';

const comparison = (id: string, claimIds: string[]): Comparison => ({ id, kind: 'figure', topic: id, claimIds, articleIds: ['a'], verdict: 'differ' });

describe('applyFrozenIds', () => {
  test('gives a comparison whose topic changed the published id it shares claims with', () => {
    const [result] = applyFrozenIds([comparison('figure-troops-stationed', ['c1', 'c3'])], { 'figure-troops-in-russia': ['c1', 'c2'] });
    expect(result!.id).toBe('figure-troops-in-russia');
  });

  test('leaves new comparisons their own ids, moving one aside when a published id holds it', () => {
    const result = applyFrozenIds([comparison('figure-x', ['n1']), comparison('figure-y', ['c1'])], { 'figure-x': ['c1'] });
    expect(result.map((entry) => entry.id)).toEqual(['figure-x-2', 'figure-x']);
  });

  test('uses each published id once, for the comparison that shares most with it', () => {
    const result = applyFrozenIds([comparison('figure-a', ['c1']), comparison('figure-b', ['c2', 'c3'])], { 'figure-old': ['c1', 'c2', 'c3'] });
    expect(result.map((entry) => entry.id)).toEqual(['figure-a', 'figure-old']);
  });

  test('changes nothing without a registry', () => {
    const list = [comparison('figure-a', ['c1'])];
    expect(applyFrozenIds(list, {})).toEqual(list);
  });
});

describe('published comparison ids on the seed articles', () => {
  const claims = seedClaims();
  const published = Object.fromEntries(compareClaims(claims).map((entry) => [entry.id, entry.claimIds]));
  const articleIds = [...new Set(claims.map((claim) => claim.articleId))];

  test.each(articleIds)('removing %s leaves every remaining comparison at a published id', (removed) => {
    const rest = compareClaims(claims.filter((claim) => claim.articleId !== removed), published);
    expect(rest.filter((entry) => !(entry.id in published)).map((entry) => entry.id)).toEqual([]);
  });
});
