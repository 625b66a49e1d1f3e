import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';

/**
 * Opens one Chromium page for the tests of a file (started before them, closed after), with
 * clipboard access on the site under test. Returns a getter, since the page exists only once
 * the tests run.
 */
export function usePage(baseUrl: string): () => Page {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    context = await launchChromium();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });
  return () => {
    if (!page) throw new Error('usePage: the page is opened in beforeAll; use it inside a test');
    return page;
  };
}
