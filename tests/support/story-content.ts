/** A story of the project's content as the site assembles it: articles processed, primaries read with their turns. */
import { fileURLToPath } from 'node:url';
import type { Primary } from '../../src/lib/schemas.ts';
import { scanContent } from '../../src/loaders/scan-content.ts';
import type { CheckedArticle } from '../../src/pipeline/check/check-story.ts';
import { processArticle } from '../../src/pipeline/process-article.ts';

const content = fileURLToPath(new URL('../../content/', import.meta.url)).replace(/\/$/u, '');

/** The articles and primaries of one story of `content/stories/`. */
export async function storyContent(storyId: string): Promise<{ articles: CheckedArticle[]; primaries: Primary[] }> {
  const { stories } = await scanContent(content);
  const story = stories.find((entry) => entry.id === storyId);
  if (!story) throw new Error(`no story ${storyId} in content/stories/`);
  const articles = story.articles.map((source) => ({
    id: source.id,
    outlet: source.facts.outlet ?? null,
    published: source.facts.published ?? null,
    claims: processArticle(source.id, source.text).claims,
  }));
  const primaries = story.primaries.map((source): Primary => {
    const lines = source.text.split('\n');
    return {
      id: source.id,
      slug: source.slug,
      storyId,
      file: source.file,
      title: source.facts.title ?? lines.find((line) => line.trim() !== '')?.trim() ?? source.id,
      kind: source.facts.kind ?? null,
      publisher: source.facts.publisher ?? null,
      url: source.facts.url ?? null,
      published: source.facts.published ?? null,
      partial: source.facts.partial ?? false,
      language: source.facts.language ?? null,
      lines,
      bytes: source.bytes,
      turns: source.turns.turns,
      statement: source.turns.statement,
    };
  });
  return { articles, primaries };
}
