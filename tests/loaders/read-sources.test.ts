import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSources } from '../../src/loaders/read-sources.ts';

function sourcesFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sources-')), 'sources.yaml');
  writeFileSync(path, text);
  return path;
}

describe('readSources', () => {
  test('reads outlet, url, date and language per article id', async () => {
    const path = sourcesFile(
      'a:\n  outlet: The Paper\n  url: https://example.org/a\n  published: 2024-10-23\n  language: en\n',
    );
    const { meta, warnings } = await readSources(path, 'sources.yaml');
    expect(warnings).toEqual([]);
    expect(meta.get('a')).toEqual({
      outlet: 'The Paper',
      url: 'https://example.org/a',
      published: '2024-10-23',
      language: 'en',
    });
  });

  test('a missing file means no metadata and no warning', async () => {
    expect(await readSources('/nonexistent/sources.yaml', 'sources.yaml')).toEqual({ meta: new Map(), warnings: [] });
  });

  test('ignores a bad entry with a warning naming its line, and keeps the others', async () => {
    const path = sourcesFile('a:\n  outlet: Good\nb:\n  published: last Tuesday\n');
    const { meta, warnings } = await readSources(path, 'sources.yaml');
    expect([...meta.keys()]).toEqual(['a']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^sources\.yaml:3: ignored the entry for "b": published: /);
  });

  test('reports malformed YAML with its line instead of failing', async () => {
    const { meta, warnings } = await readSources(sourcesFile('a:\n  outlet: "unclosed\nb: [\n'), 'sources.yaml');
    expect(meta.size).toBe(0);
    expect(warnings[0]).toMatch(/^sources\.yaml:\d+: ignored: /);
  });

  test('rejects unknown fields so that typos are noticed', async () => {
    const { warnings } = await readSources(sourcesFile('a:\n  outelt: Typo\n'), 'sources.yaml');
    expect(warnings[0]).toContain('"a"');
  });
});
