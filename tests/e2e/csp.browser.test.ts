/**
 * Content-Security-Policy: every page carries a policy that forbids inline script, and the
 * site still works under it: no violation on any kind of page, the copy-link button and line
 * numbers still copy, and a script injected into a page is refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { BrowserContext, Page } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../support/astro.ts';
import { readBuiltPages } from '../support/check-links.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';

const baseUrl = inject('baseUrl');
const dist = join(ROOT, 'dist');
const allPaths = readBuiltPages(dist)
  .map((built) => built.path)
  .sort();
// One page of each template (claim and comparison pages: the first of each kind).
const firstOf = (prefix: string) => [
  ...new Map(
    allPaths
      .filter((path) => path.startsWith(prefix))
      .map((path) => [/(?:^|--)([a-z]+)-/.exec(path.slice(prefix.length))?.[1], path]),
  ).values(),
];
const templates = [
  ...allPaths.filter((path) => !/^\/(articles|claims|compare)\//.test(path)),
  allPaths.find((path) => path.startsWith('/articles/'))!,
  ...firstOf('/claims/'),
  ...firstOf('/compare/'),
];

declare global {
  interface Window {
    cspViolations: string[];
    injectedRan?: boolean;
  }
}

let browser: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  // Record every violation the page reports, from before its first script runs.
  await browser.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text()))
      consoleErrors.push(message.text());
  });
});
afterAll(async () => {
  await browser.close();
});

/** The policy of a built page, directive name -> sources. */
function policyOf(html: string): Map<string, string[]> | null {
  const found: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === 'meta' && String(node.properties.httpEquiv).toLowerCase() === 'content-security-policy')
      found.push(String(node.properties.content));
  });
  const content = found[0];
  if (content === undefined) return null;
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((part) => part[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('the Content-Security-Policy of every built page', () => {
  test.each(allPaths.filter((path, index) => index % 25 === 0 || templates.includes(path)))(
    '%s has a policy that forbids inline script',
    (path) => {
      const html = readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
      const policy = policyOf(html);
      expect(policy, 'no <meta http-equiv="content-security-policy">').not.toBeNull();
      const scripts = policy!.get('script-src') ?? policy!.get('default-src');
      expect(scripts).toBeDefined();
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(policy!.get('script-src-attr') ?? []).not.toContain("'unsafe-inline'");
      expect(policy!.get('object-src')).toEqual(["'none'"]);
      expect(policy!.get('base-uri')).toEqual(["'self'"]);
      // The policy only covers what comes after it (JSON-LD is data, never run, so it may come first).
      const meta = html.search(/<meta http-equiv="content-security-policy"/i);
      const firstResource = html.search(/<(script(?! type="application\/ld\+json")|link rel="stylesheet"|style)\b/i);
      expect(firstResource === -1 || meta < firstResource).toBe(true);
    },
  );
});

describe('the site under its Content-Security-Policy', () => {
  test.each(templates)('%s loads with no violation', async (path) => {
    consoleErrors.length = 0;
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('the copy-link button on a claim page copies the claim URL', async () => {
    const path = allPaths.find((candidate) => candidate.startsWith('/claims/'))!;
    await page.goto(`${baseUrl}${path}`);
    const button = page.locator('copy-link .copy-button').first();
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}${path}`);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  });

  test('a line number on a reader page copies the link to its line', async () => {
    const path = allPaths.find((candidate) => candidate.startsWith('/articles/'))!;
    await page.goto(`${baseUrl}${path}`);
    await page.locator('#L3 .ln').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}${path}#L3`);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  });

  test('the search box raises no violation when used', async () => {
    await page.goto(`${baseUrl}/`);
    await page.locator('#search-box-q').fill('troops');
    await page.locator('#search-box .result').first().waitFor();
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  });

  test('refuses an inline script and an event-handler attribute injected into a page', async () => {
    const path = allPaths.find((candidate) => candidate.startsWith('/articles/'))!;
    await page.goto(`${baseUrl}${path}`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.injectedRan = true');
      image.src = '/no-such-image.png';
      document.body.append(image);
    });
    await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => window.injectedRan)).toBeUndefined();
    const violations = await page.evaluate(() => window.cspViolations);
    expect(
      violations.some((violation) => violation.startsWith('script-src-elem') && violation.includes('inline')),
    ).toBe(true);
    expect(violations.some((violation) => violation.startsWith('script-src-attr'))).toBe(true);
  });
});
