/** The claims of the project's articles, extracted by the pipeline, for tests that score them. */
import { readFileSync, readdirSync } from 'node:fs';
import type { Claim } from '../../src/lib/schemas.ts';
import { decodeArticle } from '../../src/loaders/decode-text.ts';
import { processArticle } from '../../src/pipeline/process-article.ts';
import type { Gold } from '../../scripts/lib/score-extraction.ts';

const folder = new URL('../../content/stories/north-korean-troops-in-russia/articles/', import.meta.url);

/** Every claim of every article of the first story (north-korean-troops-in-russia). */
export function seedClaims(): Claim[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => {
      const decoded = decodeArticle(name, readFileSync(new URL(name, folder)));
      return decoded.ok ? processArticle(name.slice(0, -4), decoded.text).claims : [];
    });
}

/** The hand labels (a copy of the shared gold file, kept in the repo). */
export function gold(): Gold & { comparisons: GoldComparison[] } {
  return JSON.parse(readFileSync(new URL('../fixtures/gold/seeds.json', import.meta.url), 'utf8')) as Gold & {
    comparisons: GoldComparison[];
  };
}

/** A labelled comparison: claims that must be grouped, figure values that must not join them. */
export interface GoldComparison {
  id: string;
  kind: 'figure' | 'quote';
  must: [string, number | string][];
  mustNot?: number[];
  verdict: 'agree' | 'differ' | 'single-source';
}
