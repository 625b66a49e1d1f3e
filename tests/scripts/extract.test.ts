import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { exportedClaimSchema } from '../../src/lib/export-schema.ts';

const root = new URL('../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a file into the test folder and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs `npm run extract -- ...files` as a process (the same Node that runs the tests). */
function extract(...files: string[]) {
  const run = spawnSync(process.execPath, ['scripts/extract.ts', ...files], { cwd: root, encoding: 'utf8' });
  const lines = run.stdout.split('\n').filter((line) => line !== '');
  return {
    status: run.status,
    stderr: run.stderr,
    claims: lines.map((line) => exportedClaimSchema.parse(JSON.parse(line))),
  };
}

const report = file(
  'city-report.txt',
  'Floods reach the capital\nMayor Anna Berg said 1,200 homes were flooded in Tripoli on Monday.\n"We need pumps," she said.\n',
);
const neighbours = file('neighbours.txt', 'Aid convoys left Beirut and Sidon for the north on Tuesday.\n');

// Each test starts the command, which loads the gazetteer: seconds on a loaded machine.
describe('npm run extract', { timeout: 60_000 }, () => {
  test('prints every claim of an article as one JSON line in the export shape, with the file name as article id', () => {
    const { status, claims, stderr } = extract(report);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(new Set(claims.map((claim) => claim.kind))).toEqual(new Set(['figure', 'quote', 'place', 'person']));
    const lines = readFileSync(report, 'utf8').split('\n');
    for (const claim of claims) {
      expect(claim.articleId).toBe('city-report');
      expect(lines[claim.line]!.slice(claim.start, claim.end)).toBe(claim.text);
      expect(claim.permalink).toBe(`/articles/city-report/#${claim.id}`);
    }
  });

  test('reads its files as the articles of one story: a name is read with the places of the others', () => {
    const place = (claims: ReturnType<typeof extract>['claims']) =>
      claims.find((claim) => claim.kind === 'place' && claim.text === 'Tripoli');
    const alone = place(extract(report).claims);
    const together = place(extract(report, neighbours).claims);
    // Alone, Tripoli is the capital of Libya; beside Beirut and Sidon, the Lebanese city.
    expect(alone).toMatchObject({ lat: expect.closeTo(32.9, 0) as number, lon: expect.closeTo(13.2, 0) as number });
    expect(together).toMatchObject({ lat: expect.closeTo(34.4, 0) as number, lon: expect.closeTo(35.8, 0) as number });
    expect(together?.id).toBe(alone?.id);
  });

  test('names each file it cannot read on stderr, reads the others, and fails', () => {
    mkdirSync(join(dir, 'folder.txt'), { recursive: true });
    const bad = [
      join(dir, 'missing.txt'),
      file('empty.txt', ''),
      file('binary.txt', new Uint8Array([0x41, 0x00, 0x42])),
      file('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])),
      file('huge.txt', 'a'.repeat(1024 * 1024 + 1)),
      join(dir, 'folder.txt'),
    ];
    mkdirSync(join(dir, 'other'), { recursive: true });
    const sameId = file('other/city-report.txt', 'Another report with the same file name\n');
    const { status, claims, stderr } = extract(bad[0]!, report, ...bad.slice(1), sameId);
    expect(status).toBe(1);
    expect(claims.length).toBeGreaterThan(0);
    expect(new Set(claims.map((claim) => claim.articleId))).toEqual(new Set(['city-report']));
    const messages = stderr.trim().split('\n');
    expect(messages).toHaveLength(bad.length + 1);
    for (const path of [...bad, sameId]) expect(messages.some((message) => message.startsWith(path))).toBe(true);
    expect(stderr).toMatch(/no such file/);
    expect(stderr).toMatch(/empty/);
    expect(stderr).toMatch(/NUL byte/);
    expect(stderr).toMatch(/not valid UTF-8/);
    expect(stderr).toMatch(/over the 1,024 KiB limit/);
    expect(stderr).toMatch(/same as that of/);
  });

  test('says how to use it when given no file', () => {
    const { status, stderr } = extract();
    expect(status).toBe(2);
    expect(stderr).toMatch(/Usage: npm run extract -- FILE/);
  });
});
