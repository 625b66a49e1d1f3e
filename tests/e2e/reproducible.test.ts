/**
 * Reproducible builds: two builds of the same articles produce byte-identical files, so that a
 * deploy diff shows only real changes. The two builds run side by side under a different time
 * zone and locale, the settings most likely to leak into output (dates, number formats, sort order).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, projectContent, SEED_STORY, type SiteBuild } from '../support/site-build.ts';

const hashes = (build: SiteBuild) =>
  new Map(
    [...build.files()].map(([path, file]) => [path, createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );

/** Where two versions of a file first differ, with some context, to say why. */
function firstDifference(a: string, b: string): string {
  let index = 0;
  while (index < a.length && a[index] === b[index]) index++;
  return `at ${index}: …${a.slice(Math.max(0, index - 60), index + 60)}… vs …${b.slice(Math.max(0, index - 60), index + 60)}…`;
}

const LOCALE_NAMES = [
  'Names from the north',
  'Zoe Adams said: "We will open the harbour at Malmö in the spring."',
  'Östen Berg said: "The ferries to Åland will run every day in the summer."',
  'Ärla Lund said: "Ölands bridge will close for repairs."',
  '',
].join('\n');

let first: SiteBuild;
let second: SiteBuild;

beforeAll(async () => {
  // The project's stories, and one article whose names sort differently by locale (Ö after Z in Swedish).
  const files = new Map([...projectContent(), [`stories/${SEED_STORY}/articles/locale-names.txt`, LOCALE_NAMES]]);
  [first, second] = await Promise.all([
    buildSite(files, { name: 'reproducible-a', env: { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } }),
    // Files written in the other order, far east of UTC, in a locale that sorts and formats differently.
    buildSite(new Map([...files].reverse()), {
      name: 'reproducible-b',
      env: { TZ: 'Pacific/Kiritimati', LANG: 'sv_SE.UTF-8', LC_ALL: 'sv_SE.UTF-8' },
    }),
  ]);
}, 120_000);

afterAll(() => {
  first.remove();
  second.remove();
});

describe('two builds of the same content', () => {
  test('both succeed', () => {
    expect(first.status, first.log).toBe(0);
    expect(second.status, second.log).toBe(0);
  });

  test('write the same files', () => {
    expect([...second.files().keys()]).toEqual([...first.files().keys()]);
    expect(first.files().size).toBeGreaterThan(100);
  });

  test('write every file with the same bytes', () => {
    const [a, b] = [hashes(first), hashes(second)];
    const differing = [...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path);
    const explained = differing
      .slice(0, 5)
      .map(
        (path) =>
          `${path} ${firstDifference(readFileSync(join(first.outDir, path), 'utf8'), readFileSync(join(second.outDir, path), 'utf8'))}`,
      );
    expect(explained).toEqual([]);
  });
});
