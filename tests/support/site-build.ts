/**
 * Builds a second site from another content folder, side by side with `dist/`: each build gets
 * its own content folder, output folder and cache folder under a fresh folder in tmp/.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { astroSpawn, ROOT } from './astro.ts';

/** The story whose articles the tests use as seeds. */
export const SEED_STORY = 'north-korean-troops-in-russia';

/** The articles of a story shipped with the project: file name -> bytes, in name order. */
export function seedArticles(story = SEED_STORY): Map<string, Buffer> {
  const folder = join(ROOT, 'content/stories', story, 'articles');
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  return new Map(names.map((name) => [name, readFileSync(join(folder, name))]));
}

/** Every file of the project's content folder: path relative to it -> bytes, in path order. */
export function projectContent(): ContentFiles {
  return new Map([...listFiles(join(ROOT, 'content'))].map(([path, full]) => [path, readFileSync(full)]));
}

/** A finished build of one content folder. */
export interface SiteBuild {
  /** The temporary folder holding `content/`, `dist/` and `cache/`. */
  work: string;
  outDir: string;
  /** Exit status of `astro build`. */
  status: number | null;
  /** stdout and stderr of the build. */
  log: string;
  /** The HTML of a page, e.g. `page('articles/x')` reads `articles/x/index.html`. */
  page(path: string): string;
  /** Every file of the build: path relative to `outDir` (with `/`) -> absolute path. */
  files(): Map<string, string>;
  /** Removes the temporary folder. */
  remove(): void;
}

/** Options for one build. */
export interface BuildOptions {
  /** A name for the temporary folder. */
  name?: string;
  /** Extra environment for `astro build` (e.g. TZ, LANG). */
  env?: Record<string, string | undefined>;
}

/** A content folder's files: path relative to it (`stories/<story>/articles/a.txt`) -> content. */
export type ContentFiles = Map<string, string | Uint8Array>;

/**
 * The files of one story: its articles (file name -> content) under `stories/<id>/articles/`,
 * and any other files of the folder (`story.yaml`, `sources.yaml`, `primary/x.txt`) by their
 * path inside it.
 */
export function storyFiles(
  id: string,
  articles: ReadonlyMap<string, string | Uint8Array>,
  others: Record<string, string | Uint8Array> = {},
): ContentFiles {
  return new Map([
    ...[...articles].map(([name, content]) => [`stories/${id}/articles/${name}`, content] as const),
    ...Object.entries(others).map(([path, content]) => [`stories/${id}/${path}`, content] as const),
  ]);
}

function listFiles(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(relative(folder, full).split('\\').join('/'), full);
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// Builds run one at a time: every build of the project writes the same `.astro/` folder
// (content-assets.mjs and the like), and two at once can rename the same file under each other.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Writes the content files into a fresh content folder and runs `astro build` on it, with no
 * published ids unless the files hold them. Builds asked for together run one after another.
 */
export function buildSite(files: ContentFiles, options: BuildOptions = {}): Promise<SiteBuild> {
  const build = queue.then(() => buildNow(files, options));
  queue = build.catch(() => undefined);
  return build;
}

async function buildNow(files: ContentFiles, options: BuildOptions): Promise<SiteBuild> {
  // Inside the project (tmp/ is ignored by git): Astro writes its prerender chunks into the output
  // folder only when that is under the working directory, and otherwise into the shared
  // `.astro/.prerender/`, where two builds at once would overwrite each other's chunks.
  mkdirSync(join(ROOT, 'tmp/site-builds'), { recursive: true });
  const work = mkdtempSync(join(ROOT, 'tmp/site-builds', `${options.name ?? 'site'}-`));
  const folder = join(work, 'content');
  const outDir = join(work, 'dist');
  for (const [path, content] of files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  mkdirSync(folder, { recursive: true });
  const child = astroSpawn(['build'], {
    CONTENT_DIR: `${folder}/`,
    ASTRO_OUT_DIR: outDir,
    ASTRO_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
  });
  let log = '';
  // Decoded as a stream, so that a character split between two chunks stays whole.
  for (const stream of [child.stdout, child.stderr])
    stream?.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  return {
    work,
    outDir,
    status,
    log,
    page: (path) => readFileSync(join(outDir, path, 'index.html'), 'utf8'),
    files: () => (statSync(outDir, { throwIfNoEntry: false })?.isDirectory() ? listFiles(outDir) : new Map()),
    remove: () => {
      rmSync(work, { recursive: true, force: true });
    },
  };
}
