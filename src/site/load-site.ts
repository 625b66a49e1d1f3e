/**
 * The assembled site: every story with its articles, claims and comparisons (compared within
 * the story only), the problems found in the content, and where retired links lead. Built once
 * per build and shared by every page.
 */
import { getCollection, getEntry } from 'astro:content';
import { checkStory, type StoryCheck } from '../pipeline/check/check-story.ts';
import { compareClaims } from '../pipeline/compare/compare-claims.ts';
import { unifyPeople } from '../pipeline/extract/people/story-people.ts';
import { groupBy } from '../lib/group-by.ts';
import { headlineConflicts, type HeadlineConflict } from '../pipeline/compare/headline-conflicts.ts';
import { blockText } from '../pipeline/parse/title.ts';
import { messageOf } from '../lib/errors.ts';
import type { Article, Claim, Comparison, Primary, PrimaryCheck, Problem, StoryEntry } from '../lib/schemas.ts';
import { articlePath, comparePath, lineAnchor, storyPath } from '../lib/urls.ts';
import { readFrozenIds, readPublishedClaims } from './published-ids.ts';
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

/** A link that once answered and now leads elsewhere. */
export interface Retired {
  id: string;
  /** Where it leads now. */
  to: string;
  /** What the reader is told. */
  why: string;
}

/** Every story, every article across them, and what is not loaded. */
export interface Site {
  /** Newest first: by the latest date known in the story, else by its period, else by title. */
  stories: Story[];
  storyById: Map<string, Story>;
  /** Every article that loaded, in id order. */
  articles: Article[];
  articleById: Map<string, Article>;
  claimById: Map<string, Claim>;
  comparisons: Comparison[];
  /** Files not loaded and what was ignored in files, in path order. */
  problems: Problem[];
  /** Claim ids once published and no longer found: each keeps a page that leads on. */
  retiredClaims: Retired[];
  /** The same ids per article id and 0-based line, kept as anchors there so that `#<claim-id>` still lands. */
  retiredAnchors: Map<string, Map<number, string[]>>;
  /** Comparison ids once published and no longer built. */
  retiredComparisons: Retired[];
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

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id, 'en');

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

function assembleStory(
  entry: StoryEntry,
  loaded: Article[],
  primaries: Primary[],
  problems: Problem[],
  frozen: ReturnType<typeof readFrozenIds>,
): Story {
  // One person, one name across the story's articles (extraction names people per article);
  // the articles carry the same claims, so their pages, search and the export agree.
  const claims = unifyPeople(loaded.flatMap((article) => article.claims));
  const claimsOf = groupBy(claims, (claim) => claim.articleId);
  const articles = loaded.map((article) => ({ ...article, claims: claimsOf.get(article.id) ?? [] }));
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

/** Where each published claim and comparison that is no longer built leads now. */
function retire(site: Omit<Site, 'retiredClaims' | 'retiredAnchors' | 'retiredComparisons'>) {
  const retiredClaims: Retired[] = [];
  const retiredAnchors = new Map<string, Map<number, string[]>>();
  const published = readPublishedClaims();
  for (const [id, [articleId, line]] of Object.entries(published)) {
    if (site.claimById.has(id)) continue;
    const article = site.articleById.get(articleId);
    if (article) {
      retiredClaims.push({
        id,
        to: `${articlePath(article.slug)}#${lineAnchor(line)}`,
        why: `This claim is no longer listed on its own; it was found on line ${line + 1} of “${article.title}”.`,
      });
      const lines = retiredAnchors.get(articleId) ?? new Map<number, string[]>();
      lines.set(line, [...(lines.get(line) ?? []), id]);
      retiredAnchors.set(articleId, lines);
    } else {
      retiredClaims.push({ id, to: '/', why: 'The article this claim came from is no longer on the site.' });
    }
  }
  const comparisonOf = new Map(site.stories.flatMap((story) => [...story.comparisonOfClaim]));
  const built = new Set(site.comparisons.map((comparison) => comparison.id));
  const retiredComparisons: Retired[] = [];
  for (const [id, claimIds] of Object.entries(readFrozenIds())) {
    if (built.has(id)) continue;
    // The comparison that now holds most of its claims, else the story of its articles.
    const counts = new Map<Comparison, number>();
    for (const claimId of claimIds) {
      const now = comparisonOf.get(claimId);
      if (now) counts.set(now, (counts.get(now) ?? 0) + 1);
    }
    const best = [...counts].sort(([a, x], [b, y]) => y - x || byId(a, b))[0]?.[0];
    const storyId = claimIds
      .map((claimId) => published[claimId]?.[0])
      .map((articleId) => (articleId === undefined ? undefined : site.articleById.get(articleId)?.storyId))
      .find((found) => found !== undefined);
    retiredComparisons.push(
      best
        ? { id, to: comparePath(best.id), why: `These claims are now compared under “${best.topic}”.` }
        : storyId
          ? { id, to: storyPath(storyId), why: 'This comparison is no longer drawn; its story is still here.' }
          : { id, to: '/', why: 'This comparison is no longer on the site.' },
    );
  }
  return { retiredClaims, retiredAnchors, retiredComparisons };
}

/** Newest first: a known date beats none; then by title, so the order never depends on the file system. */
function newestFirst(a: Story, b: Story): number {
  if (a.latest !== b.latest) return a.latest === null ? 1 : b.latest === null ? -1 : a.latest < b.latest ? 1 : -1;
  return a.title.localeCompare(b.title, 'en') || byId(a, b);
}

async function assemble(): Promise<Site> {
  // Astro warns when a collection asked for is empty: ask only for what the stories say exists.
  const entries = await getCollection('stories');
  const [articles, primaries, report] = await Promise.all([
    entries.length > 0 ? getCollection('articles') : [],
    entries.some((entry) => entry.data.primaryCount > 0) ? getCollection('primaries') : [],
    getEntry('report', 'report'),
  ]);
  const allProblems = report?.data.problems ?? [];
  const allArticles = articles.map((entry) => entry.data).sort(byId);
  const frozen = readFrozenIds();
  const stories = entries
    .map((entry) =>
      assembleStory(
        entry.data,
        allArticles.filter((article) => article.storyId === entry.data.id),
        primaries
          .map((primary) => primary.data)
          .filter((primary) => primary.storyId === entry.data.id)
          .sort(byId),
        allProblems.filter((problem) => problem.storyId === entry.data.id),
        frozen,
      ),
    )
    .sort(newestFirst);
  const claims = stories.flatMap((story) => story.claims);
  // Each article as its story has it: its claims name each person as the story does.
  const asInStory = new Map(stories.flatMap((story) => story.articles.map((article) => [article.id, article])));
  const storyArticles = allArticles.map((article) => asInStory.get(article.id) ?? article);
  const site = {
    stories,
    storyById: new Map(stories.map((story) => [story.id, story])),
    articles: storyArticles,
    articleById: new Map(storyArticles.map((article) => [article.id, article])),
    claimById: new Map(claims.map((claim) => [claim.id, claim])),
    comparisons: stories.flatMap((story) => story.comparisons),
    problems: allProblems,
  };
  return { ...site, ...retire(site) };
}

let site: Promise<Site> | undefined;

/** The site, assembled once per build and shared by every page (comparison runs once per story, not per page). */
export function loadSite(): Promise<Site> {
  site ??= assemble();
  return site;
}

/** The story an article belongs to (every loaded article is in a story). */
export function storyOf(site: Site, article: Pick<Article, 'storyId'>): Story {
  return site.storyById.get(article.storyId)!;
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
