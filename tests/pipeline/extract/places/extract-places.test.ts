import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { placeClaimSchema, type Claim } from '../../../../src/lib/schemas.ts';
import extractPlaces from '../../../../src/pipeline/extract/extract-places.ts';
import parseArticle, { splitLines } from '../../../../src/pipeline/parse/parse-article.ts';
import { fixtureCases } from '../../../support/fixtures.ts';

/** Runs the parser and the places collector alone, after `before` (a stand-in for an earlier collector). */
function extract(input: string, before: Claim[] = []) {
  const lines = splitLines(input);
  const file = new VFile({
    value: input,
    path: 'sample.txt',
    data: { articleId: 'sample', lines, claims: [...before] },
  });
  const processor = unified().use(parseArticle).use(extractPlaces);
  const tree = processor.parse(file);
  const copy = structuredClone(tree);
  processor.runSync(tree, file);
  return { claims: file.data.claims!.slice(before.length), lines, tree, copy };
}

/** What a reviewer needs to see of a place claim. */
function summarize(input: string) {
  return extract(input).claims.map((claim) =>
    claim.kind === 'place'
      ? {
          line: claim.line,
          start: claim.start,
          end: claim.end,
          text: claim.text,
          name: claim.name,
          lat: claim.lat,
          lon: claim.lon,
        }
      : claim,
  );
}

describe('extractPlaces on fixtures', () => {
  fixtureCases(new URL('./fixtures/', import.meta.url), summarize);
});

describe('extractPlaces', () => {
  const sample =
    'Lloyd Austin spoke at the Pentagon about Russia’s Kursk region.\nTroops moved to eastern Russia, Austin said in Washington.\n';

  test('gives every claim the exact source text at its line and offsets', () => {
    const { claims, lines } = extract(sample);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(lines[claim.line]!.slice(claim.start, claim.end)).toBe(claim.text);
  });

  test('pushes claims that satisfy the place claim schema, with unique ids', () => {
    const { claims } = extract(sample);
    for (const claim of claims) expect(() => placeClaimSchema.parse(claim)).not.toThrow();
    expect(new Set(claims.map((claim) => claim.id)).size).toBe(claims.length);
  });

  test('keeps ids when another line is added before the claim', () => {
    const ids = extract(sample).claims.map((claim) => claim.id);
    const later = extract(`A new first paragraph about nothing in particular.\n${sample}`).claims.map(
      (claim) => claim.id,
    );
    expect(later).toEqual(ids);
  });

  test('reads the tree without changing it', () => {
    const { tree, copy } = extract(sample);
    expect(tree).toEqual(copy);
  });

  test('leaves a place out when an earlier collector found a person there', () => {
    const person = {
      id: 'n-georgia-lee-1',
      articleId: 'sample',
      kind: 'person',
      text: 'Georgia Lee',
      line: 0,
      start: 0,
      end: 11,
      name: 'Georgia Lee',
      role: null,
    } as const;
    const { claims } = extract('Georgia Lee arrived. Georgia said she was tired.\n', [person]);
    expect(claims).toEqual([]);
  });

  test('puts eastern Russia east of western Russia, and both inside Russia', () => {
    const { claims } = extract('From western Russia to eastern Russia.\n');
    const [west, east] = claims.flatMap((claim) => (claim.kind === 'place' ? [claim] : []));
    expect(west?.name).toBe('Western Russia');
    expect(east?.name).toBe('Eastern Russia');
    expect(east!.lon!).toBeGreaterThan(west!.lon! + 40);
    for (const place of [west!, east!]) expect(place.lat!).toBeGreaterThan(45);
  });

  test('extracts a long article in a few milliseconds once the gazetteer is loaded', () => {
    const article = Array.from({ length: 40 }, () => sample.trim()).join('\n');
    extract(article);
    const started = performance.now();
    extract(article);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
