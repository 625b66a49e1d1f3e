import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../src/lib/errors.ts';
import { buildSite, seedArticles } from '../support/site-build.ts';

// Builds a second site from one seed and a set of good and broken files, the way an editor might leave them.
const [seed, seedBytes] = [...seedArticles()][0]!;
const files: Record<string, string | Uint8Array> = {
  'empty.txt': '',
  'blank.txt': '  \n\t\n',
  'latin1.txt': new Uint8Array([...new TextEncoder().encode('Headline\nCaf'), 0xe9, 0x0a]),
  'nul.txt': 'Headline\nText\u0000more\n',
  'huge.txt': 'a'.repeat(MAX_ARTICLE_BYTES + 10),
  'markup.txt':
    '<script>window.pwned = 1</script> Hostile headline\n<img src=x onerror="window.pwned = 2"> and [link](javascript:alert(1)) and # heading\n',
  'bom-crlf.txt': '\uFEFFWindows headline\r\nFirst paragraph.\r\nSecond paragraph.\r\n',
};
const rejected = {
  'empty.txt': 'empty',
  'blank.txt': 'white space',
  'latin1.txt': 'not valid UTF-8',
  'nul.txt': 'NUL byte',
  'huge.txt': 'limit',
};

const build = await buildSite(new Map([[seed, seedBytes], ...Object.entries(files)]), { name: 'bad-input' });
const { log, outDir } = build;
const page = (path: string) => build.page(path);

afterAll(() => {
  build.remove();
});

describe('a build with broken article files', () => {
  test('still succeeds', () => {
    expect(build.status, log).toBe(0);
  });

  test.each(Object.entries(rejected))(
    'reports %s in one log line with its reason and no stack trace',
    (file, reason) => {
      const lines = log.split('\n').filter((line) => line.includes(`/${file}`) && line.includes('not loaded'));
      expect(lines, log).toHaveLength(1);
      expect(lines[0]).toContain(reason);
      expect(log).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    },
  );

  test('lists every file that was not loaded on the sources page, with the reason', () => {
    const sources = page('sources');
    for (const [file, reason] of Object.entries(rejected)) {
      expect(sources).toContain(`<code>${file}</code>`);
      expect(sources).toContain(reason);
    }
  });

  test('builds the good articles, including one with a byte order mark and CRLF line endings', () => {
    expect(existsSync(join(outDir, 'articles', seed.slice(0, -4), 'index.html'))).toBe(true);
    const windows = page('articles/bom-crlf');
    expect(windows).toContain('Windows headline</h1>');
    expect(windows).toContain('Second paragraph.');
    expect(windows).not.toContain('\r');
  });

  test('shows markup in article text literally and never as elements', () => {
    const tree = fromHtml(page('articles/markup'));
    const elements: Element[] = [];
    visit(tree, 'element', (node) => void elements.push(node));
    expect(elements.filter((node) => node.tagName === 'script' && toString(node).includes('pwned'))).toEqual([]);
    expect(
      elements.filter((node) => node.tagName === 'img' || 'onError' in node.properties || 'onerror' in node.properties),
    ).toEqual([]);
    expect(elements.filter((node) => (node.properties.href ?? '').startsWith('javascript:'))).toEqual([]);
    const text = toString(tree);
    expect(text).toContain('<script>window.pwned = 1</script> Hostile headline');
    expect(text).toContain('<img src=x onerror="window.pwned = 2"> and [link](javascript:alert(1)) and # heading');
  });
});
