/**
 * Fixture folders: each case is a folder holding `input.txt` and `expected.json`.
 * `UPDATE=1 npm test` rewrites every `expected.json` from the current output, for review as a diff.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

/** Runs `produce` on every case folder below `folder` and compares with its `expected.json`. */
export function fixtureCases(folder: URL, produce: (input: string, name: string) => unknown): void {
  const root = fileURLToPath(folder);
  const cases = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of cases) {
    test(`${name.replaceAll('-', ' ')} matches its expected output`, () => {
      const input = readFileSync(join(root, name, 'input.txt'), 'utf8');
      const actual: unknown = JSON.parse(JSON.stringify(produce(input, name)));
      const expectedPath = join(root, name, 'expected.json');
      if (process.env.UPDATE === '1') writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      if (!existsSync(expectedPath))
        throw new Error(`${name}/expected.json is missing: run with UPDATE=1, then review it`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
}
