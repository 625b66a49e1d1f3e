/**
 * The stories that have hand labels: `tests/fixtures/gold/<story>.json`, each named after its
 * folder `content/stories/<story>/`, with its articles read and extracted the way the site does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Claim } from '../../src/lib/schemas.ts';
import { decodeArticle } from '../../src/loaders/decode-text.ts';
import { unifyPeople } from '../../src/pipeline/extract/people/story-people.ts';
import { processStory } from '../../src/pipeline/process-story.ts';
import type { Gold } from './score-extraction.ts';

const GOLD = new URL('../../tests/fixtures/gold/', import.meta.url);
const STORIES = new URL('../../content/stories/', import.meta.url);

/** A labelled comparison: claims that must be grouped, figure values that must not join them. */
export interface GoldComparison {
  id: string;
  kind: 'figure' | 'quote';
  must: [string, number | string][];
  mustNot?: number[];
  verdict: 'agree' | 'differ' | 'partial' | 'single-source';
}

/** A story's hand labels, with the comparisons they expect. */
export type StoryGold = Gold & { comparisons?: GoldComparison[] };

/** The ids of every story with a labels file, in name order. */
export function labelledStories(): string[] {
  return readdirSync(GOLD)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** The hand labels of one story. */
export function storyGold(story: string): StoryGold {
  return JSON.parse(readFileSync(new URL(`${story}.json`, GOLD), 'utf8')) as StoryGold;
}

/** The article texts of one story (`content/stories/<story>/articles/*.txt`) by article id, in name order. */
export function storyTexts(story: string): [string, string][] {
  const folder = new URL(`${story}/articles/`, STORIES);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name): [string, string][] => {
      const decoded = decodeArticle(name, readFileSync(new URL(name, folder)));
      return decoded.ok ? [[name.slice(0, -'.txt'.length), decoded.text]] : [];
    });
}

/** Every claim of one story's articles, as the site has them: extracted per article, each person then named as the story names them. */
export function storyClaims(story: string): Claim[] {
  return unifyPeople(
    processStory(storyTexts(story).map(([id, text]) => ({ id, text }))).flatMap((article) => article.claims),
  );
}
