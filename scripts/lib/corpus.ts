/**
 * Generates a corpus of plausible article files from the project's articles, for benchmarks and
 * scale tests: each generated article is a seed with its paragraphs reordered, its numbers
 * scaled and its people renamed, so that no two are the same text. `writeStories` groups them
 * in story folders, as an editor would, and `generatedStory` names each story.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STORIES = new URL('../../content/stories/', import.meta.url);
const SEEDS = new URL('north-korean-troops-in-russia/articles/', STORIES);
const NAMES = [
  'Maria Lopez',
  'Kenji Sato',
  'Amara Okafor',
  'Lukas Novak',
  'Priya Raman',
  'Tomas Berg',
  'Leila Haddad',
  'Ivan Petrov',
];

/** The seed articles' texts, in file name order. */
export function seedTexts(): string[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(new URL(name, SEEDS), 'utf8'));
}

/** A small deterministic pseudo-random generator (mulberry32), so corpora are the same on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One varied article made from a seed text. */
export function varyArticle(text: string, index: number): string {
  const next = random(index + 1);
  const lines = text.split('\n');
  const [first = '', ...rest] = lines;
  // Keep the first line (often the headline) first; shuffle pairs of later paragraphs.
  for (let i = rest.length - 1; i > 0; i--) {
    if (next() < 0.3) {
      const j = Math.floor(next() * (i + 1));
      [rest[i], rest[j]] = [rest[j]!, rest[i]!];
    }
  }
  const factor = 1 + Math.floor(next() * 9);
  const name = NAMES[index % NAMES.length]!;
  return [first, ...rest]
    .join('\n')
    .replace(/\b\d{1,3}(,\d{3})+\b/g, (number) => (Number(number.replace(/,/g, '')) * factor).toLocaleString('en-US'))
    .replace(/\bAustin\b/g, name.split(' ')[1]!)
    .replace(/\bLloyd\b/g, name.split(' ')[0]!);
}

/** `count` varied articles, cycling through the seeds: [file name, text] pairs. */
export function generateCorpus(count: number): [string, string][] {
  const seeds = seedTexts();
  return Array.from({ length: count }, (_, index) => [
    `gen-${String(index).padStart(6, '0')}.txt`,
    varyArticle(seeds[index % seeds.length]!, index),
  ]);
}

/** The articles of every story of the project, in path order: the seeds of generated stories. */
function allSeedTexts(): string[] {
  return readdirSync(STORIES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((story) => {
      const folder = new URL(`${story}/articles/`, STORIES);
      return readdirSync(folder)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => readFileSync(new URL(name, folder), 'utf8'));
    });
}

/** Articles per generated story, as benchmarks group them unless told otherwise. */
export const PER_STORY = 20;

/** What generated stories are about: titles as long as real ones, naming no one. */
const TOPICS = [
  'troop numbers, and who gives them',
  'relief supplies counted day by day',
  'what officials said, and how it was quoted',
  'a ceasefire that holds in some places',
  'the cost of the damage, estimate by estimate',
];

/** The id, title and period of the generated story numbered `story` (from 0). */
export function generatedStory(story: number): { id: string; title: string; period: string } {
  return {
    id: `generated-story-${String(story + 1).padStart(4, '0')}`,
    title: `Generated story ${story + 1}: ${TOPICS[story % TOPICS.length]!}`,
    period: `${['January', 'June', 'October'][story % 3]!} ${2000 + (story % 25)}`,
  };
}

/**
 * Writes a content folder of generated stories, `perStory` articles each (the last may have
 * fewer), with a story.yaml each, and returns the number of stories. Each story draws its
 * articles from one seed story's worth of texts, so stories differ as real ones do.
 */
export function writeStories(content: string, articles: number, perStory = PER_STORY): number {
  rmSync(content, { recursive: true, force: true });
  const seeds = allSeedTexts();
  const stories = Math.ceil(articles / perStory);
  for (let story = 0; story < stories; story++) {
    const { id, title, period } = generatedStory(story);
    const folder = join(content, 'stories', id);
    mkdirSync(join(folder, 'articles'), { recursive: true });
    writeFileSync(
      join(folder, 'story.yaml'),
      `title: "${title}"\nperiod: ${period}\nsummary: Articles made from the project's stories, for benchmarks.\n`,
    );
    for (let n = 0; n < perStory && story * perStory + n < articles; n++) {
      const index = story * perStory + n;
      writeFileSync(
        join(folder, 'articles', `gen-${String(index).padStart(6, '0')}.txt`),
        varyArticle(seeds[index % seeds.length]!, index),
      );
    }
  }
  return stories;
}

/**
 * Writes a content folder of one story for the primary-source benchmark: the first story's
 * articles, sources and title, and `bytes` of primary sources made from both stories' real
 * transcripts (each copy with its numbers scaled, so that no two are the same text), with their
 * facts in sources.yaml. With `bytes` 0 the story has no primaries. Returns the bytes written.
 */
export function writePrimaryStory(content: string, bytes: number): number {
  rmSync(content, { recursive: true, force: true });
  const seed = new URL('north-korean-troops-in-russia/', STORIES);
  const folder = join(content, 'stories', 'primary-benchmark');
  mkdirSync(join(folder, 'articles'), { recursive: true });
  mkdirSync(join(folder, 'primary'), { recursive: true });
  writeFileSync(join(folder, 'story.yaml'), readFileSync(new URL('story.yaml', seed)));
  for (const name of readdirSync(new URL('articles/', seed)).filter((file) => file.endsWith('.txt')))
    writeFileSync(join(folder, 'articles', name), readFileSync(new URL(`articles/${name}`, seed)));
  // The articles' facts, without the seed primaries' (their files are not copied under those names).
  const facts = readFileSync(new URL('sources.yaml', seed), 'utf8').split(/\n(?=# Primary sources)/u)[0]!;
  const transcripts = readdirSync(STORIES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const primaries = new URL(`${entry.name}/primary/`, STORIES);
      return readdirSync(primaries)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => ({ name: name.slice(0, -4), text: readFileSync(new URL(name, primaries), 'utf8') }));
    });
  const entries: string[] = [];
  let written = 0;
  for (let copy = 0; written < bytes; copy++) {
    const { name, text } = transcripts[copy % transcripts.length]!;
    const factor = 1 + (copy % 9);
    const id = `${name}-${String(copy).padStart(4, '0')}`;
    const varied = text.replace(/\b\d{1,3}(,\d{3})+\b/g, (number) =>
      (Number(number.replace(/,/g, '')) * factor).toLocaleString('en-US'),
    );
    writeFileSync(join(folder, 'primary', `${id}.txt`), varied);
    written += Buffer.byteLength(varied);
    entries.push(
      `${id}:\n  kind: transcript\n  publisher: "U.S. Government"\n  published: "2024-10-${String(20 + (copy % 10)).padStart(2, '0')}"\n`,
    );
  }
  writeFileSync(join(folder, 'sources.yaml'), `${facts}\n${entries.join('')}`);
  return written;
}
