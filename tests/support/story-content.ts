/**
 * A story of the project's content as the site assembles it, for the check stage's tests: its
 * articles processed together and each person named as the story names them, its primaries read
 * with their turns (the loaders' own entry builders, then unifyPeople, as `assembleStory` does).
 */
import { fileURLToPath } from 'node:url';
import type { Article, Primary } from '../../src/lib/schemas.ts';
import { articleEntries, primaryEntry } from '../../src/loaders/entries.ts';
import { scanContent } from '../../src/loaders/scan-content.ts';
import { unifyPeople } from '../../src/pipeline/extract/people/story-people.ts';

const content = fileURLToPath(new URL('../../content/', import.meta.url)).replace(/\/$/u, '');

/** The articles and primaries of one story of `content/stories/`. */
export async function storyContent(storyId: string): Promise<{ articles: Article[]; primaries: Primary[] }> {
  const { stories } = await scanContent(content);
  const story = stories.find((entry) => entry.id === storyId);
  if (!story) throw new Error(`no story ${storyId} in content/stories/`);
  const loaded = articleEntries(storyId, story.articles);
  const claims = unifyPeople(loaded.flatMap((article) => article.claims));
  const articles = loaded.map((article) => ({
    ...article,
    claims: claims.filter((claim) => claim.articleId === article.id),
  }));
  return { articles, primaries: story.primaries.map((source) => primaryEntry(storyId, source)) };
}
