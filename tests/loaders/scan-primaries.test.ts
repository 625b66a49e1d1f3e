import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/errors.ts';
import { scanContent } from '../../src/loaders/scan-content.ts';
import { checkStory } from '../../src/pipeline/check/check-story.ts';
import { articleOf, primaryOf, quoteClaim } from '../support/primary-fixtures.ts';

/** A content folder with one story: an article, and these primaries (file name -> content) and sources.yaml. */
function storyWith(primaries: Record<string, string | Uint8Array>, sources = ''): string {
  const folder = mkdtempSync(join(tmpdir(), 'content-'));
  const files: Record<string, string | Uint8Array> = {
    'stories/port/story.yaml': 'title: Port\n',
    'stories/port/sources.yaml': sources,
    'stories/port/articles/report.txt': 'Headline\nThe minister said: “We reopen today.”',
  };
  for (const [name, text] of Object.entries(primaries)) files[`stories/port/primary/${name}`] = text;
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

describe('primaries that cannot be read, or read only in part', () => {
  test('reports an empty primary and one that is not UTF-8 by file and line, and keeps the story and its other files', async () => {
    const scan = await scanContent(
      storyWith({
        'empty.txt': '',
        'latin1.txt': new Uint8Array([0x4d, 0x52, 0x2e, 0x20, 0x41, 0x3a, 0x20, 0x0a, 0x63, 0x61, 0x66, 0xe9]),
        'good.txt': 'Briefing\nMS. OKAFOR:  We reopen today.',
      }),
    );
    expect(scan.problems.map((problem) => [problem.file, problem.code, problem.line])).toEqual([
      ['stories/port/primary/empty.txt', 'empty', undefined],
      ['stories/port/primary/latin1.txt', 'not-utf8', 2],
    ]);
    expect(formatProblem(scan.problems[1]!)).toBe(
      'content/stories/port/primary/latin1.txt:2: not loaded: the file is not valid UTF-8 (first bad byte on line 2); save it as UTF-8',
    );
    expect(scan.stories[0]!.articles).toHaveLength(1);
    expect(scan.stories[0]!.primaries.map((primary) => primary.id)).toEqual(['good']);
  });

  test('reads a primary with no speaker label as one statement by its publisher, and says so when no one can be told', async () => {
    const told = await scanContent(
      storyWith(
        { 'statement.txt': 'On the reopening\nThe port reopens today.' },
        'statement:\n  publisher: "Port Authority"\n',
      ),
    );
    expect(told.problems).toEqual([]);
    expect(told.stories[0]!.primaries[0]!.turns.statement).toBe(true);

    const untold = await scanContent(storyWith({ 'statement.txt': 'On the reopening\nThe port reopens today.' }));
    expect(untold.problems.map((problem) => [problem.code, problem.severity])).toEqual([
      ['speaker-unknown', 'warning'],
    ]);
    expect(untold.problems[0]!.reason).toMatch(/add publisher:/u);
    expect(untold.stories[0]!.primaries).toHaveLength(1);
  });

  test('reads a statement whose title names its speaker as that person’s words', () => {
    const statement = primaryOf(
      'statement',
      'Statement from Minister Anna Okafor on the port\nWe reopen the port today.',
      {
        kind: 'statement',
        statement: true,
      },
    );
    const claim = quoteClaim('Anna Okafor', 'We reopen the port today.');
    expect(checkStory([articleOf([claim])], [statement]).checks.get(claim.id)?.verdict).toBe('verbatim');
  });

  // Five megabytes are read, parsed and checked: seconds, not the default five.
  test('reads a 5 MB transcript, turns and all, and checks a quote against it', { timeout: 60_000 }, async () => {
    const turn =
      'MS. OKAFOR:  The cranes arrive on the pier every morning, and the crews work until dark.\nQ    When do the ships leave?\n';
    const big = `Long briefing\n${turn.repeat(Math.ceil((5 * 1024 * 1024) / turn.length))}MS. OKAFOR:  We reopen the north quay today.`;
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    const scan = await scanContent(storyWith({ 'long.txt': big }));
    expect(scan.problems).toEqual([]);
    const [primary] = scan.stories[0]!.primaries;
    expect(primary!.turns.turns.filter((turn) => turn.question).length).toBeGreaterThan(40_000);
    const claim = quoteClaim('Anna Okafor', 'we reopen the north quay today');
    const long = primaryOf('long', big, { title: 'Briefing by Minister Anna Okafor', turns: primary!.turns.turns });
    expect(checkStory([articleOf([claim])], [long]).checks.get(claim.id)?.verdict).toBe('verbatim');
  });
});
