import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { brokenLinks, htmlFiles, readBuiltPages } from '../support/check-links.ts';

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

  test('no separator runs into the element after it (a line break in markup that compression dropped: "Places ·Download")', () => {
    const joined = htmlFiles(dist).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/[^>\s]{0,20}[·|]<(?:a|time|span|strong|em)\b/gu)].map(
        ([match]) => `${relative(dist, file)}: ${match}`,
      ),
    );
    expect(joined).toEqual([]);
  });
});
