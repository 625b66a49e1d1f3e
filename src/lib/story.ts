import { getCollection, getEntry } from 'astro:content';
import { compareClaims } from '../pipeline/compare/compare-claims.ts';
import { headlineConflicts, type HeadlineConflict } from '../pipeline/compare/headline-conflicts.ts';
import { blockText } from '../pipeline/parse/title.ts';
import { readFrozenIds } from './frozen-ids-file.ts';
import type { Article, Claim, Comparison, RejectedArticle, StoryMeta } from './schemas.ts';

/** Everything the pages show: the story, its articles, their claims and the comparisons, with lookups. */
export interface Story {
  meta: StoryMeta;
  articles: Article[];
  rejected: RejectedArticle[];
  claims: Claim[];
  comparisons: Comparison[];
  articleById: Map<string, Article>;
  claimById: Map<string, Claim>;
  /** The comparison each claim belongs to (every figure, quote and place claim has one). */
  comparisonOfClaim: Map<string, Comparison>;
  /** For each lower-cased word of the articles, the ids of the articles that use it. */
  wordArticles: Map<string, Set<string>>;
  /** Articles whose headline places something where their own body does not. */
  headlineConflicts: Map<string, HeadlineConflict[]>;
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

let story: Promise<Story> | undefined;

async function assemble(): Promise<Story> {
  const entries = (await getCollection('articles')).map((entry) => entry.data);
  const articles = entries
    .flatMap((entry) => (entry.status === 'loaded' ? [entry] : []))
    .sort((a, b) => a.id.localeCompare(b.id, 'en'));
  const rejected = entries
    .flatMap((entry) => (entry.status === 'rejected' ? [entry] : []))
    .sort((a, b) => a.file.localeCompare(b.file, 'en'));
  const meta = (await getEntry('story', 'story'))?.data ?? { title: 'Story' };
  const claims = articles.flatMap((article) => article.claims);
  const comparisons = compareClaims(claims, readFrozenIds());
  const comparisonOfClaim = new Map(
    comparisons.flatMap((comparison) => comparison.claimIds.map((id) => [id, comparison] as const)),
  );
  return {
    meta,
    articles,
    rejected,
    claims,
    comparisons,
    articleById: new Map(articles.map((article) => [article.id, article])),
    claimById: new Map(claims.map((claim) => [claim.id, claim])),
    comparisonOfClaim,
    wordArticles: indexWords(articles),
    headlineConflicts: new Map(
      articles.flatMap((article) => {
        const conflicts = headlineConflicts(article.tree, article.claims);
        return conflicts.length > 0 ? [[article.id, conflicts] as const] : [];
      }),
    ),
  };
}

/** The story, assembled once per build and shared by every page (comparison runs once, not per page). */
export function loadStory(): Promise<Story> {
  story ??= assemble();
  return story;
}

/** The article a claim comes from (every claim's article is in the story). */
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
