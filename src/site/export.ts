import { EXPORT_SCHEMA_VERSION, type ExportDocument } from '../lib/export-schema.ts';
import { articlePath, claimInPlacePath, comparePath, primaryPath, storyPath } from '../lib/urls.ts';
import type { Site } from './load-site.ts';
import type { Story } from './story.ts';

/** The public download: every story of the site, or one (`/data/stories/<story>.json`). */
export function buildExport(site: Site, only?: Story): ExportDocument {
  const stories = only ? [only] : site.stories;
  const slugOf = (articleId: string) => site.articleById.get(articleId)?.slug ?? articleId;
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    schema: '/data/claims.schema.json',
    stories: stories.map((story) => ({
      id: story.id,
      title: story.title,
      period: story.period,
      summary: story.summary,
      permalink: storyPath(story.id),
      articleIds: story.articles.map((article) => article.id),
    })),
    articles: stories.flatMap((story) =>
      story.articles.map((article) => ({
        id: article.id,
        storyId: article.storyId,
        title: article.title,
        titleDerived: article.titleDerived,
        outlet: article.outlet,
        url: article.url,
        published: article.published,
        language: article.language,
        wire: article.wire,
        permalink: articlePath(article.slug),
        lines: article.lines,
        words: article.words,
      })),
    ),
    primaries: stories.flatMap((story) =>
      story.primaries.map((primary) => ({
        id: primary.id,
        storyId: primary.storyId,
        title: primary.title,
        kind: primary.kind,
        publisher: primary.publisher,
        url: primary.url,
        date: primary.published,
        partial: primary.partial,
        file: primary.file,
        permalink: primaryPath(primary.storyId, primary.slug),
      })),
    ),
    notLoaded: site.problems
      .filter((problem) => problem.severity === 'error' && (only === undefined || problem.storyId === only.id))
      .map(({ file, line, reason }) => ({ file, line, reason })),
    claims: stories.flatMap((story) =>
      story.claims.map((claim) => {
        const permalink = claimInPlacePath(slugOf(claim.articleId), claim.id);
        const check = story.primaryChecks.get(claim.id);
        if (claim.kind === 'figure')
          return { ...claim, permalink, primaryCheck: check && 'value' in check ? check : null };
        if (claim.kind === 'quote')
          return { ...claim, permalink, primaryCheck: check && !('value' in check) ? check : null };
        return { ...claim, permalink };
      }),
    ),
    comparisons: stories.flatMap((story) =>
      story.comparisons.map((comparison) => ({ ...comparison, permalink: comparePath(comparison.id) })),
    ),
  };
}
