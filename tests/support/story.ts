/**
 * Stories for the view builders' tests, assembled as the site assembles them but without Astro:
 * the project's own stories read from content/, or a story made from a few lines of text.
 */
import { join } from 'node:path';
import { articleEntries, primaryEntry } from '../../src/loaders/entries.ts';
import { scanContent, type ScannedStory, type ScannedText } from '../../src/loaders/scan-content.ts';
import { readFrozenIds } from '../../src/site/published-ids.ts';
import { assembleStory, type Story } from '../../src/site/story.ts';
import { ROOT } from './astro.ts';

function fromScan(scanned: ScannedStory): Story {
  const { articles, primaries, folder: _, ...entry } = scanned;
  return assembleStory(
    { ...entry, primaryCount: primaries.length },
    articleEntries(scanned.id, articles),
    primaries.map((source) => primaryEntry(scanned.id, source)),
    [],
    readFrozenIds(join(ROOT, 'content/comparison-ids.json')),
  );
}

const project = scanContent(join(ROOT, 'content'));

/** One of the project's stories (content/stories/<id>/), with its published comparison ids. */
export async function projectStory(id: string): Promise<Story> {
  const scanned = (await project).stories.find((story) => story.id === id);
  if (!scanned) throw new Error(`no story ${id} in content/stories`);
  return fromScan(scanned);
}

/** A story made from articles given as text: id -> text, with optional facts as sources.yaml gives them. */
export function storyOf(id: string, articles: Record<string, { text: string; facts?: ScannedText['facts'] }>): Story {
  return assembleStory(
    { id, title: `Story ${id}`, titleDerived: false, period: null, summary: null, primaryCount: 0 },
    articleEntries(
      id,
      Object.entries(articles)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([articleId, { text, facts = {} }]) => ({
          id: articleId,
          slug: articleId,
          file: `stories/${id}/articles/${articleId}.txt`,
          text,
          bytes: Buffer.byteLength(text),
          facts,
        })),
    ),
    [],
    [],
    {},
  );
}
