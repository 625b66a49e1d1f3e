/**
 * Many stories on one site: each story is compared on its own, a story's ids do not depend on
 * which other stories are there, and links the site published lead on when what they named is
 * gone. Three builds: both project stories (plus published ids that are no longer built), and
 * each story alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExportDocument } from '../../src/lib/export-schema.ts';
import { buildSite, projectContent, SEED_STORY, type ContentFiles, type SiteBuild } from '../support/site-build.ts';

const OTHER_STORY = 'hurricane-helene-federal-response-2024';
const content = projectContent();
const only = (story: string): ContentFiles =>
  new Map([...content].filter(([path]) => !path.startsWith('stories/') || path.startsWith(`stories/${story}/`)));

// Published ids that the build no longer makes: a claim of a seed article (line 3), a claim of an
// article that is gone, and a comparison whose claims are now compared under another id.
const firstSeed = [...content.keys()].find((path) => path.startsWith(`stories/${SEED_STORY}/articles/`))!;
const seedId = firstSeed.split('/').pop()!.slice(0, -4);
const CLAIM_IDS = {
  ...(JSON.parse(String(content.get('claim-ids.json'))) as Record<string, [string, number]>),
  'q-words-no-longer-found-0000aaaa': [seedId, 3],
  'f-from-a-removed-article-0000bbbb': ['removed-article', 0],
};

let both: SiteBuild;
let seedAlone: SiteBuild;
let otherAlone: SiteBuild;
const exported = (build: SiteBuild) =>
  JSON.parse(readFileSync(join(build.outDir, 'data/claims.json'), 'utf8')) as ExportDocument;

beforeAll(async () => {
  const frozen = JSON.parse(String(content.get('comparison-ids.json'))) as Record<string, string[]>;
  // A published comparison of several claims: one of them is also listed under an old id, which must not win it.
  const someClaims = Object.values(frozen).find((claims) => claims.length >= 3)!;
  const registries = new Map<string, string>([
    ['claim-ids.json', JSON.stringify(CLAIM_IDS)],
    // An old id that shares a claim with a built comparison leads to it; one with no claim left leads home.
    [
      'comparison-ids.json',
      JSON.stringify({ ...frozen, 'figure-merged-away': [someClaims[0]!], 'quote-long-gone': ['q-gone-0000cccc'] }),
    ],
  ]);
  [both, seedAlone] = await Promise.all([
    buildSite(new Map([...content, ...registries]), { name: 'stories-both' }),
    buildSite(only(SEED_STORY), { name: 'stories-seed' }),
  ]);
  otherAlone = await buildSite(only(OTHER_STORY), { name: 'stories-other' });
}, 240_000);

afterAll(() => {
  both.remove();
  seedAlone.remove();
  otherAlone.remove();
});

describe('a site of two stories', () => {
  test('builds, with each story alone too', () => {
    for (const build of [both, seedAlone, otherAlone]) expect(build.status, build.log).toBe(0);
  });

  test('gives a story the same claim and comparison ids whether or not the other story is there', () => {
    const all = exported(both);
    for (const [story, alone] of [
      [SEED_STORY, exported(seedAlone)],
      [OTHER_STORY, exported(otherAlone)],
    ] as const) {
      const mine = (data: ExportDocument) => ({
        claims: data.claims
          .filter((claim) => data.articles.some((a) => a.id === claim.articleId && a.storyId === story))
          .map((claim) => claim.id),
        comparisons: data.comparisons
          .filter((comparison) => comparison.storyId === story)
          .map((comparison) => comparison.id),
      });
      expect(mine(all), story).toEqual(mine(alone));
      expect(mine(alone).comparisons.length, story).toBeGreaterThan(0);
    }
  });

  test('never puts claims of two stories in one comparison, coverage row or place group', () => {
    const data = exported(both);
    const storyOf = new Map(data.articles.map((article) => [article.id, article.storyId]));
    const claimStory = new Map(data.claims.map((claim) => [claim.id, storyOf.get(claim.articleId)]));
    for (const comparison of data.comparisons)
      expect(new Set(comparison.claimIds.map((id) => claimStory.get(id))), comparison.id).toEqual(
        new Set([comparison.storyId]),
      );
    // The story pages' matrices, places tables and notes link only to their own story's claims, articles and comparisons.
    const comparisonStory = new Map(data.comparisons.map((comparison) => [comparison.id, comparison.storyId]));
    const slugStory = new Map(data.articles.map((article) => [article.permalink, article.storyId]));
    for (const story of data.stories) {
      const html = both.page(`stories/${story.id}`);
      for (const [, id] of html.matchAll(/href="\/compare\/([^/"#]+)\//g))
        expect(comparisonStory.get(id!), id).toBe(story.id);
      for (const [, path] of html.matchAll(/href="(\/articles\/[^/"#]+\/)/g))
        expect(slugStory.get(path!), path).toBe(story.id);
      for (const [, id] of html.matchAll(/href="\/claims\/([^/"#]+)\//g))
        expect(claimStory.get(id!), id).toBe(story.id);
    }
  });

  test('lists the stories on the home page, newest first, each with its outlets and sharpest difference', () => {
    const home = both.page('');
    const seed = home.indexOf(`href="/stories/${SEED_STORY}/"`);
    const other = home.indexOf(`href="/stories/${OTHER_STORY}/"`);
    expect(seed).toBeGreaterThan(-1);
    expect(other).toBeGreaterThan(seed); // the seed story's latest date (31 October 2024) is the later one
    expect(home).toMatch(/5 outlets/);
    expect(home).toContain('Sharpest difference');
  });

  test('has a sitemap of every page that is not a redirect, and a feed of the stories, both linked from every page', () => {
    const sitemap = readFileSync(join(both.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`/stories/${OTHER_STORY}/</loc>`);
    expect(sitemap).not.toContain('/claims/q-words-no-longer-found-0000aaaa/');
    const feed = readFileSync(join(both.outDir, 'feed.xml'), 'utf8');
    expect((feed.match(/<item>/g) ?? []).length).toBe(2);
    for (const page of ['', `stories/${SEED_STORY}`, 'sources'])
      expect(both.page(page)).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="\/feed\.xml"/);
  });
});

describe('links to claims and comparisons that are no longer built', () => {
  const refresh = (html: string) => /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];

  test('a claim no longer found leads to its line, and its id stays an anchor there', () => {
    const page = both.page('claims/q-words-no-longer-found-0000aaaa');
    expect(refresh(page)).toBe(`/articles/${seedId}/#L4`);
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(both.page(`articles/${seedId}`)).toContain('id="q-words-no-longer-found-0000aaaa"');
  });

  test('a claim whose article is gone leads to the home page', () => {
    expect(refresh(both.page('claims/f-from-a-removed-article-0000bbbb'))).toBe('/');
  });

  test('a comparison no longer drawn leads to the one that now holds its claims, or home', () => {
    const target = refresh(both.page('compare/figure-merged-away'));
    expect(target).toMatch(/^\/compare\/[a-z0-9-]+\/$/);
    expect(existsSync(join(both.outDir, target!, 'index.html'))).toBe(true);
    expect(refresh(both.page('compare/quote-long-gone'))).toBe('/');
  });
});
