/**
 * One story assembled from its articles and primary sources: its claims compared within the
 * story, the lookups pages need, and what its files lacked. No Astro APIs, so that tests and
 * view builders can make a story from files of their own.
 */
import { checkStory, type StoryCheck } from '../pipeline/check/check-story.ts';
import { compareClaims } from '../pipeline/compare/compare-claims.ts';
import { headlineConflicts, type HeadlineConflict } from '../pipeline/compare/headline-conflicts.ts';
import { unifyPeople } from '../pipeline/extract/people/story-people.ts';
import { blockText } from '../pipeline/parse/title.ts';
import { messageOf } from '../lib/errors.ts';
import { groupBy } from '../lib/group-by.ts';
import type { Article, Claim, Comparison, Primary, PrimaryCheck, Problem, StoryEntry } from '../lib/schemas.ts';
import type { readFrozenIds } from './published-ids.ts';
import { latestDate } from './story-dates.ts';

/** One story and everything in it; comparisons, notes and lookups never reach into another story. */
export interface Story extends StoryEntry {
  articles: Article[];
  primaries: Primary[];
  primaryById: Map<string, Primary>;
  /** Each quote's and figure's check against the primaries, by claim id (a claim with none is absent). */
  primaryChecks: Map<string, PrimaryCheck>;
  /** Per primary id, the speaker of each turn; per primary id and line, the claims whose check cites it. */
  primarySpeakers: StoryCheck['speakers'];
  primaryCitations: StoryCheck['citations'];
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

const NO_CHECK: StoryCheck = { checks: new Map(), speakers: new Map(), citations: new Map() };

/**
 * The story's check against its primaries. A primary that cannot be read never takes the story's
 * pages down: the story is built without checks and the build log says why.
 * (`NO_PRIMARY_CHECK=1` builds without the check, for `npm run bench:build` to measure what it costs.)
 */
function checkAgainstPrimaries(
  story: StoryEntry,
  articles: readonly Article[],
  primaries: readonly Primary[],
): StoryCheck {
  if (primaries.length === 0 || process.env.NO_PRIMARY_CHECK === '1') return NO_CHECK;
  try {
    return checkStory(articles, primaries);
  } catch (error) {
    console.warn(
      `[check] ${story.id}: quotes and figures not checked against the primary sources: ${messageOf(error)}`,
    );
    return NO_CHECK;
  }
}

/** A story from its entry, its articles and primaries (in id order), its problems and the published comparison ids. */
export function assembleStory(
  entry: StoryEntry,
  loaded: Article[],
  primaries: Primary[],
  problems: Problem[],
  frozen: ReturnType<typeof readFrozenIds>,
): Story {
  // One person, one name across the story's articles (extraction names people per article);
  // the articles carry the same claims, so their pages, search and the export agree.
  const claims = unifyPeople(loaded.flatMap((article) => article.claims));
  const claimsByArticle = groupBy(claims, (claim) => claim.articleId);
  const articles = loaded.map((article) => ({ ...article, claims: claimsByArticle.get(article.id) ?? [] }));
  // Comparison ids new to this story start with its id, so that no other story's ids decide them.
  const comparisons = compareClaims(claims, frozen, entry.id);
  const outlets = new Set(articles.map((article) => article.outlet ?? `\u0000${article.id}`));
  const check = checkAgainstPrimaries(entry, articles, primaries);
  return {
    ...entry,
    articles,
    primaries,
    primaryById: new Map(primaries.map((primary) => [primary.id, primary])),
    primaryChecks: check.checks,
    primarySpeakers: check.speakers,
    primaryCitations: check.citations,
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
