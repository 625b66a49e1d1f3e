/**
 * Whole-site build at scale: generates content folders of 100, 1,000 and 5,000 articles in
 * stories of 20 (scripts/lib/corpus.ts: the project's articles with paragraphs reordered,
 * numbers scaled, people renamed), builds the site for each into tmp/bench-build/<n>/, and
 * prints wall time, peak memory, pages and dist/ size, with the time Astro spent in each stage,
 * and how the larger builds compare with the smaller (linear in the number of stories: x10).
 * The output folder is removed after it is measured (the corpus and build log stay), unless
 * --keep is given; a build is stopped when the disk has less than 5 GiB left or after 30 minutes
 * (BENCH_MAX_SECONDS).
 * Share cards are drawn into a card cache of each size's own (tmp/bench-build/<n>-share-cards/),
 * kept between runs as a site's is between builds: the first run draws every card, a second run
 * of the same size draws none. --cold-cards empties it first; each build says how many it drew.
 * Usage: npm run bench:build [-- 100 1000 5000] [--keep] [--cold-cards]
 *
 * With --primaries [MB] (default 1), it measures instead what checking against primary sources
 * costs: one story (the first story's articles) with MB megabytes of transcripts, built without
 * primaries, with them but the check turned off (NO_PRIMARY_CHECK=1: their pages and search
 * documents only), and with the check, and prints the share the check adds.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statfsSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { messageOf } from '../src/lib/errors.ts';
import { writePrimaryStory, writeStories } from './lib/corpus.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
// GNU time reports the peak resident set of the build (the largest of its waited-for processes).
const TIME = '/usr/bin/time';
const primariesAt = process.argv.indexOf('--primaries');
const sizes = process.argv
  .slice(2)
  .filter((_arg, index, args) => args[index - 1] !== '--repeat')
  .map(Number)
  .filter((n) => n > 0);
if (sizes.length === 0) sizes.push(100, 1000, 5000);
const primaryMiB = primariesAt === -1 ? null : (sizes[0] ?? 1);
const repeatAt = process.argv.indexOf('--repeat');
const repeat = repeatAt === -1 ? 3 : Number(process.argv[repeatAt + 1]);
const keep = process.argv.includes('--keep');
const coldCards = process.argv.includes('--cold-cards');
/** The share-card cache of one build's name, outside its work folder so that it outlives it. */
const cardCache = (name: string) => join(ROOT, 'tmp/bench-build', `${name}-share-cards`);
const MIN_FREE_BYTES = 5 * 1024 ** 3;
const MAX_SECONDS = Number(process.env.BENCH_MAX_SECONDS ?? 30 * 60);

interface Result {
  articles: number;
  stories: number;
  seconds: number;
  peakMiB: number | null;
  /** CPU seconds (user and system) of the build: less swayed than wall time by other work on the machine. */
  cpuSeconds: number | null;
  pages: number;
  files: number;
  distMiB: number;
  stages: string;
  /** Share cards drawn by this build (not found in the card cache). */
  cardsDrawn: number;
}

/** Total size and number of the files under a folder (none when it was never written). */
function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(folder)) return { bytes, files };
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Seconds of an Astro duration: "850ms", "5.15s" or "1m 44s". */
function seconds(text: string): number {
  const match = /(?:(\d+)m(?!s)\s*)?(?:([\d.]+)(ms|s))?/.exec(text.trim());
  if (!match) return NaN;
  return Number(match[1] ?? 0) * 60 + (match[3] === 'ms' ? Number(match[2]) / 1000 : Number(match[2] ?? 0));
}

/** The durations Astro prints for its stages, from the build log: content sync, page generation, the whole build. */
function stagesOf(log: string): string {
  const clock = (line: RegExp) => {
    const match = new RegExp(`^(\\d\\d):(\\d\\d):(\\d\\d) ${line.source}`, 'm').exec(log);
    return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : null;
  };
  const syncing = clock(/\[content\] Syncing content/);
  const synced = clock(/\[content\] Synced content/);
  const generated = /generating static routes[\s\S]*?✓ Completed in ([^.\n]+(?:\.\d+)?m?s)/.exec(log)?.[1];
  const parts = [
    syncing !== null && synced !== null ? `content ${synced - syncing} s` : null,
    generated ? `pages ${seconds(generated).toFixed(1)} s` : null,
  ];
  return parts.filter(Boolean).join(', ');
}

/** What to build: a folder name, the content it writes (returning its number of stories), and the environment to add. */
interface Build {
  name: string;
  articles: number;
  write: (content: string) => number;
  env?: Record<string, string>;
}

async function buildOnce({ name, articles, write, env: extra = {} }: Build): Promise<Result> {
  const work = join(ROOT, 'tmp/bench-build', name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const content = join(work, 'content');
  const stories = write(content);
  if (coldCards) rmSync(cardCache(name), { recursive: true, force: true });
  const cardsBefore = folderSize(cardCache(name)).files;
  const outDir = join(work, 'dist');
  const logPath = join(work, 'build.log');
  const timePath = join(work, 'time.txt');
  const env = {
    ...process.env,
    CONTENT_DIR: `${content}/`,
    ASTRO_OUT_DIR: outDir,
    ASTRO_CACHE_DIR: join(work, 'cache'),
    SHARE_CARD_CACHE: cardCache(name),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
  const useTime = existsSync(TIME);
  const [command, args] = useTime
    ? [TIME, ['-f', '%M %U %S', '-o', timePath, process.execPath, ASTRO, 'build']]
    : [process.execPath, [ASTRO, 'build']];
  const log = openSync(logPath, 'w');
  const start = performance.now();
  let stopped = '';
  const status = await new Promise<number | null>((resolve, reject) => {
    // In its own process group, so that stopping it stops Astro too, not only /usr/bin/time.
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', log, log], detached: true });
    // A build whose output grows faster than linearly can fill the disk: stop it first.
    const watchdog = setInterval(() => {
      const { bavail, bsize } = statfsSync(work);
      if (bavail * bsize < MIN_FREE_BYTES) stopped = 'less than 5 GiB of disk left';
      else if (performance.now() - start > MAX_SECONDS * 1000) stopped = `over ${MAX_SECONDS / 60} minutes`;
      if (stopped && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    }, 2000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(watchdog);
      resolve(code);
    });
  });
  const seconds = (performance.now() - start) / 1000;
  closeSync(log);
  const text = readFileSync(logPath, 'utf8');
  if (stopped) {
    const { bytes, files } = folderSize(outDir);
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(
      `stopped after ${seconds.toFixed(0)} s: ${stopped} (${files.toLocaleString('en-US')} files, ${(bytes / 1024 ** 3).toFixed(1)} GiB written)`,
    );
  }
  if (status !== 0)
    throw new Error(`the build of ${articles} articles failed (exit ${status}); see ${logPath}\n${text.slice(-2000)}`);
  const [peakKiB = NaN, user = NaN, system = NaN] = useTime
    ? readFileSync(timePath, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number)
    : [];
  const { bytes, files } = folderSize(outDir);
  const pages = Number(/(\d+) page\(s\) built/.exec(text)?.[1] ?? 0);
  if (!keep) rmSync(outDir, { recursive: true, force: true });
  return {
    articles,
    stories,
    seconds,
    peakMiB: Number.isFinite(peakKiB) ? peakKiB / 1024 : null,
    cpuSeconds: Number.isFinite(user + system) ? user + system : null,
    pages,
    files,
    distMiB: bytes / 1024 / 1024,
    stages: stagesOf(text),
    cardsDrawn: folderSize(cardCache(name)).files - cardsBefore,
  };
}

function report(result: Result): void {
  console.log(
    `${result.seconds.toFixed(1)} s wall${result.cpuSeconds === null ? '' : ` (${result.cpuSeconds.toFixed(1)} s CPU)`}, ${result.peakMiB === null ? 'peak memory unknown (no /usr/bin/time)' : `${result.peakMiB.toFixed(0)} MiB peak`}, ` +
      `${result.pages.toLocaleString('en-US')} pages, ${result.files.toLocaleString('en-US')} files, dist ${result.distMiB.toFixed(1)} MiB (${result.stages}), ${result.cardsDrawn.toLocaleString('en-US')} share cards drawn`,
  );
}

if (primaryMiB !== null) {
  const bytes = Math.round(primaryMiB * 1024 * 1024);
  let written = 0;
  const withPrimaries = (content: string) => {
    written = writePrimaryStory(content, bytes);
    return 1;
  };
  const builds: Build[] = [
    { name: 'primaries-none', articles: 5, write: (content) => (writePrimaryStory(content, 0), 1) },
    { name: 'primaries-unchecked', articles: 5, write: withPrimaries, env: { NO_PRIMARY_CHECK: '1' } },
    { name: 'primaries-checked', articles: 5, write: withPrimaries },
  ];
  const runs: Result[][] = builds.map(() => []);
  for (let round = 0; round < repeat; round++)
    for (const [index, build] of builds.entries()) {
      process.stdout.write(`building one story of 5 articles, ${build.name.replace('primaries-', 'primaries: ')} ... `);
      try {
        runs[index]!.push(await buildOnce(build));
      } catch (error) {
        console.log(messageOf(error));
        process.exit(1);
      }
      report(runs[index]!.at(-1)!);
    }
  // CPU time where /usr/bin/time gives it (wall time swings with the machine's other work), else wall time.
  const cost = (result: Result) => result.cpuSeconds ?? result.seconds;
  const unit = runs[0]![0]!.cpuSeconds === null ? 's wall' : 's CPU';
  const fastest = runs.map((results) => results.reduce((a, b) => (cost(b) < cost(a) ? b : a)));
  const [none, unchecked, checked] = fastest as [Result, Result, Result];
  console.log(
    `least of ${repeat}: none ${cost(none).toFixed(1)} ${unit} (${none.seconds.toFixed(1)} s wall), unchecked ${cost(unchecked).toFixed(1)} ${unit} (${unchecked.seconds.toFixed(1)} s wall), checked ${cost(checked).toFixed(1)} ${unit} (${checked.seconds.toFixed(1)} s wall)`,
  );
  console.log(
    `${(written / 1024 / 1024).toFixed(2)} MiB of transcripts: the check adds ${(cost(checked) - cost(unchecked)).toFixed(1)} ${unit}, ` +
      `${((cost(checked) / cost(unchecked) - 1) * 100).toFixed(0)}% of the build without it (target: at most 20%); ` +
      `primaries in all (pages, search, check) add ${((cost(checked) / cost(none) - 1) * 100).toFixed(0)}% to the story without them`,
  );
  process.exit(0);
}

const results: Result[] = [];
for (const articles of sizes) {
  process.stdout.write(`building ${articles.toLocaleString('en-US')} articles (stories of 20) ... `);
  let result: Result;
  try {
    result = await buildOnce({ name: String(articles), articles, write: (content) => writeStories(content, articles) });
  } catch (error) {
    console.log(messageOf(error));
    process.exitCode = 1;
    break;
  }
  results.push(result);
  report(result);
}

for (const [a, b] of results.slice(1).map((result, index) => [results[index]!, result] as const)) {
  console.log(
    `${b.articles.toLocaleString('en-US')} / ${a.articles.toLocaleString('en-US')} articles (${b.stories} / ${a.stories} stories): time x${(b.seconds / a.seconds).toFixed(2)}, peak memory x${b.peakMiB && a.peakMiB ? (b.peakMiB / a.peakMiB).toFixed(2) : '?'}, ` +
      `pages x${(b.pages / a.pages).toFixed(2)}, dist x${(b.distMiB / a.distMiB).toFixed(2)} (linear: x${(b.articles / a.articles).toFixed(0)})`,
  );
}
const large = results.find((result) => result.articles === 1000);
if (large) {
  const ok = large.seconds < 60 && (large.peakMiB ?? 0) < 2048;
  console.log(`target for 1,000 articles (under 60 s and 2 GiB): ${ok ? 'met' : 'NOT met'}`);
}
