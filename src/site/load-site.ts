/**
 * The assembled site: every story with its articles, claims and comparisons (compared within
 * the story only), the problems found in the content, and where retired links lead. Built once
 * per build and shared by every page.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Article, Claim, Comparison, Problem } from '../lib/schemas.ts';
import { articlePath, comparePath, lineAnchor, storyPath } from '../lib/urls.ts';
import { readFrozenIds, readPublishedClaims } from './published-ids.ts';
import { assembleStory, type Story } from './story.ts';

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

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id, 'en');

/** Where each published claim and comparison that is no longer built leads now. */
function retire(
  site: Omit<Site, 'retiredClaims' | 'retiredAnchors' | 'retiredComparisons'>,
  frozen: ReturnType<typeof readFrozenIds>,
) {
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
  for (const [id, claimIds] of Object.entries(frozen)) {
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
  return { ...site, ...retire(site, frozen) };
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
