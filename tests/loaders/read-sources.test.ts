import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSources } from '../../src/loaders/read-sources.ts';
import { readStory, titleFromFolder } from '../../src/loaders/read-story.ts';

function file(text: string, name = 'sources.yaml'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'yaml-')), name);
  writeFileSync(path, text);
  return path;
}
const at = { file: 'stories/s/sources.yaml', storyId: 's' };

describe('readSources', () => {
  test('reads outlet, url, date, language and wire per article, and a primary source’s facts', async () => {
    const path = file(
      'a:\n  outlet: The Paper\n  url: https://example.org/a\n  published: 2024-10-23\n  language: en\n  wire: Associated Press\n' +
        'brief:\n  title: "Briefing"\n  kind: transcript\n  publisher: The Ministry\n  partial: true\n',
    );
    const { facts, problems } = await readSources(path, at);
    expect(problems).toEqual([]);
    expect(facts.get('a')).toEqual({
      outlet: 'The Paper',
      url: 'https://example.org/a',
      published: '2024-10-23',
      language: 'en',
      wire: 'Associated Press',
    });
    expect(facts.get('brief')).toEqual({
      title: 'Briefing',
      kind: 'transcript',
      publisher: 'The Ministry',
      partial: true,
    });
  });

  test('a missing file means no facts and no problem', async () => {
    const { facts, problems } = await readSources('/nonexistent/sources.yaml', at);
    expect([facts.size, problems]).toEqual([0, []]);
  });

  test('ignores a value of the wrong kind with a message naming the file, key, field and line, and keeps the rest', async () => {
    const path = file('a:\n  outlet: Good\n  url: javascript:alert(1)\n  published: last Tuesday\n  language: en\n');
    const { facts, problems } = await readSources(path, at);
    expect(facts.get('a')).toEqual({ outlet: 'Good', language: 'en' });
    expect(problems.map((problem) => [problem.line, problem.severity, problem.reason])).toEqual([
      [3, 'warning', expect.stringMatching(/^ignored "url" of "a": not a web address.*https:\/\//)],
      [4, 'warning', expect.stringMatching(/^ignored "published" of "a": not an ISO 8601 date/)],
    ]);
    expect(problems[0]!.file).toBe('stories/s/sources.yaml');
  });

  test('reports an unknown field, so that typos are noticed', async () => {
    const { facts, problems } = await readSources(file('a:\n  outelt: Typo\n  outlet: Right\n'), at);
    expect(facts.get('a')).toEqual({ outlet: 'Right' });
    expect(problems[0]).toMatchObject({ line: 2, code: 'unknown-field' });
    expect(problems[0]!.reason).toContain('"outelt" of "a"');
  });

  test('reports malformed YAML with its line instead of failing', async () => {
    const { facts, problems } = await readSources(file('a:\n  outlet: "unclosed\nb: [\n'), at);
    expect(facts.size).toBe(0);
    expect(problems[0]).toMatchObject({ code: 'bad-yaml', severity: 'warning' });
    expect(problems[0]!.line).toBeGreaterThan(0);
  });
});

describe('readStory', () => {
  const storyAt = { file: 'stories/s/story.yaml', storyId: 's' };

  test('reads title, period and summary', async () => {
    const story = await readStory(file('title: T\nperiod: May 2025\nsummary: S.\n', 'story.yaml'), storyAt, 's');
    expect(story).toEqual({ title: 'T', titleDerived: false, period: 'May 2025', summary: 'S.', problems: [] });
  });

  test('without a story.yaml, takes the title from the folder name and says so', async () => {
    const story = await readStory('/nonexistent/story.yaml', storyAt, 'storm-season_2025');
    expect(story).toMatchObject({ title: 'Storm season 2025', titleDerived: true, period: null, summary: null });
    expect(story.problems).toMatchObject([{ code: 'no-story-yaml', severity: 'warning' }]);
  });

  test('turns a folder name into a readable title', () => {
    expect(titleFromFolder('hurricane-helene-2024')).toBe('Hurricane helene 2024');
  });
});
