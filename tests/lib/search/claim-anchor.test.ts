import { describe, expect, test } from 'vitest';
import { compactClaimId, expandClaimId } from '../../../src/lib/search/claim-anchor.ts';
import { claimId } from '../../../src/pipeline/extract/claim-id.ts';

describe('claim ids in the search index', () => {
  test.each([
    ['quote', '“We are seeing evidence that there are North Korean troops,”'],
    ['figure', 'as many as 11,000 troops'],
    ['place', 'Kursk region'],
    ['person', 'Kim Yong-hyun'],
    ['place', 'Zürich'],
  ] as const)('a %s id is stored as its hash and expands back to the same id', (kind, text) => {
    const id = claimId('002_389c0edc8c7ffe1a', kind, text);
    const stored = compactClaimId(kind, text, id);
    expect(stored).toMatch(/^[0-9a-f]{8}$/);
    expect(expandClaimId(kind, text, stored)).toBe(id);
  });

  test('an id made some other way is stored whole', () => {
    expect(compactClaimId('place', 'Kursk', 'p-custom-made')).toBe('p-custom-made');
    expect(expandClaimId('place', 'Kursk', 'p-custom-made')).toBe('p-custom-made');
  });
});
