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

  // How fast is measured by `npm run bench:extract`, never by a timed test.
  test('finds the same places on every line of a long article made of one paragraph repeated', () => {
    const paragraph =
      'Troops moved from Moscow to eastern Russia and the Kursk region, an official said in Washington.';
    const places = (claims: Claim[], line: number) =>
      claims.flatMap((claim) => (claim.line === line && claim.kind === 'place' ? [[claim.name, claim.start]] : []));
    const one = places(extract(`A report\n${paragraph}\n`).claims, 1);
    expect(one.length).toBeGreaterThan(2);
    // Numbered, so that no line repeats another (a repeated line is folded away and not read).
    const article = ['A report', ...Array.from({ length: 40 }, (_, n) => `${paragraph} (${n})`)].join('\n');
    const claims = extract(article).claims;
    for (let line = 1; line <= 40; line++) expect(places(claims, line), `line ${line}`).toEqual(one);
  });
});
