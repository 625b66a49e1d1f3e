/**
 * Permalinks: claim ids and comparison ids stay the same when another article is added, removed
 * or renamed, and when an unrelated line of an article changes. The pipeline is run on each
 * article set directly (fast); two site builds confirm that the exported ids are the pipeline's.
 */
import { readFileSync, existsSync } from 'node:fs';
import { hasClaimPage } from '../../src/lib/claim-kinds.ts';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { varyArticle } from '../../scripts/lib/corpus.ts';
import type { Claim, Comparison } from '../../src/lib/schemas.ts';
import { compareClaims } from '../../src/pipeline/compare/compare-claims.ts';
import { unifyPeople } from '../../src/pipeline/extract/people/story-people.ts';
import { splitLines } from '../../src/pipeline/parse/parse-article.ts';
import { processArticle } from '../../src/pipeline/process-article.ts';
import { decodeArticle } from '../../src/loaders/decode-text.ts';
import { buildSite, SEED_STORY, seedArticles, storyFiles, type SiteBuild } from '../support/site-build.ts';

/** Article id -> text, in the order the site lists articles (by id). */
type ArticleSet = Map<string, string>;

/** A seed article's text as the loader reads it. */
function seedText(name: string, bytes: Buffer): string {
  const decoded = decodeArticle(name, bytes);
  if (!decoded.ok) throw new Error(`${name}: ${decoded.problem.reason}`);
  return decoded.text;
}

const seeds: ArticleSet = new Map(
  [...seedArticles()].map(([name, bytes]) => [name.slice(0, -4), seedText(name, bytes)]),
);
const ids = [...seeds.keys()];

interface Run {
  claims: Map<string, Claim[]>;
  comparisons: Comparison[];
}

/** Claims per article and the comparisons across them, as the build makes them (each person named as the story names them). */
function run(articles: ArticleSet): Run {
  const sorted = [...articles].sort(([a], [b]) => a.localeCompare(b, 'en'));
  const unified = unifyPeople(sorted.flatMap(([id, text]) => processArticle(id, text).claims));
  const claims = new Map(sorted.map(([id]) => [id, unified.filter((claim) => claim.articleId === id)]));
  return { claims, comparisons: compareClaims(unified, {}, SEED_STORY) };
}

/** An article set with one article changed: `undefined` removes it. */
function withChange(base: ArticleSet, changes: Record<string, string | undefined>): ArticleSet {
  const next = new Map(base);
  for (const [id, text] of Object.entries(changes)) {
    if (text === undefined) next.delete(id);
    else next.set(id, text);
  }
  return next;
}

/** The first line after the headline that has text and no claim: an edit there is unrelated to every claim. */
function quietLine(id: string): number {
  const lines = splitLines(seeds.get(id)!);
  const claimed = new Set(processArticle(id, seeds.get(id)!).claims.map((claim) => claim.line));
  const line = lines.findIndex(
    (text, index) => index > 0 && text.trim().split(/\s+/).length > 3 && !claimed.has(index),
  );
  if (line === -1) throw new Error(`${id} has no line without claims`);
  return line;
}

function editLine(text: string, line: number, edit: (line: string) => string): string {
  const lines = splitLines(text);
  lines[line] = edit(lines[line]!);
  return lines.join('\n');
}

/**
 * The comparisons of `before` whose members are all in `after` unchanged (claim ids mapped
 * through `rename` for a renamed article), paired with their counterparts in `after`.
 */
function unaffected(before: Run, after: Run, rename = new Map<string, string>()) {
  const key = (claimIds: readonly string[]) => [...claimIds].sort().join(' ');
  const byMembers = new Map(after.comparisons.map((comparison) => [key(comparison.claimIds), comparison]));
  return before.comparisons.flatMap((comparison) => {
    const match = byMembers.get(key(comparison.claimIds.map((id) => rename.get(id) ?? id)));
    return match ? [{ before: comparison.id, after: match.id }] : [];
  });
}

const base = run(seeds);
const claimIdsOf = (result: Run, id: string) => (result.claims.get(id) ?? []).map((claim) => claim.id);

describe('claim and comparison ids', () => {
  const [first, second, third, , last] = ids as [string, string, string, string, string];

  test('are unique across the seed articles', () => {
    const all = [...base.claims.values()].flat().map((claim) => claim.id);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(base.comparisons.map((comparison) => comparison.id)).size).toBe(base.comparisons.length);
  });

  test.each([
    ['a related article (a seed reworded) is added', { 'added-article': varyArticle(seeds.get(first)!, 7) }],
    [
      'an unrelated article is added',
      {
        'zz-unrelated':
          'A different story\nThe mayor said "the bridge will reopen in May" on Friday.\nAbout 300 people live in Ghent.\n',
      },
    ],
    ['an article is removed', { [last]: undefined }],
    ['the first article is removed', { [first]: undefined }],
  ])('stay the same for every other article when %s', (_, changes) => {
    const after = run(withChange(seeds, changes));
    for (const id of ids.filter((id) => !(id in changes)))
      expect(after.claims.get(id), id).toEqual(base.claims.get(id));
    const pairs = unaffected(base, after);
    expect(pairs.length).toBeGreaterThan(base.comparisons.length / 3);
    expect(pairs.filter((pair) => pair.before !== pair.after)).toEqual([]);
  });

  test('stay the same for every other article when one is renamed, and the renamed one keeps its claims', () => {
    const after = run(withChange(seeds, { [second]: undefined, 'renamed-article': seeds.get(second)! }));
    for (const id of ids.filter((id) => id !== second)) expect(after.claims.get(id), id).toEqual(base.claims.get(id));
    const [old, renamed] = [base.claims.get(second)!, after.claims.get('renamed-article')!];
    expect(renamed.map(({ id: _, articleId: __, ...rest }) => rest)).toEqual(
      old.map(({ id: _, articleId: __, ...rest }) => rest),
    );
    // The renamed article's claims are new permalinks (the id names the article); every comparison they are in keeps its id.
    const rename = new Map(old.map((claim, index) => [claim.id, renamed[index]!.id]));
    const pairs = unaffected(base, after, rename);
    expect(pairs).toHaveLength(base.comparisons.length);
    expect(pairs.filter((pair) => pair.before !== pair.after)).toEqual([]);
  });

  test('stay the same when an unrelated line of the same article is edited', () => {
    const line = quietLine(third);
    const after = run(
      withChange(seeds, {
        [third]: editLine(seeds.get(third)!, line, (text) => `${text.replace(/\s+\S+$/, '')} (corrected).`),
      }),
    );
    expect(claimIdsOf(after, third)).toEqual(claimIdsOf(base, third));
    expect(after.comparisons.map((comparison) => comparison.id)).toEqual(
      base.comparisons.map((comparison) => comparison.id),
    );
  });

  test('stay the same when a line is inserted below the headline, moving every later claim down', () => {
    const lines = splitLines(seeds.get(third)!);
    const text = [lines[0]!, 'An editor added this line.', ...lines.slice(1)].join('\n');
    const after = run(withChange(seeds, { [third]: text }));
    expect(claimIdsOf(after, third)).toEqual(claimIdsOf(base, third));
    expect(after.claims.get(third)!.map((claim) => claim.line)).toEqual(
      base.claims.get(third)!.map((claim) => (claim.line === 0 ? 0 : claim.line + 1)),
    );
    expect(after.comparisons.map((comparison) => comparison.id)).toEqual(
      base.comparisons.map((comparison) => comparison.id),
    );
  });
});

describe('the exported ids of two builds', () => {
  const [first, second, third, fourth] = ids as [string, string, string, string];
  // Everything at once: one article added, one removed, one renamed, one edited on an unrelated line.
  const changed = withChange(seeds, {
    'added-article': varyArticle(seeds.get(first)!, 3),
    [fourth]: undefined,
    [second]: undefined,
    'renamed-article': seeds.get(second)!,
    [third]: editLine(seeds.get(third)!, quietLine(third), (text) => `${text} More.`),
  });
  let before: SiteBuild;
  let after: SiteBuild;
  interface Exported {
    claims: Claim[];
    comparisons: Comparison[];
  }
  const exported = (build: SiteBuild) =>
    JSON.parse(readFileSync(join(build.outDir, 'data/claims.json'), 'utf8')) as Exported;
  const asFiles = (articles: ArticleSet) =>
    storyFiles(SEED_STORY, new Map([...articles].map(([id, text]) => [`${id}.txt`, text])));

  beforeAll(async () => {
    // Without the published-ids file: these builds show that ids are stable by how they are made.
    const env = { COMPARISON_IDS_FILE: 'tmp/no-comparison-ids.json', CLAIM_IDS_FILE: 'tmp/no-claim-ids.json' };
    [before, after] = await Promise.all([
      buildSite(asFiles(seeds), { name: 'ids-before', env }),
      buildSite(asFiles(changed), { name: 'ids-after', env }),
    ]);
  }, 120_000);
  afterAll(() => {
    before.remove();
    after.remove();
  });

  test('are the ids the pipeline gives', () => {
    expect(before.status, before.log).toBe(0);
    expect(after.status, after.log).toBe(0);
    for (const [build, articles] of [
      [before, seeds],
      [after, changed],
    ] as const) {
      const expected = run(articles);
      const data = exported(build);
      expect(data.claims.map((claim) => claim.id)).toEqual(
        [...expected.claims.values()].flat().map((claim) => claim.id),
      );
      expect(data.comparisons.map((comparison) => comparison.id)).toEqual(
        expected.comparisons.map((comparison) => comparison.id),
      );
    }
  });

  test('keep every untouched claim, and every comparison whose members are untouched, at the same URL', () => {
    const [old, now] = [exported(before), exported(after)];
    const kept = old.claims.filter(
      (claim) => claim.articleId === first || claim.articleId === third || claim.articleId === ids[4],
    );
    const nowIds = new Set(now.claims.map((claim) => claim.id));
    expect(kept.filter((claim) => !nowIds.has(claim.id)).map((claim) => claim.id)).toEqual([]);
    for (const claim of kept.filter(hasClaimPage).slice(0, 20))
      expect(existsSync(join(after.outDir, 'claims', claim.id, 'index.html')), claim.id).toBe(true);
    const rename = new Map(
      old.claims
        .filter((claim) => claim.articleId === second)
        .map((claim, index) => [
          claim.id,
          now.claims.filter((other) => other.articleId === 'renamed-article')[index]!.id,
        ]),
    );
    const pairs = unaffected(
      { claims: new Map(), comparisons: old.comparisons },
      { claims: new Map(), comparisons: now.comparisons },
      rename,
    );
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.filter((pair) => pair.before !== pair.after)).toEqual([]);
    for (const { after: id } of pairs)
      expect(existsSync(join(after.outDir, 'compare', id, 'index.html')), id).toBe(true);
  });
});
