/**
 * The reader on a phone, on a desktop and on paper: no page of any template is wider than the
 * screen at 320, 390 and 1280 px or than an A4 page in print; every claim marked in an article
 * is a link, reachable from the keyboard; every claim page names a share card that exists; the
 * story pages, comparisons and claims carry Open Graph and Twitter tags.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../support/astro.ts';
import { readBuiltPages } from '../support/check-links.ts';
import { usePage } from '../support/page.ts';
import { primaryCheckPages } from '../support/primary-pages.ts';

const baseUrl = inject('baseUrl');
const dist = resolve(ROOT, process.env.ASTRO_OUT_DIR ?? 'dist');
const paths = readBuiltPages(dist)
  .map((built) => built.path)
  .sort();
const first = (pattern: RegExp) => paths.find((path) => pattern.test(path));

/** One page of each template: a comparison and a claim page of each kind, a primary source and the checks against one when there are. */
export const TEMPLATES = [
  '/',
  first(/^\/stories\/[^/]+\/$/),
  first(/^\/articles\//),
  first(/^\/stories\/[^/]+\/primary\/[^/]+\/$/),
  '/compare/',
  first(/^\/compare\/(?:[a-z0-9-]+--)?figure-/),
  first(/^\/compare\/(?:[a-z0-9-]+--)?quote-/),
  first(/^\/compare\/(?:[a-z0-9-]+--)?place-/),
  first(/^\/claims\/f-/),
  first(/^\/claims\/q-/),
  '/places/',
  '/sources/',
  '/search/',
  '/search/?q=Kursk',
  '/no-such-page/',
  // Checks against primary sources: the most cited primary, claim pages with each kind of check,
  // a quote comparison against what was said, a ledger with a primary's row.
  ...primaryCheckPages(dist),
].filter((path, index, all): path is string => path !== undefined && all.indexOf(path) === index);

/** How far the document reaches past the viewport, and the elements that stick out. */
async function overflow(page: Page): Promise<{ excess: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const excess = document.documentElement.scrollWidth - width;
    const culprits: string[] = [];
    if (excess > 0)
      for (const element of document.querySelectorAll('body *')) {
        const box = element.getBoundingClientRect();
        if (box.right > width + 1 && !culprits.some((other) => other.startsWith(element.tagName)))
          culprits.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
        if (culprits.length > 4) break;
      }
    return { excess, culprits };
  });
}

describe.each([
  { name: '320 px', width: 320, print: false },
  { name: '390 px', width: 390, print: false },
  { name: '1280 px', width: 1280, print: false },
  // A4 portrait (210 mm) less the print style sheet's margins (2 x 14 mm), at 96 px an inch.
  { name: 'print on A4', width: 688, print: true },
])('at $name', ({ width, print }) => {
  const page = usePage(baseUrl);
  beforeAll(async () => {
    await page().setViewportSize({ width, height: 900 });
    if (print) await page().emulateMedia({ media: 'print' });
  });

  test.each(TEMPLATES)('%s is no wider than the page', async (path) => {
    await page().goto(`${baseUrl}${path}`);
    expect(await overflow(page())).toEqual({ excess: 0, culprits: [] });
  });
});

describe('reader pages', () => {
  const page = usePage(baseUrl);
  const articles = paths.filter((path) => path.startsWith('/articles/'));

  test.each(articles)('every claim marked in %s is a link, or made of links', async (path) => {
    await page().goto(`${baseUrl}${path}`);
    const marks = await page()
      .locator('.article-body .claim')
      .evaluateAll((claims) =>
        claims.map((claim) => {
          // A claim split around another claim: each stretch of its own text is a link.
          const ownText = [...claim.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
          const linked =
            claim instanceof HTMLAnchorElement
              ? claim.getAttribute('href') !== null
              : ownText.every((node) => node.textContent === '') &&
                claim.querySelector(':scope > a.claim-part[href]') !== null;
          return { id: claim.id, linked };
        }),
      );
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((mark) => !mark.linked)).toEqual([]);
  });

  test('a figure or quote in an article is reached with the keyboard and leads to its claim page, and on to its comparison', async () => {
    await page().goto(`${baseUrl}${articles[0]}`);
    const link = page().locator('.article-body a.claim-quote, .article-body .claim-quote > a.claim-part').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/claims\/q-/);
    await link.focus();
    expect(await page().evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
    await page().keyboard.press('Enter');
    await page().waitForURL(`${baseUrl}${href}`);
    const compare = page().locator('main a[href^="/compare/"]').first();
    await compare.click();
    await page().waitForURL(/\/compare\//);
    expect(await page().locator('h1').textContent()).toBeTruthy();
  });

  test('a place switched off in the legend is not a tab stop; switched on, it is', async () => {
    const path = articles.find((candidate) => candidate.includes('000_'))!;
    await page().goto(`${baseUrl}${path}`);
    const place = page().locator('.article-body a.claim-place').first();
    await expect.poll(() => place.getAttribute('tabindex')).toBe('-1');
    await page().locator('#show-place').check();
    await expect.poll(() => place.getAttribute('tabindex')).toBeNull();
    expect(await place.getAttribute('href')).toMatch(/^\/compare\//);
  });
});

describe('share cards', () => {
  const claimPages = paths.filter((path) => path.startsWith('/claims/'));
  const imageOf = (path: string) => {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    return /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  };

  test.each(
    claimPages.filter((path) => !readFileSync(join(dist, path, 'index.html'), 'utf8').includes('http-equiv="refresh"')),
  )('%s has an og:image whose file exists', (path) => {
    const image = imageOf(path);
    expect(image).toMatch(/\/share\/claims\/.+\.png$/);
    const file = join(dist, new URL(image!).pathname);
    expect(existsSync(file), file).toBe(true);
    // A PNG, 1200 x 630.
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test.each(['/', first(/^\/stories\/[^/]+\/$/)!, first(/^\/compare\/.+/)!])(
    '%s has Open Graph and Twitter tags with an image that exists',
    (path) => {
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      for (const tag of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt'])
        expect(html).toContain(`property="${tag}"`);
      expect(html).toContain('name="twitter:card" content="summary_large_image"');
      expect(existsSync(join(dist, new URL(imageOf(path)!).pathname))).toBe(true);
    },
  );
});

describe('keyboard and phone', () => {
  const page = usePage(baseUrl);
  beforeAll(async () => {
    // A phone that can share: a touch screen, and the Web Share API (recorded instead of shown).
    await page().addInitScript(() => {
      const shared: unknown[] = [];
      Object.assign(window, { shared });
      const matchMedia = window.matchMedia.bind(window);
      window.matchMedia = (query: string) => {
        const list = matchMedia(query);
        if (query === '(pointer: coarse)') Object.defineProperty(list, 'matches', { value: true });
        return list;
      };
      Object.defineProperty(navigator, 'share', {
        value: (data: unknown) => {
          shared.push(data);
          return Promise.resolve();
        },
      });
    });
  });

  test('every tab stop in the header of a page is visible', async () => {
    await page().goto(`${baseUrl}/`);
    const stops: { text: string; visible: boolean }[] = [];
    for (let index = 0; index < 8; index++) {
      await page().keyboard.press('Tab');
      stops.push(
        await page().evaluate(() => {
          const element = document.activeElement!;
          const box = element.getBoundingClientRect();
          return {
            text: `${element.tagName} ${element.textContent.trim().slice(0, 30)}`,
            visible: box.width > 2 && box.height > 2 && getComputedStyle(element).clipPath === 'none',
          };
        }),
      );
    }
    expect(stops.filter((stop) => !stop.visible)).toEqual([]);
  });

  test('on a phone, a claim page offers the system share sheet beside copy-link, with the claim’s URL', async () => {
    const path = first(/^\/claims\/q-/)!;
    await page().goto(`${baseUrl}${path}`);
    const share = page().getByRole('button', { name: 'Share…' });
    await expect.poll(() => share.isVisible()).toBe(true);
    await share.click();
    const shared = await page().evaluate(() => (window as unknown as { shared: { url: string }[] }).shared);
    expect(shared.map((data) => data.url)).toEqual([`${baseUrl}${path}`]);
  });

  test('in the header box, Escape from a result closes the results and goes back to the box, and a second Escape clears it', async () => {
    await page().goto(`${baseUrl}/sources/`);
    const box = page().locator('#search-box-q');
    await box.click();
    await box.pressSequentially('Kursk', { delay: 60 });
    await page().locator('#search-box .result-link').first().waitFor();
    await page().keyboard.press('ArrowDown');
    await page().keyboard.press('Escape');
    await expect.poll(() => page().locator('#search-box .search-results').isHidden()).toBe(true);
    expect(await page().evaluate(() => document.activeElement?.id)).toBe('search-box-q');
    await page().keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
  });
});
