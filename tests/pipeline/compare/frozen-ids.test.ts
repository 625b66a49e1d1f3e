import { describe, expect, test } from 'vitest';
import type { Comparison } from '../../../src/lib/schemas.ts';
import { compareClaims } from '../../../src/pipeline/compare/compare-claims.ts';
import { applyFrozenIds, recordIds } from '../../../src/pipeline/compare/frozen-ids.ts';
import { seedClaims } from '../../support/seed-claims.ts';

const comparison = (id: string, claimIds: string[]): Comparison => ({
  id,
  storyId: '',
  kind: 'figure',
  topic: id,
  claimIds,
  articleIds: ['a'],
  verdict: 'differ',
});

describe('applyFrozenIds', () => {
  test('gives a comparison whose topic changed the published id it shares claims with', () => {
    const [result] = applyFrozenIds([comparison('figure-troops-stationed', ['c1', 'c3'])], {
      'figure-troops-in-russia': ['c1', 'c2'],
    });
    expect(result!.id).toBe('figure-troops-in-russia');
  });

  test('leaves new comparisons their own ids, moving one aside when a published id holds it', () => {
    const result = applyFrozenIds([comparison('figure-x', ['n1']), comparison('figure-y', ['c1'])], {
      'figure-x': ['c1'],
    });
    expect(result.map((entry) => entry.id)).toEqual(['figure-x-2', 'figure-x']);
  });

  test('uses each published id once, for the comparison that shares most with it', () => {
    const result = applyFrozenIds([comparison('figure-a', ['c1']), comparison('figure-b', ['c2', 'c3'])], {
      'figure-old': ['c1', 'c2', 'c3'],
    });
    expect(result.map((entry) => entry.id)).toEqual(['figure-a', 'figure-old']);
  });

  test('tells apart two comparisons whose topics read alike, with or without a registry', () => {
    expect(
      applyFrozenIds([comparison('figure-x', ['c1']), comparison('figure-x', ['c2'])], {}).map((entry) => entry.id),
    ).toEqual(['figure-x', 'figure-x-2']);
  });

  test('never gives a new comparison a published id that is no longer built', () => {
    const [result] = applyFrozenIds([comparison('figure-gone', ['n1'])], { 'figure-gone': ['c9'] });
    expect(result!.id).toBe('figure-gone-2');
  });

  test('changes nothing without a registry', () => {
    const list = [comparison('figure-a', ['c1'])];
    expect(applyFrozenIds(list, {})).toEqual(list);
  });
});

describe('recordIds', () => {
  test('lists a claim that moved under its new id only, so the next build keeps both links', () => {
    const frozen = recordIds({ 'figure-z': ['c1', 'c2'] }, [
      comparison('figure-z', ['c1']),
      comparison('figure-b', ['c2']),
    ]);
    expect(frozen).toEqual({ 'figure-b': ['c2'], 'figure-z': ['c1'] });
    const rebuilt = applyFrozenIds(
      [comparison('figure-topic-b', ['c2']), comparison('figure-topic-a', ['c1'])],
      frozen,
    );
    expect(rebuilt.map((entry) => entry.id)).toEqual(['figure-b', 'figure-z']);
  });

  test('keeps ids no longer built with their claims, and drops ids left with none', () => {
    expect(recordIds({ 'figure-gone': ['c9'], 'figure-old': ['c1'] }, [comparison('figure-new', ['c1'])])).toEqual({
      'figure-gone': ['c9'],
      'figure-new': ['c1'],
    });
  });
});

describe('published comparison ids on the seed articles', () => {
  const claims = seedClaims();
  const published = Object.fromEntries(compareClaims(claims).map((entry) => [entry.id, entry.claimIds]));
  const articleIds = [...new Set(claims.map((claim) => claim.articleId))];

  test.each(articleIds)('removing %s leaves every remaining comparison at a published id', (removed) => {
    const rest = compareClaims(
      claims.filter((claim) => claim.articleId !== removed),
      published,
    );
    expect(rest.filter((entry) => !(entry.id in published)).map((entry) => entry.id)).toEqual([]);
    // Each at its own published id: one it shares claims with.
    expect(
      rest
        .filter((entry) => !entry.claimIds.some((claimId) => published[entry.id]!.includes(claimId)))
        .map((entry) => entry.id),
    ).toEqual([]);
  });
});
