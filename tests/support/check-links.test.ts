import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { brokenLinks } from './check-links.ts';

function site(pages: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dist, path), { recursive: true });
    writeFileSync(join(dist, path, 'index.html'), html);
  }
  return dist;
}

describe('brokenLinks', () => {
  test('accepts links to existing pages and anchors', () => {
    const dist = site({ '': '<a href="/a/#x">a</a><a href="#top">t</a><p id="top"></p>', a: '<p id="x">x</p>' });
    expect(brokenLinks(dist)).toEqual([]);
  });

  test('reports a link to a missing page', () => {
    expect(brokenLinks(site({ '': '<a href="/nowhere/">x</a>' }))).toEqual(['/ -> /nowhere/: no such file']);
  });

  test('reports an anchor that names no element', () => {
    const dist = site({ '': '<a href="/a/#missing">a</a>', a: '<p id="x">x</p>' });
    expect(brokenLinks(dist)).toEqual(['/ -> /a/#missing: no element with id "missing"']);
  });

  test('ignores external links', () => {
    expect(brokenLinks(site({ '': '<a href="https://example.org/x">x</a><a href="mailto:a@b.c">m</a>' }))).toEqual([]);
  });
});
