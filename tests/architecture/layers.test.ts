/**
 * The layers point one way (README, Architecture): shared types and utilities at the bottom
 * (src/lib), pipeline stages above them, the assembly of the site above those, pages and
 * components on top. Code that ships to the browser imports nothing only the build needs, and
 * scripts never import tests. Read from the import statements of every file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every .ts and .astro file under a folder, relative to the project. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** The project files a file imports (relative imports, resolved), and the packages it imports. */
function importsOf(file: string): { local: string[]; packages: string[] } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm)].map(
    (match) => match[1] ?? match[2]!,
  );
  return {
    local: specifiers.filter((s) => s.startsWith('.')).map((s) => relative(ROOT, resolve(ROOT, dirname(file), s))),
    packages: specifiers.filter((s) => !s.startsWith('.')),
  };
}

/** Files of `from` that import a project file outside `allowed`, as "file -> import". */
function violations(from: string[], allowed: (path: string) => boolean): string[] {
  return from.flatMap((file) =>
    importsOf(file)
      .local.filter((path) => !allowed(path))
      .map((path) => `${file} -> ${path}`),
  );
}

const under =
  (...folders: string[]) =>
  (path: string) =>
    folders.some((folder) => path.startsWith(`${folder}/`));
const STAGES = ['parse', 'extract', 'compare', 'check', 'render'] as const;

describe('the layers', () => {
  test('src/lib imports nothing from above it', () => {
    expect(violations(filesUnder('src/lib'), under('src/lib'))).toEqual([]);
  });

  test('the pipeline imports only src/lib and its own stages', () => {
    expect(violations(filesUnder('src/pipeline'), under('src/lib', 'src/pipeline'))).toEqual([]);
  });

  test('a pipeline stage imports no stage after it (parse, extract, compare, check, render: render may read any)', () => {
    const found = STAGES.flatMap((stage, index) =>
      violations(
        filesUnder(`src/pipeline/${stage}`),
        (path) =>
          !path.startsWith('src/pipeline/') ||
          !STAGES.slice(index + 1).some((later) => path.startsWith(`src/pipeline/${later}/`)),
      ),
    );
    expect(found).toEqual([]);
  });

  test('the site assembly imports only the layers below it', () => {
    expect(violations(filesUnder('src/site'), under('src/lib', 'src/pipeline', 'src/site'))).toEqual([]);
  });

  test('loaders read files and run the pipeline, and import nothing of the site or pages', () => {
    expect(violations(filesUnder('src/loaders'), under('src/lib', 'src/pipeline', 'src/loaders'))).toEqual([]);
  });

  test('browser code (src/scripts, src/lib/search) imports only browser-safe modules of src/lib, and no Node API', () => {
    const browser = [...filesUnder('src/scripts'), ...filesUnder('src/lib/search')];
    expect(violations(browser, under('src/lib', 'src/scripts'))).toEqual([]);
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const path of importsOf(file).local) visit(path);
    };
    for (const file of browser) visit(file);
    const node = [...reached].filter((file) => importsOf(file).packages.some((name) => name.startsWith('node:')));
    expect(node).toEqual([]);
  });

  test('scripts never import tests', () => {
    expect(violations(filesUnder('scripts'), (path) => !path.startsWith('tests/'))).toEqual([]);
  });
});
