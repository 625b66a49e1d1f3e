import { comparePath } from './urls.ts';
import { articlePath, claimInPlacePath } from '../pipeline/render/line-anchor.ts';
import type { Story } from './story.ts';

/** The public download `/data/claims.json`, shaped as `public/data/claims.schema.json` describes. */
export function buildExport(story: Story) {
  const slugOf = (articleId: string) => story.articleById.get(articleId)?.slug ?? articleId;
  return {
    schemaVersion: 1 as const,
    schema: '/data/claims.schema.json',
    story: story.meta,
    articles: story.articles.map((article) => ({
      id: article.id,
      title: article.title,
      titleDerived: article.titleDerived,
      outlet: article.outlet,
      url: article.url,
      published: article.published,
      language: article.language,
      permalink: articlePath(article.slug),
      lines: article.lines,
      words: article.words,
    })),
    notLoaded: story.rejected.map(({ file, line, reason }) => ({ file, line, reason })),
    claims: story.claims.map((claim) => ({ ...claim, permalink: claimInPlacePath(slugOf(claim.articleId), claim.id) })),
    comparisons: story.comparisons.map((comparison) => ({ ...comparison, permalink: comparePath(comparison.id) })),
  };
}
