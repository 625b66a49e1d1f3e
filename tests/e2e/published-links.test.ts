/**
 * Every page, claim and comparison the site published before stories had folders of their own
 * (tests/fixtures/published/before-stories.json, recorded from that build) still answers: with
 * its page, or with a page that leads on to where it moved, whose target answers in turn.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';

const baseUrl = inject('baseUrl');
const published = JSON.parse(
  readFileSync(new URL('../fixtures/published/before-stories.json', import.meta.url), 'utf8'),
) as { pages: string[]; claims: Record<string, string>; comparisons: Record<string, string> };

const pages = new Map<string, Promise<{ status: number; text: string }>>();
/** A page of the served site, fetched once. */
function fetchPage(path: string) {
  let page = pages.get(path);
  if (!page) {
    page = fetch(new URL(path, baseUrl)).then(async (response) => ({
      status: response.status,
      text: await response.text(),
    }));
    pages.set(path, page);
  }
  return page;
}

/** Where a redirect page leads, or null for a page of its own. */
const refreshTarget = (html: string) => /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1] ?? null;

/** Follows a link as a reader's browser would: the page, then where a redirect page leads; the anchor must be there. */
async function answers(link: string): Promise<string | null> {
  let url = new URL(link, baseUrl);
  for (let hops = 0; hops < 3; hops++) {
    const { status, text } = await fetchPage(url.pathname);
    if (status !== 200) return `${url.pathname} answers ${status}`;
    const target = refreshTarget(text);
    if (target === null) {
      if (url.hash && !text.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`))
        return `${url.pathname} has no ${url.hash}`;
      return null;
    }
    url = new URL(target, url);
  }
  return `${link} leads on more than twice`;
}

describe('links published before stories had folders of their own', () => {
  test(`every one of the ${published.pages.length} pages answers`, async () => {
    const failed = (await Promise.all(published.pages.map(answers))).filter((failure) => failure !== null);
    expect(failed).toEqual([]);
  });

  test(`every one of the ${Object.keys(published.claims).length} claims answers at its permalink`, async () => {
    const failed = (await Promise.all(Object.values(published.claims).map(answers))).filter(
      (failure) => failure !== null,
    );
    expect(failed).toEqual([]);
  });

  test(`every one of the ${Object.keys(published.comparisons).length} comparisons answers at its page`, async () => {
    const failed = (await Promise.all(Object.values(published.comparisons).map(answers))).filter(
      (failure) => failure !== null,
    );
    expect(failed).toEqual([]);
  });
});
