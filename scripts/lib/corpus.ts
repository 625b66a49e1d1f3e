/**
 * Generates a corpus of plausible article files from the seed articles, for benchmarks and
 * scale tests: each generated article is a seed with its paragraphs reordered, its numbers
 * scaled and its people renamed, so that no two are the same text.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = new URL('../../content/articles/', import.meta.url);
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

/** Writes a generated corpus into a fresh folder and returns the folder. */
export function writeCorpus(folder: string, count: number): string {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of generateCorpus(count)) writeFileSync(join(folder, name), text);
  return folder;
}
