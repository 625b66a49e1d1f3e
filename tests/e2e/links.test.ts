import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { brokenLinks, readBuiltPages } from '../support/check-links.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

describe('links in the built site', () => {
  test('every internal link and #anchor resolves to a page and an element', () => {
    expect(brokenLinks(dist)).toEqual([]);
  });

  test('the checker itself sees the pages and their links', () => {
    const pages = readBuiltPages(dist);
    expect(pages.map((page) => page.path)).toContain('/');
    expect(pages.find((page) => page.path === '/')!.links.length).toBeGreaterThan(5);
  });
});
