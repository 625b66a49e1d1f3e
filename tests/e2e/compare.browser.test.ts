import { describe, expect, inject, test } from 'vitest';
import { usePage } from '../support/page.ts';

const baseUrl = inject('baseUrl');
const page = usePage(baseUrl);

describe('from the coverage matrix to a claim in its article', () => {
  test('a reader follows a figure row to its ledger, then to the claim highlighted in place', async () => {
    await page().goto(`${baseUrl}/stories/north-korean-troops-in-russia/`);
    const row = page().locator('table.matrix tbody tr').filter({ hasText: 'Figure' }).first();
    await row.locator('th a').click();
    await page().waitForURL(/\/compare\/figure-/);
    expect(await page().locator('svg.figure-chart title').textContent()).toContain('Values given for');
    // The primary source's row, when there is one, comes first and leads to the primary's page.
    const rows = page().locator('table.ledger tbody tr:not(.primary-row)');
    expect(await rows.count()).toBeGreaterThan(1);

    await rows.first().locator('th a').click();
    await page().waitForURL(/\/articles\/[^/]+\/#f-/);
    const id = decodeURIComponent(new URL(page().url()).hash.slice(1));
    const mark = page().locator(`[id="${id}"]`);
    await expect.poll(() => mark.evaluate((element) => element.matches(':target'))).toBe(true);
    const style = await mark.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(style).toBe('solid');
  });

  test('a quote comparison shows each wording with a word diff against the reference', async () => {
    await page().goto(`${baseUrl}/stories/north-korean-troops-in-russia/`);
    await page().locator('table.matrix tbody tr').filter({ hasText: 'Quote' }).first().locator('th a').click();
    await page().waitForURL(/\/compare\/quote-/);
    expect(await page().locator('.variant').count()).toBeGreaterThan(1);
    expect(await page().locator('.variant-diff').count()).toBeGreaterThan(0);
  });

  test('the copy-link button on a claim page copies that claim page’s URL', async () => {
    await page().goto(`${baseUrl}/stories/north-korean-troops-in-russia/`);
    await page().locator('table.matrix tbody td.cell-claim a').first().click();
    const id = decodeURIComponent(new URL(page().url()).hash.slice(1));
    await page().goto(`${baseUrl}/claims/${id}/`);
    await page().getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page().evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}/claims/${id}/`);
  });

  test('a claim page carries Open Graph tags and schema.org Claim JSON-LD', async () => {
    await page().goto(`${baseUrl}/stories/north-korean-troops-in-russia/`);
    const href = await page().locator('table.matrix tbody td.cell-claim a').first().getAttribute('href');
    const id = href!.split('#')[1]!;
    await page().goto(`${baseUrl}/claims/${id}/`);
    expect(await page().locator('meta[property="og:title"]').getAttribute('content')).toBeTruthy();
    const jsonLd = JSON.parse((await page().locator('script[type="application/ld+json"]').textContent()) ?? '{}') as {
      '@type'?: string;
      appearance?: { url?: string };
    };
    expect(jsonLd['@type']).toBe('Claim');
    expect(jsonLd.appearance?.url).toContain('/articles/');
  });
});
