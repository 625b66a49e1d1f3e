/**
 * The primary sources on the built site: their pages, the export's primaries and checks (every
 * passage is exactly where it says in the primary's file), and the checks where readers look.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import type { ExportDocument } from '../../src/lib/export-schema.ts';
import { pageFetcher } from '../support/served.ts';
import { splitLines } from '../../src/pipeline/parse/parse-article.ts';

const baseUrl = inject('baseUrl');
const content = new URL('../../content/', import.meta.url);

const get = pageFetcher(baseUrl);

describe('primary sources on the site', async () => {
  const data = (await (await get('/data/claims.json')).json()) as ExportDocument;
  const primaryById = new Map(data.primaries.map((primary) => [`${primary.storyId}/${primary.id}`, primary]));
  const storyOf = new Map(data.articles.map((article) => [article.id, article.storyId]));
  const checked = data.claims.flatMap((claim) =>
    (claim.kind === 'quote' || claim.kind === 'figure') && claim.primaryCheck
      ? [{ claim, check: claim.primaryCheck }]
      : [],
  );

  test('the export lists every primary of every story, with its page', () => {
    expect(data.primaries.map((primary) => `${primary.storyId}/${primary.id}`).sort()).toEqual([
      'hurricane-helene-federal-response-2024/whitehouse_gaggle_20241002',
      'hurricane-helene-federal-response-2024/whitehouse_remarks_20240930',
      'hurricane-helene-federal-response-2024/whitehouse_remarks_20241001',
      'north-korean-troops-in-russia/dod-briefing-singh-20241028-opening',
      'north-korean-troops-in-russia/dod-transcript-austin-kim-20241030-opening',
      'north-korean-troops-in-russia/whitehouse-briefing-kirby-20241023',
      'north-korean-troops-in-russia/whitehouse-gaggle-kirby-20241025',
    ]);
    const partial = data.primaries.find((primary) => primary.id === 'dod-transcript-austin-kim-20241030-opening')!;
    expect(partial).toMatchObject({ kind: 'transcript', partial: true, date: '2024-10-30' });
    expect(partial.permalink).toBe(
      '/stories/north-korean-troops-in-russia/primary/dod-transcript-austin-kim-20241030-opening/',
    );
  });

  test('every quote and figure claim carries a primaryCheck, null or a check, and no other claim does', () => {
    for (const claim of data.claims)
      expect('primaryCheck' in claim, `${claim.kind} ${claim.id}`).toBe(
        claim.kind === 'quote' || claim.kind === 'figure',
      );
    expect(checked.length).toBeGreaterThan(20);
  });

  test('every passage a check found is exactly the text at its line and offsets in the primary’s file', () => {
    const wrong = checked.flatMap(({ claim, check }) => {
      if (check.line === null) return [];
      const primary = primaryById.get(`${storyOf.get(claim.articleId)}/${check.primaryId}`);
      if (!primary) return [`${claim.id}: no primary ${check.primaryId} in its story`];
      const lines = splitLines(readFileSync(new URL(primary.file, content), 'utf8'));
      return [check, ...check.more]
        .filter((stretch) => lines[stretch.line]?.slice(stretch.start, stretch.end) !== stretch.text)
        .map((stretch) => `${claim.id}: line ${stretch.line}`);
    });
    expect(wrong).toEqual([]);
  });

  test('a quote not found in a partial transcript is never said to be not said', () => {
    const notFound = checked.flatMap(({ check }) => (check.verdict === 'not-found' ? [check] : []));
    expect(notFound.length).toBeGreaterThan(0);
    for (const check of notFound) {
      const partial = check.searched.some((id) => data.primaries.find((primary) => primary.id === id)?.partial);
      expect(check.partial).toBe(partial);
      if (partial) expect(check.note).toMatch(/part of the transcript we have|only in part/u);
    }
  });

  test('a primary’s page anchors every line and marks each cited passage with the claim’s id, linked back', async () => {
    const primary = data.primaries.find((entry) => entry.id === 'dod-transcript-austin-kim-20241030-opening')!;
    const html = await (await get(primary.permalink)).text();
    const lines = splitLines(readFileSync(new URL(primary.file, content), 'utf8'));
    lines.forEach((line, index) => {
      if (line.trim() !== '') expect(html, `line ${index + 1}`).toContain(`id="L${index + 1}"`);
    });
    expect(html).toContain('<b class="speaker">SECRETARY OF DEFENSE LLOYD AUSTIN: </b>');
    expect(html).toContain('Only part of it is at hand.');
    const citing = checked.filter(({ check }) => check.primaryId === primary.id && check.line !== null);
    expect(citing.length).toBeGreaterThan(0);
    for (const { claim } of citing) {
      expect(html, claim.id).toContain(`id="${claim.id}"`);
      expect(html, claim.id).toContain(`href="/claims/${claim.id}/"`);
    }
  });

  test('a claim page shows the verdict in words, the passage and the diff; the reader page tags the quote', async () => {
    const outfit = checked.find(({ claim }) => claim.kind === 'quote' && claim.quote.includes('outfit it'))!;
    const page = await (await get(`/claims/${outfit.claim.id}/`)).text();
    expect(page).toContain('Against the primary source');
    expect(page).toContain('Variant wording');
    expect(page).toContain('<del title="The primary’s words">outfitted</del>');
    const reader = await (await get(outfit.claim.permalink.split('#')[0]!)).text();
    expect(reader).toContain('data-check="transcript: variant"');
    expect(reader).toContain(
      `<a href="/claims/${outfit.claim.id}/#primary-check">Variant wording: “Some of these DPRK`,
    );
  });

  test('a quote comparison takes the primary’s wording as its reference; a figure ledger shows the primary’s row first', async () => {
    const biden = data.comparisons.find(
      (comparison) => comparison.kind === 'quote' && comparison.topic.includes('scared to death'),
    )!;
    const quotePage = await (await get(biden.permalink)).text();
    expect(quotePage).toContain('(the reference wording)');
    expect(quotePage).toContain('People wonder whether they’re going to make it.');
    expect(quotePage).toContain('[joined without an ellipsis]');

    const troops = checked.find(({ claim }) => claim.kind === 'figure' && claim.text === '10,000 soldiers')!;
    const ledger = data.comparisons.find((comparison) => comparison.claimIds.includes(troops.claim.id))!;
    const ledgerPage = await (await get(ledger.permalink)).text();
    const body = ledgerPage.slice(ledgerPage.indexOf('<tbody'));
    expect(body.indexOf('primary-row')).toBeGreaterThan(-1);
    expect(body.indexOf('primary-row')).toBeLessThan(body.indexOf('Yeni'));
  });

  test('a story page lists its primaries, linked', async () => {
    const html = await (await get('/stories/hurricane-helene-federal-response-2024/')).text();
    expect(html).toContain('id="primary-sources"');
    for (const primary of data.primaries.filter((entry) => entry.storyId === 'hurricane-helene-federal-response-2024'))
      expect(html).toContain(`href="${primary.permalink}"`);
  });
});
