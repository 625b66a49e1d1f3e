/**
 * One story assembled from its articles and primary sources: its claims compared within the
 * story, the lookups pages need, and what its files lacked. No Astro APIs, so that tests and
 * view builders can make a story from files of their own.
 */
import { compareClaims } from '../pipeline/compare/compare-claims.ts';
import { headlineConflicts, type HeadlineConflict } from '../pipeline/compare/headline-conflicts.ts';
import { blockText } from '../pipeline/parse/title.ts';
import type { Article, Claim, Comparison, Primary, Problem, StoryEntry } from '../lib/schemas.ts';
import type { readFrozenIds } from './published-ids.ts';
import { latestDate } from './story-dates.ts';

/** One story and everything in it; comparisons, notes and lookups never reach into another story. */
export interface Story extends StoryEntry {
  articles: Article[];
  primaries: Primary[];
  claims: Claim[];
  comparisons: Comparison[];
  articleById: Map<string, Article>;
  claimById: Map<string, Claim>;
  /** The comparison each claim belongs to (every figure, quote and place claim has one). */
  comparisonOfClaim: Map<string, Comparison>;
  /** For each lower-cased word of the story's articles, the ids of the articles that use it. */
  wordArticles: Map<string, Set<string>>;
  /** Articles whose headline places something where their own body does not. */
  headlineConflicts: Map<string, HeadlineConflict[]>;
  /** Warnings about the story's files (a field ignored in sources.yaml, no story.yaml). */
  problems: Problem[];
  /** The latest date known in the story (an article's or a primary's), ISO 8601, or null. */
  latest: string | null;
  /** The distinct outlets of its articles; an article with no outlet counts as one of its own. */
  outletCount: number;
}

function indexWords(articles: readonly Article[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const article of articles) {
    for (const node of article.tree.children) {
      for (const word of blockText(node)
        .toLowerCase()
        .match(/\p{L}+/gu) ?? []) {
        let ids = index.get(word);
        if (!ids) index.set(word, (ids = new Set()));
        ids.add(article.id);
      }
    }
  }
  return index;
}

/** A story from its entry, its articles and primaries (in id order), its problems and the published comparison ids. */
export function assembleStory(
  entry: StoryEntry,
  articles: Article[],
  primaries: Primary[],
  problems: Problem[],
  frozen: ReturnType<typeof readFrozenIds>,
): Story {
  const claims = articles.flatMap((article) => article.claims);
  // Comparison ids new to this story start with its id, so that no other story's ids decide them.
  const comparisons = compareClaims(claims, frozen, entry.id);
  const outlets = new Set(articles.map((article) => article.outlet ?? `\u0000${article.id}`));
  return {
    ...entry,
    articles,
    primaries,
    claims,
    comparisons,
    articleById: new Map(articles.map((article) => [article.id, article])),
    claimById: new Map(claims.map((claim) => [claim.id, claim])),
    comparisonOfClaim: new Map(comparisons.flatMap((c) => c.claimIds.map((id) => [id, c] as const))),
    wordArticles: indexWords(articles),
    headlineConflicts: new Map(
      articles.flatMap((article) => {
        const conflicts = headlineConflicts(article.tree, article.claims);
        return conflicts.length > 0 ? [[article.id, conflicts] as const] : [];
      }),
    ),
    problems,
    latest: latestDate(
      entry.period,
      [...articles, ...primaries].map((source) => source.published),
    ),
    outletCount: outlets.size,
  };
}

/** The article a claim comes from (every claim's article is in its story). */
export function articleOf(story: Story, claim: Claim): Article {
  return story.articleById.get(claim.articleId)!;
}

// Sorted once per comparison: every claim page of a comparison asks for its claims again.
const sortedClaims = new WeakMap<Comparison, Claim[]>();

/** The claims of a comparison, in article order. */
export function claimsOf(story: Story, comparison: Comparison): Claim[] {
  let claims = sortedClaims.get(comparison);
  if (!claims) {
    claims = comparison.claimIds
      .map((id) => story.claimById.get(id)!)
      .sort((a, b) => a.articleId.localeCompare(b.articleId, 'en') || a.line - b.line || a.start - b.start);
    sortedClaims.set(comparison, claims);
  }
  return [...claims];
}
