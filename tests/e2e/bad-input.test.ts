import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../src/lib/errors.ts';
import { buildSite, seedArticles, storyFiles } from '../support/site-build.ts';

// Builds a second site from a content folder the way an editor might leave it: a story with good
// and broken article files, an article id used in two stories, a story without story.yaml, an
// empty story folder, a file outside any story, and a sources.yaml with values of the wrong kind.
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
const SOURCES = [
  'bom-crlf:',
  '  outlet: The Windows Gazette',
  '  url: ftp://example.org/a',
  '  published: last Tuesday',
  '  language: en',
  '',
].join('\n');

const build = await buildSite(
  new Map([
    ...storyFiles('broken-story', new Map([[seed, seedBytes], ...Object.entries(files)]), {
      'story.yaml': 'title: A story with broken files\nperiod: May 2025\n',
      'sources.yaml': SOURCES,
    }),
    // The same article id again, in a later story (in path order): not loaded.
    ...storyFiles(
      'second-story',
      new Map<string, string | Uint8Array>([
        [seed, seedBytes],
        ['other.txt', 'Another headline\nA paragraph.\n'],
      ]),
      {
        'story.yaml': 'title: A second story\n',
      },
    ),
    // No story.yaml: the title comes from the folder name.
    ...storyFiles('untitled-story_2025', new Map([['lone.txt', 'A lone headline\nA lone paragraph.\n']])),
    // An empty story folder, and text files that belong to no story.
    ['stories/empty-story/notes.md', 'nothing here'] as const,
    ['articles/stray.txt', 'Stray headline\nText.\n'] as const,
    ['stories/loose.txt', 'Loose headline\nText.\n'] as const,
  ]),
  { name: 'bad-input' },
);
const { log, outDir } = build;
const page = (path: string) => build.page(path);
/** The log lines that name a path. */
const linesOf = (path: string) => log.split('\n').filter((line) => line.includes(path));
/** A file path shown as code on a page (a component's element may carry its scoped-style attribute). */
const codeOf = (path: string) => new RegExp(`<code[^>]*>${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</code>`);

afterAll(() => {
  build.remove();
});

describe('a build with broken content', () => {
  test('still succeeds', () => {
    expect(build.status, log).toBe(0);
    expect(log).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  test.each(Object.entries(rejected))('reports %s in one log line with its path and reason', (file, reason) => {
    const lines = linesOf(`stories/broken-story/articles/${file}`).filter((line) => line.includes('not loaded'));
    expect(lines, log).toHaveLength(1);
    expect(lines[0]).toContain(reason);
  });

  test('lists every file that was not loaded on the sources page, under its story, with the reason', () => {
    const sources = page('sources');
    for (const [file, reason] of Object.entries(rejected)) {
      expect(sources).toMatch(codeOf(`stories/broken-story/articles/${file}`));
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

describe('an article id used in two stories', () => {
  const second = `stories/second-story/articles/${seed}`;

  test('loads the first (in path order) and not the second, naming both paths in the log', () => {
    const lines = linesOf(second).filter((line) => line.includes('not loaded'));
    expect(lines, log).toHaveLength(1);
    expect(lines[0]).toContain(`stories/broken-story/articles/${seed}`);
    expect(lines[0]).toMatch(/rename one/);
    expect(page(`articles/${seed.slice(0, -4)}`)).toContain('A story with broken files');
  });

  test('is listed on the sources page with both paths, and the second story keeps its other article', () => {
    const sources = page('sources');
    expect(sources).toMatch(codeOf(second));
    expect(sources).toContain(`stories/broken-story/articles/${seed}`);
    expect(page('articles/other')).toContain('A second story');
  });
});

describe('story folders', () => {
  test('a story without story.yaml takes its title from the folder name, and the sources page says so', () => {
    // The folder name is not URL-safe as written: its pages use the slug, and a warning says to rename it.
    expect(page('stories/untitled-story-2025')).toContain('Untitled story 2025');
    const sources = page('sources');
    expect(sources).toMatch(/no title in a story\.yaml[^<]*Untitled story 2025/);
    expect(sources).toMatch(/rename the folder to that/);
  });

  test('an empty story folder is reported with its path and what to do, and has no page', () => {
    expect(linesOf('stories/empty-story/').join('\n')).toMatch(/has no article: add its articles as articles\//);
    expect(existsSync(join(outDir, 'stories', 'empty-story'))).toBe(false);
    expect(page('sources')).toMatch(codeOf('stories/empty-story/'));
  });

  test.each(['articles/stray.txt', 'stories/loose.txt'])(
    'a text file outside any story (%s) is reported with its path and where to put it',
    (path) => {
      const lines = linesOf(`/${path}`).filter((line) => line.includes('not loaded'));
      expect(lines, log).toHaveLength(1);
      expect(lines[0]).toContain('content/stories/<story>/articles/');
      expect(page('sources')).toMatch(codeOf(path));
    },
  );
});

describe('a sources.yaml value of the wrong kind', () => {
  test.each([
    ['url', 3, 'https://'],
    ['published', 4, 'ISO 8601'],
  ])('ignores "%s" with a message naming the file, key and line', (field, line, hint) => {
    const lines = linesOf(`stories/broken-story/sources.yaml:${line}:`);
    expect(lines, log).toHaveLength(1);
    expect(lines[0]).toContain(`"${field}" of "bom-crlf"`);
    expect(lines[0]).toContain(hint);
  });

  test('keeps the entry’s other fields', () => {
    expect(page('articles/bom-crlf')).toContain('The Windows Gazette');
    expect(page('sources')).toContain('The Windows Gazette');
  });
});
