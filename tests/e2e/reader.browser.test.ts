import { readFileSync, readdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, test } from 'vitest';
import { decodeArticle } from '../../src/loaders/decode-text.ts';
import { splitLines } from '../../src/pipeline/parse/parse-article.ts';
import { readBuiltPages } from '../support/check-links.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { usePage } from '../support/page.ts';
import { primaryCheckPages } from '../support/primary-pages.ts';

const baseUrl = inject('baseUrl');
const folder = new URL('../../content/stories/north-korean-troops-in-russia/articles/', import.meta.url);
const articles = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => {
    const decoded = decodeArticle(name, readFileSync(new URL(name, folder)));
    return decoded.ok ? [{ id: name.slice(0, -4), lines: splitLines(decoded.text) }] : [];
  });
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

const page = usePage(baseUrl);

describe('the home page and a story page', () => {
  test('the home page lists every story as a link to its page', async () => {
    await page().goto(`${baseUrl}/`);
    const hrefs = await page()
      .locator('.story-list h2 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.sort()).toEqual(
      readdirSync(new URL('../../content/stories/', import.meta.url))
        .map((story) => `/stories/${story}/`)
        .sort(),
    );
  });

  test('a story page lists every article of the story as a link to its reader page', async () => {
    await page().goto(`${baseUrl}/stories/north-korean-troops-in-russia/`);
    const hrefs = await page()
      .locator('.source-list a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(articles.map((article) => `/articles/${article.id}/`));
  });
});

describe('reader pages', () => {
  test.each(articles)('$id shows every non-empty source line', async ({ id, lines }) => {
    await page().goto(`${baseUrl}/articles/${id}/`);
    const shown = normalize(
      await page()
        .locator('article.reader')
        .evaluate((element) => element.textContent),
    );
    const missing = lines.filter((line) => line.trim() !== '' && !shown.includes(normalize(line)));
    expect(missing).toEqual([]);
  });

  test('a line anchor scrolls to its line and highlights it', async () => {
    const { id, lines } = articles.find((article) => article.lines.length > 12)!;
    const line = lines.length - 2;
    await page().goto(`${baseUrl}/articles/${id}/#L${line}`);
    const target = page().locator(`#L${line}`);
    await expect.poll(() => target.evaluate((element) => element.matches(':target'))).toBe(true);
    await expect
      .poll(() =>
        target.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.top < window.innerHeight;
        }),
      )
      .toBe(true);
    const background = await target.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('clicking a line number copies the link to that line', async () => {
    const { id } = articles[0]!;
    await page().goto(`${baseUrl}/articles/${id}/`);
    await page().locator('#L3 .ln').click();
    await expect
      .poll(() => page().evaluate(() => navigator.clipboard.readText()))
      .toBe(`${baseUrl}/articles/${id}/#L3`);
    await expect(page().locator('.copy-status').textContent()).resolves.toContain('Link copied');
    expect(new URL(page().url()).hash).toBe('#L3');
  });

  test('reads without JavaScript', async () => {
    const noScript = await launchChromium({ javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      const { id, lines } = articles[0]!;
      await plain.goto(`${baseUrl}/articles/${id}/`);
      const text = normalize((await plain.locator('article.reader').textContent()) ?? '');
      expect(text).toContain(normalize(lines.find((line) => line.trim() !== '')!));
    } finally {
      await noScript.close();
    }
  });
});

describe('accessibility', () => {
  const dist = new URL('../../dist/', import.meta.url).pathname;
  // Every page type; of the many claim and comparison pages, the first of each kind (same template).
  // Redirect pages (claims and comparisons no longer found) only lead on: the browser leaves them at once.
  const all = readBuiltPages(dist)
    .map((built) => built.path)
    .filter(
      (path) =>
        !readFileSync(`${dist}${path.slice(1)}${path.endsWith('/') ? 'index.html' : ''}`, 'utf8').includes(
          'http-equiv="refresh"',
        ),
    )
    .sort();
  const firstOfEach = (prefix: string) => [
    ...new Map(
      all
        .filter((path) => path.startsWith(prefix))
        .map((path) => [/(?:^|--)([a-z]+)-/.exec(path.slice(prefix.length))?.[1], path]),
    ).values(),
  ];
  // The checks against primary sources are drawn on claim and comparison pages of their own.
  const checks = primaryCheckPages(dist);
  const paths = [
    ...all.filter((path) => !path.startsWith('/claims/') && !path.startsWith('/compare/')),
    ...firstOfEach('/claims/'),
    ...firstOfEach('/compare/'),
    ...checks.filter((path) => path.startsWith('/claims/') || path.startsWith('/compare/')),
  ];
  const darkPaths = [
    '/',
    '/stories/north-korean-troops-in-russia/',
    `/articles/${articles[0]!.id}/`,
    '/sources/',
    '/places/',
    ...firstOfEach('/claims/'),
    ...firstOfEach('/compare/'),
    ...checks,
  ];

  test.each(paths)('%s has no axe-core violations', async (path) => {
    await page().goto(`${baseUrl}${path}`);
    const results = await new AxeBuilder({ page: page() }).analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  });

  test.each(darkPaths)('%s has no axe-core violations in the dark scheme', async (path) => {
    const dark = await launchChromium({ colorScheme: 'dark' });
    try {
      const darkPage = await dark.newPage();
      await darkPage.goto(`${baseUrl}${path}`);
      const results = await new AxeBuilder({ page: darkPage }).analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    } finally {
      await dark.close();
    }
  });
});
