/**
 * Search in real Chromium against the built site: results as a reader types, typo tolerance,
 * links that land on the highlighted claim, the URL, the keyboard, the live region, no search
 * code before the box is used, text never read as HTML, and axe-core with results open.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { RenderedDetail } from '../../src/scripts/site-search/controller.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';

const baseUrl = inject('baseUrl');
const exported = JSON.parse(readFileSync(new URL('../../dist/data/claims.json', import.meta.url), 'utf8')) as {
  stories: { id: string; title: string }[];
  articles: { id: string; storyId: string }[];
  claims: { id: string; articleId: string; kind: string; speaker?: string | null }[];
};
const quotes = exported.claims.filter((claim) => claim.kind === 'quote');
const firstArticle = exported.articles[0]!.id;
const storyOfArticle = new Map(exported.articles.map((article) => [article.id, article.storyId]));
const storyTitle = new Map(exported.stories.map((story) => [story.id, story.title]));
const storyOfClaim = new Map(exported.claims.map((claim) => [claim.id, storyOfArticle.get(claim.articleId)!]));
/**
 * The story of a result: by the article its link leads to, the claim whose page it opens (a
 * figure or a quote), or the story a primary source's page is under.
 */
const storyOfHref = (href: string) => {
  const [, article, claim, story] = /^\/(?:articles\/([^/]+)|claims\/([^/]+)|stories\/([^/]+))\//.exec(href)!;
  if (article !== undefined) return storyOfArticle.get(article)!;
  return claim === undefined ? story! : storyOfClaim.get(claim)!;
};

let browser: BrowserContext;
let page: Page | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function freshPage(): Promise<Page> {
  await page?.close();
  const next = await browser.newPage();
  page = next;
  return next;
}

/** Types into the focused box as a reader would, one key at a time. */
async function type(target: Page, text: string) {
  await target.keyboard.type(text, { delay: 15 });
}

/** The sources named by the results shown. */
function sources(target: Page): Promise<string[]> {
  return target.locator('.search-results .result-source').allTextContents();
}

async function resultsFor(target: Page, query: string): Promise<void> {
  await target.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
  await target.locator('.site-search-page .result').first().waitFor();
}

describe('the header search box', () => {
  test('shows results from at least three sources while "Kursk" is typed', async () => {
    const target = await freshPage();
    await target.goto(`${baseUrl}/`);
    await target.locator('#search-box-q').click();
    await type(target, 'Kursk');
    await target.locator('#search-box .result').first().waitFor();
    expect(new Set(await sources(target)).size).toBeGreaterThanOrEqual(3);
    await expect(target.locator('#search-box .result mark').first().textContent()).resolves.toMatch(/^kursk$/i);
  });

  test('loads no search code or index on a reader page until the box is used', async () => {
    const target = await freshPage();
    const requested: string[] = [];
    target.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await target.goto(`${baseUrl}/articles/${firstArticle}/`);
    await target.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.startsWith('/search/') || /controller|worker/.test(path))).toEqual([]);
    await target.locator('#search-box-q').focus();
    await expect.poll(() => requested.some((path) => path === '/search/index.json')).toBe(true);
    expect(requested.some((path) => /\/_astro\/controller\..*\.js$/.test(path))).toBe(true);
  });

  test('searches in a Web Worker, so the page itself only draws the results', async () => {
    const target = await freshPage();
    const requested: string[] = [];
    target.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await target.goto(`${baseUrl}/sources/`);
    expect(target.workers()).toEqual([]);
    await target.locator('#search-box-q').click();
    await type(target, 'Kursk');
    await target.locator('#search-box .result').first().waitFor();
    expect(target.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([
      expect.stringMatching(/^\/_astro\/worker-[\w-]+\.js$/),
    ]);
    // The index files were fetched, by the worker: the page's own resource timeline has none of them.
    expect(requested).toContain('/search/index.json');
    const fetchedByPage = await target.evaluate(
      () =>
        performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.startsWith('/search/'))
          .length,
    );
    expect(fetchedByPage).toBe(0);
  });

  test('"/" focuses the box, arrow keys move through results, Escape goes back and closes, Enter opens', async () => {
    const target = await freshPage();
    await target.goto(`${baseUrl}/sources/`);
    await target.keyboard.press('/');
    await expect.poll(() => target.evaluate(() => document.activeElement?.id)).toBe('search-box-q');
    await type(target, 'Austin');
    await target.locator('#search-box .result').first().waitFor();
    const links = target.locator('#search-box .search-results a');
    const focusedHref = () =>
      target.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);

    await target.keyboard.press('ArrowDown');
    await expect.poll(focusedHref).toBe(await links.nth(0).getAttribute('href'));
    await target.keyboard.press('ArrowDown');
    await expect.poll(focusedHref).toBe(await links.nth(1).getAttribute('href'));
    await target.keyboard.press('ArrowUp');
    await expect.poll(focusedHref).toBe(await links.nth(0).getAttribute('href'));
    // Escape from a result goes back to the box and closes the results at once (a second would clear the box).
    await target.keyboard.press('Escape');
    await expect.poll(focusedHref).toBe('search-box-q');
    await expect.poll(() => target.locator('#search-box .search-results').isHidden()).toBe(true);

    await target.keyboard.press('ArrowDown');
    await expect.poll(() => target.locator('#search-box .search-results').isVisible()).toBe(true);
    await target.keyboard.press('ArrowDown');
    const href = await links.nth(1).getAttribute('href');
    await target.keyboard.press('ArrowDown');
    await target.keyboard.press('ArrowUp');
    await expect.poll(focusedHref).toBe(href);
    await target.keyboard.press('Enter');
    await target.waitForURL((url) => `${url.pathname}${url.hash}` === href);
  });

  test('submitting without JavaScript opens the search page with the query', async () => {
    const noScript = await launchChromium({ javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await plain.goto(`${baseUrl}/`);
      await plain.locator('#search-box-q').fill('Kursk');
      await plain.locator('#search-box-q').press('Enter');
      await plain.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'Kursk');
    } finally {
      await noScript.close();
    }
  });
});

/** Each result shown, as its link and the story it names. */
function namedStories(target: Page, scope: string): Promise<{ href: string; story: string }[]> {
  return target.locator(`${scope} .result`).evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('a')!.getAttribute('href')!,
      story: item.querySelector('.result-story')?.textContent ?? '',
    })),
  );
}

/** The titles a result may show for a story: its title, or its start clipped with an ellipsis. */
function namesStory(shown: string, storyId: string): boolean {
  const title = storyTitle.get(storyId)!;
  return shown === title || (shown.endsWith('…') && title.startsWith(shown.slice(0, -1)));
}

describe('search across stories', () => {
  test('every result names its story, in the header box and on the search page', async () => {
    const target = await freshPage();
    await target.goto(`${baseUrl}/`);
    await target.locator('#search-box-q').click();
    await type(target, 'soldiers');
    await target.locator('#search-box .result').first().waitFor();
    const inBox = await namedStories(target, '#search-box');
    expect(inBox.length).toBeGreaterThan(0);
    for (const { href, story } of inBox) expect(namesStory(story, storyOfHref(href)), `${href}: ${story}`).toBe(true);

    await resultsFor(target, 'soldiers');
    const onPage = await namedStories(target, '.site-search-page');
    for (const { href, story } of onPage) expect(namesStory(story, storyOfHref(href)), `${href}: ${story}`).toBe(true);
    expect(new Set(onPage.map(({ href }) => storyOfHref(href))).size).toBeGreaterThanOrEqual(2);
  });

  test('choosing a story keeps its results and its sources only, puts story= in the URL, and back and forward restore it', async () => {
    const target = await freshPage();
    await resultsFor(target, 'soldiers');
    const everywhere = (await namedStories(target, '.site-search-page')).map(({ href }) => storyOfHref(href));
    // A story other than the first result's, so that choosing it changes what is shown.
    const chosen = everywhere.find((story) => story !== everywhere[0])!;
    const storyMenu = target.locator('select[name="story"]');
    const sourceMenu = target.locator('select[name="source"]');
    const sourceSlugs = () =>
      sourceMenu
        .locator('option')
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(new Set((await sourceSlugs()).filter(Boolean).map((slug) => storyOfArticle.get(slug))).size).toBe(
      exported.stories.length,
    );

    await storyMenu.selectOption(chosen);
    await expect.poll(() => new URL(target.url()).searchParams.get('story')).toBe(chosen);
    const storiesShown = async () =>
      new Set((await namedStories(target, '.site-search-page')).map(({ href }) => storyOfHref(href)));
    await expect.poll(storiesShown).toEqual(new Set([chosen]));
    const sources = (await sourceSlugs()).filter(Boolean);
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources.map((slug) => storyOfArticle.get(slug)))).toEqual(new Set([chosen]));

    // With a source of the story too, and the story left in the URL.
    await sourceMenu.selectOption(sources[0]!);
    await expect.poll(() => new URL(target.url()).searchParams.get('source')).toBe(sources[0]);
    expect(new URL(target.url()).searchParams.get('story')).toBe(chosen);

    await target.goBack();
    await expect.poll(() => new URL(target.url()).searchParams.get('source')).toBeNull();
    await expect.poll(() => storyMenu.inputValue()).toBe(chosen);
    await target.goBack();
    await expect.poll(() => storyMenu.inputValue()).toBe('');
    await expect.poll(async () => (await storiesShown()).size).toBeGreaterThanOrEqual(2);
    await target.goForward();
    await expect.poll(() => storyMenu.inputValue()).toBe(chosen);
    await expect.poll(storiesShown).toEqual(new Set([chosen]));
    expect((await sourceSlugs()).filter(Boolean)).toEqual(sources);
  });

  test('a link to a story the site does not have searches every story', async () => {
    const target = await freshPage();
    await target.goto(`${baseUrl}/search/?q=soldiers&story=no-such-story`);
    await target.locator('.site-search-page .result').first().waitFor();
    expect(await target.locator('select[name="story"]').inputValue()).toBe('');
    const stories = new Set((await namedStories(target, '.site-search-page')).map(({ href }) => storyOfHref(href)));
    expect(stories.size).toBeGreaterThanOrEqual(2);
  });

  test('a story page links to a search of that story, with the story chosen', async () => {
    const target = await freshPage();
    const story = exported.stories[0]!;
    await target.goto(`${baseUrl}/stories/${story.id}/`);
    await target.locator(`a[href="/search/?story=${story.id}"]`).click();
    await target.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('story') === story.id);
    await expect.poll(() => target.locator('select[name="story"]').inputValue()).toBe(story.id);
    await expect.poll(() => target.evaluate(() => document.activeElement?.id)).toBe('search-page-q');
    await type(target, 'soldiers');
    await target.locator('.site-search-page .result').first().waitFor();
    for (const { href } of await namedStories(target, '.site-search-page')) expect(storyOfHref(href)).toBe(story.id);
  });
});

describe('the search page', () => {
  test.each([
    ['in every story', ''],
    ['in one story', `story=${storyOfArticle.get(firstArticle)!}`],
  ])(
    'answers the likeliest next keystroke ahead, with the very results it would work out then (%s)',
    async (_, filter) => {
      const target = await freshPage();
      await target.goto(`${baseUrl}/search/?${filter}`);
      interface Drawn {
        query: string;
        prepared: boolean;
        hrefs: string[];
      }
      const drawn = () => target.evaluate(() => (window as unknown as { rendered: Drawn[] }).rendered);
      await target.evaluate(() => {
        const rendered: Drawn[] = [];
        (window as unknown as { rendered: Drawn[] }).rendered = rendered;
        document.addEventListener('site-search:rendered', (event) => {
          const { query, timing } = (event as CustomEvent<RenderedDetail>).detail;
          rendered.push({
            query,
            prepared: timing.prepared === true,
            hrefs: [...document.querySelectorAll<HTMLAnchorElement>('.search-results .result a')].map((link) =>
              link.getAttribute('href')!,
            ),
          });
        });
      });
      await target.locator('#search-page-q').focus();
      // A reader who pauses after "Kurs": once its results are drawn, the worker prepares "Kursk"
      // (the page is told when the prepared answer arrives, as data-prepared on the element).
      await type(target, 'Kurs');
      await expect.poll(async () => (await drawn()).some((entry) => entry.query === 'Kurs')).toBe(true);
      await target.locator('#search-page[data-prepared="Kursk"]').waitFor({ state: 'attached' });
      await type(target, 'k');
      await expect.poll(async () => (await drawn()).some((entry) => entry.query === 'Kursk')).toBe(true);
      const kursk = (await drawn()).filter((entry) => entry.query === 'Kursk');
      expect(kursk.map((entry) => entry.prepared)).toEqual([true]);

      const fresh = await freshPage();
      await fresh.goto(`${baseUrl}/search/?q=Kursk&${filter}`);
      await fresh.locator('.site-search-page .result').first().waitFor();
      const hrefs = await fresh
        .locator('.site-search-page .result a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(kursk[0]!.hrefs).toEqual(hrefs);
    },
  );

  test('forgives typos: "Kurks" finds Kursk, "Austen" finds Austin, "11000 troops" finds 11,000 troops, "co belligerent" finds co-belligerents', async () => {
    const target = await freshPage();
    const cases: [string, RegExp][] = [
      ['Kurks', /Kursk/],
      ['Austen', /Austin/],
      ['11000 troops', /11,000/],
      ['co belligerent', /co-belligerents/],
    ];
    for (const [query, expected] of cases) {
      await resultsFor(target, query);
      const marks = await target.locator('.site-search-page .result mark').allTextContents();
      expect(marks.join(' '), query).toMatch(expected);
    }
  });

  test('/search/?q=Austen lists Austin’s quotes', async () => {
    expect(quotes.some((quote) => quote.speaker?.includes('Austin'))).toBe(true);
    const target = await freshPage();
    await resultsFor(target, 'Austen');
    const speakers = await target.locator('.result-group-quote .result-note').allTextContents();
    expect(speakers.length).toBeGreaterThan(0);
    for (const speaker of speakers) expect(speaker).toMatch(/Austin/);
  });

  test('a speaker’s name lists what that person is quoted as saying, across sources', async () => {
    expect(quotes.some((quote) => quote.speaker === 'Kim Yong-hyun')).toBe(true);
    const target = await freshPage();
    await resultsFor(target, 'Kim Yong-hyun');
    const speakers = await target.locator('.result-group-quote .result-note').allTextContents();
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.every((speaker) => speaker.includes('Kim Yong-hyun'))).toBe(true);
  });

  test('clicking a quote result opens the quote’s own page', async () => {
    const target = await freshPage();
    await resultsFor(target, 'likelihood');
    const link = target.locator('.result-group-quote a.result-link').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/claims\/q-[^/]+\/$/);
    await link.click();
    await target.waitForURL((url) => url.pathname === href);
    await expect(target.locator('h1').textContent()).resolves.toMatch(/likelihood/i);
  });

  test('clicking a place result lands on the place, marked in its article', async () => {
    const target = await freshPage();
    await resultsFor(target, 'Kursk');
    const link = target.locator('.result-group-place a.result-link').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/articles\/[^/]+\/#p-/);
    await link.click();
    await target.waitForURL((url) => `${url.pathname}${url.hash}` === href);
    const mark = target.locator(`[id="${href.split('#')[1]}"]`);
    await expect.poll(() => mark.evaluate((element) => element.matches(':target'))).toBe(true);
    expect(await mark.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await expect
      .poll(() =>
        mark.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
  });

  test('says without JavaScript that search needs it, and links to the articles', async () => {
    const noScript = await launchChromium({ javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await plain.goto(`${baseUrl}/search/?q=Kursk`);
      const notice = plain.locator('.search-noscript');
      await expect(notice.textContent()).resolves.toMatch(/Search runs in the browser and needs JavaScript/);
      expect(await notice.locator('a').first().getAttribute('href')).toBe('/');
    } finally {
      await noScript.close();
    }
  });
});

describe('accessibility of search', () => {
  /** axe-core's violations on a page made ready by `prepare`, in a light or dark browser. */
  async function violations(colorScheme: 'light' | 'dark', prepare: (target: Page) => Promise<void>) {
    const context = colorScheme === 'dark' ? await launchChromium({ colorScheme }) : browser;
    try {
      const target = await context.newPage();
      await prepare(target);
      const found = (await new AxeBuilder({ page: target }).analyze()).violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      await target.close();
      return found;
    } finally {
      if (context !== browser) await context.close();
    }
  }

  test.each(['light', 'dark'] as const)(
    'the search page with results open has no axe-core violations (%s)',
    async (colorScheme) => {
      const found = await violations(colorScheme, async (target) => {
        await resultsFor(target, 'Kursk');
        await target.locator('input[name="kind"][value="quote"]').focus();
      });
      expect(found).toEqual([]);
    },
  );

  test.each(['light', 'dark'] as const)(
    'the search page with a story chosen and its menu focused has no axe-core violations (%s)',
    async (colorScheme) => {
      const found = await violations(colorScheme, async (target) => {
        await resultsFor(target, 'soldiers');
        const menu = target.locator('select[name="story"]');
        await menu.selectOption(storyOfArticle.get(firstArticle)!);
        await expect.poll(() => new URL(target.url()).searchParams.get('story')).not.toBeNull();
        await target.locator('.site-search-page .result').first().waitFor();
        await menu.focus();
      });
      expect(found).toEqual([]);
    },
  );

  test.each(['light', 'dark'] as const)(
    'a reader page with the header box open has no axe-core violations (%s)',
    async (colorScheme) => {
      const found = await violations(colorScheme, async (target) => {
        await target.goto(`${baseUrl}/articles/${firstArticle}/`);
        await target.locator('#search-box-q').click();
        await type(target, 'Austin');
        await target.locator('#search-box .result').first().waitFor();
      });
      expect(found).toEqual([]);
    },
  );
});
