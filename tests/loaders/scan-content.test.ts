import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/errors.ts';
import { scanContent } from '../../src/loaders/scan-content.ts';
import { slugify, storySlug } from '../../src/loaders/slugify.ts';

/** A content folder holding these files (paths relative to it). */
function contentWith(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

const codes = (scan: Awaited<ReturnType<typeof scanContent>>) =>
  scan.problems.map((problem) => [problem.file, problem.code]);

describe('scanContent', () => {
  test('reads each story folder: its title, articles in name order, primaries, and facts per file', async () => {
    const scan = await scanContent(
      contentWith({
        'stories/b-story/story.yaml': 'title: B\nperiod: May 2025\nsummary: What happened.\n',
        'stories/b-story/sources.yaml': 'two:\n  outlet: The Paper\nbriefing:\n  kind: transcript\n  partial: true\n',
        'stories/b-story/articles/two.txt': 'Second\nBody.',
        'stories/b-story/articles/one.txt': 'First\nBody.',
        'stories/b-story/primary/briefing.txt': 'MR. SMITH:  Good afternoon.',
        'stories/b-story/SOURCES.md': 'notes are not articles',
        'stories/a-story/story.yaml': 'title: A\n',
        'stories/a-story/articles/x.txt': 'X\nBody.',
      }),
    );
    expect(scan.problems).toEqual([]);
    expect(scan.stories.map((story) => [story.id, story.title, story.period])).toEqual([
      ['a-story', 'A', null],
      ['b-story', 'B', 'May 2025'],
    ]);
    const b = scan.stories[1]!;
    expect(b.articles.map((article) => [article.id, article.file, article.facts])).toEqual([
      ['one', 'stories/b-story/articles/one.txt', {}],
      ['two', 'stories/b-story/articles/two.txt', { outlet: 'The Paper' }],
    ]);
    expect(b.primaries.map((primary) => [primary.id, primary.facts])).toEqual([
      ['briefing', { kind: 'transcript', partial: true }],
    ]);
  });

  test('loads the first of two articles with the same id across stories, and names both paths for the second', async () => {
    const scan = await scanContent(
      contentWith({
        'stories/a/articles/same.txt': 'A\nBody.',
        'stories/b/articles/same.txt': 'B\nBody.',
        'stories/b/articles/other.txt': 'Other\nBody.',
      }),
    );
    expect(scan.stories.map((story) => story.articles.map((article) => article.id))).toEqual([['same'], ['other']]);
    const duplicate = scan.problems.find((problem) => problem.code === 'duplicate-id')!;
    expect(duplicate).toMatchObject({ file: 'stories/b/articles/same.txt', severity: 'error', storyId: 'b' });
    expect(duplicate.reason).toContain('stories/a/articles/same.txt');
    expect(duplicate.reason).toContain('rename one');
  });

  test('reports bad files, stray text files, empty story folders and a missing story.yaml, losing nothing else', async () => {
    const scan = await scanContent(
      contentWith({
        'articles/old.txt': 'Old layout\nBody.',
        'stories/loose.txt': 'Loose\nBody.',
        'stories/empty/notes.md': 'no articles',
        'stories/all-bad/articles/empty.txt': '',
        'stories/good/articles/ok.txt': 'Good\nBody.',
        'stories/good/articles/nul.txt': 'x\u0000y',
        'stories/good/misplaced.txt': 'Misplaced\nBody.',
      }),
    );
    expect(scan.stories.map((story) => [story.id, story.title, story.titleDerived])).toEqual([['good', 'Good', true]]);
    expect(codes(scan)).toEqual([
      ['articles/old.txt', 'stray-file'],
      ['stories/loose.txt', 'stray-file'],
      ['stories/all-bad/story.yaml', 'no-story-yaml'],
      ['stories/all-bad/articles/empty.txt', 'empty'],
      ['stories/all-bad/', 'empty-story'],
      ['stories/empty/story.yaml', 'no-story-yaml'],
      ['stories/empty/', 'empty-story'],
      ['stories/good/misplaced.txt', 'stray-file'],
      ['stories/good/story.yaml', 'no-story-yaml'],
      ['stories/good/articles/nul.txt', 'nul-byte'],
    ]);
    const empty = scan.problems.find((problem) => problem.file === 'stories/empty/')!;
    expect(empty.reason).toMatch(/add its articles as articles\/<id>\.txt/);
    expect(scan.problems.find((problem) => problem.file === 'stories/all-bad/')!.reason).toMatch(
      /none of the story's articles could be loaded/,
    );
  });

  test('gives a story folder that is not URL-safe a slug, and says to rename it', async () => {
    const scan = await scanContent(contentWith({ 'stories/Élection 2025/articles/a.txt': 'A\nBody.' }));
    expect(scan.stories[0]).toMatchObject({ id: 'election-2025', folder: 'Élection 2025', title: 'Élection 2025' });
    expect(scan.problems.find((problem) => problem.code === 'bad-story-folder')?.reason).toContain('"election-2025"');
  });

  test('warns of a sources.yaml entry that names no file of its story', async () => {
    const scan = await scanContent(
      contentWith({
        'stories/s/story.yaml': 'title: S\n',
        'stories/s/sources.yaml': 'a:\n  outlet: X\nmissing:\n  outlet: Y\n',
        'stories/s/articles/a.txt': 'A\nBody.',
      }),
    );
    expect(scan.problems).toMatchObject([
      { file: 'stories/s/sources.yaml', line: 3, code: 'unknown-id', severity: 'warning' },
    ]);
  });

  test('formats a problem as one log line with the path and line', () => {
    expect(
      formatProblem(
        { file: 'stories/s/articles/x.txt', line: 4, code: 'nul-byte', severity: 'error', reason: 'why' },
        'content/',
      ),
    ).toBe('content/stories/s/articles/x.txt:4: not loaded: why');
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

  test('makes story ids without underscores or double hyphens, which join story ids to comparison ids', () => {
    expect(storySlug('Storm_season--2025')).toBe('storm-season-2025');
  });
});
