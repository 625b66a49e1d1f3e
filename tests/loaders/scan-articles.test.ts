import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/errors.ts';
import { scanArticles, slugify } from '../../src/loaders/scan-articles.ts';

function folderWith(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'articles-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

describe('scanArticles', () => {
  test('loads good files in name order and reports each bad one with a reason, losing nothing', async () => {
    const folder = folderWith({
      'b.txt': 'Second\nBody.',
      'a.txt': 'First\nBody.',
      'empty.txt': '',
      'nul.txt': 'x\u0000y',
      'notes.md': 'not an article',
    });
    const { sources, problems } = await scanArticles(folder);
    expect(sources.map((source) => source.id)).toEqual(['a', 'b']);
    expect(problems.map((problem) => [problem.file, problem.code])).toEqual([
      ['empty.txt', 'empty'],
      ['nul.txt', 'nul-byte'],
    ]);
  });

  test('gives file names with spaces and accents a URL-safe slug and keeps the id as written', async () => {
    const { sources } = await scanArticles(folderWith({ 'Café report 2.txt': 'Title\nText.' }));
    expect(sources[0]).toMatchObject({ id: 'Café report 2', slug: 'cafe-report-2' });
  });

  test('rejects the second of two files whose slugs collide, naming the first', async () => {
    const { sources, problems } = await scanArticles(folderWith({ 'A b.txt': 'x\ny.', 'a-b.txt': 'x\ny.' }));
    expect(sources.map((source) => source.file)).toEqual(['A b.txt']);
    expect(problems[0]).toMatchObject({ file: 'a-b.txt', code: 'duplicate-id' });
    expect(problems[0]!.reason).toContain('A b.txt');
  });

  test('formats a problem as one log line with the file and line', () => {
    expect(formatProblem({ file: 'x.txt', line: 4, code: 'nul-byte', reason: 'why' }, 'content/articles')).toBe(
      'content/articles/x.txt:4: not loaded: why',
    );
  });
});

describe('slugify', () => {
  test('keeps ids that are already URL-safe', () => {
    expect(slugify('000_afb6bf230a53c4a9')).toBe('000_afb6bf230a53c4a9');
  });

  test('gives names without Latin letters distinct slugs', () => {
    expect(slugify('日本語')).toMatch(/^article-[0-9a-f]{8}$/);
    expect(slugify('Ελλάδα')).not.toBe(slugify('Αθήνα'));
  });

  test('keeps the Latin part of a mixed name readable', () => {
    expect(slugify('Report Ελλάδα')).toMatch(/^report-[0-9a-f]{8}$/);
  });
});
