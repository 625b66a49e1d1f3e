/** A reader page: the article as received, every claim marked and leading on, checked quotes with their verdict. */
import { CLAIM_KINDS, hasClaimPage, type ClaimKindInfo } from '../../lib/claim-kinds.ts';
import { plural } from '../../lib/format.ts';
import type { Article, Claim } from '../../lib/schemas.ts';
import { claimPath, comparePath, storyPath } from '../../lib/urls.ts';
import { renderArticle } from '../../pipeline/render/render-article.ts';
import type { Story } from '../story.ts';
import { quoteCheckTags } from './primary-checks.ts';
import { headlineConflictViews, type HeadlineConflictView } from './story-page.ts';
import { sourceRef, type SourceRef } from './source-ref.ts';

/** A switch of the legend: a kind, how many of its claims the article has, and whether it is on at first. */
export interface LegendEntry {
  kind: ClaimKindInfo['kind'];
  label: string;
  markedByDefault: boolean;
}

/** What a reader page shows. */
export interface ArticlePage {
  story: { title: string; href: string };
  source: SourceRef;
  /** The original's address, when known. */
  url: string | null;
  /** The headline line as HTML (the page's h1), or null when the article has none. */
  headline: string | null;
  body: string;
  title: string;
  language: string | null;
  meta: string;
  legend: LegendEntry[];
  conflicts: HeadlineConflictView[];
  file: string;
  previous: { source: SourceRef; title: string; href: string } | null;
  next: { source: SourceRef; title: string; href: string } | null;
}

/**
 * Where a claim mark leads: a figure or quote to its page, a place to its mentions across the
 * story's sources, a person to everything the site has on them (a search for the name).
 */
export function claimHref(story: Story): (claim: Claim) => string | null {
  return (claim) => {
    if (hasClaimPage(claim)) return claimPath(claim.id);
    if (claim.kind === 'person') return `/search/?q=${encodeURIComponent(claim.name)}`;
    const comparison = story.comparisonOfClaim.get(claim.id);
    return comparison ? comparePath(comparison.id) : null;
  };
}

const neighbour = (article: Article | undefined) =>
  article ? { source: sourceRef(article), title: article.title, href: sourceRef(article).href } : null;

/** The reader page of `article`, with the anchors of claims once published on its lines. */
export function articlePage(
  story: Story,
  article: Article,
  anchors: ReadonlyMap<number, readonly string[]> | undefined,
): ArticlePage {
  const index = story.articles.indexOf(article);
  const { headline, body } = renderArticle(article.tree, article.claims, anchors, {
    href: claimHref(story),
    tags: quoteCheckTags(story, article.claims),
  });
  return {
    story: { title: story.title, href: storyPath(story.id) },
    source: sourceRef(article),
    url: article.url,
    headline,
    body,
    title: article.title,
    language: article.language,
    meta: `${plural(article.words, 'word')}, ${plural(article.lines, 'line')}`,
    legend: CLAIM_KINDS.flatMap((info) => {
      const count = article.claims.filter((claim) => claim.kind === info.kind).length;
      return count === 0
        ? []
        : [{ kind: info.kind, label: plural(count, info.one, info.many), markedByDefault: info.markedByDefault }];
    }),
    conflicts: headlineConflictViews(story, article.id),
    file: article.file,
    previous: neighbour(story.articles[index - 1]),
    next: neighbour(story.articles[index + 1]),
  };
}
