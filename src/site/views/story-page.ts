/** Everything the story page shows, in the order it shows it. */
import { kindOrder } from '../../lib/claim-kinds.ts';
import { claimSummary, plural } from '../../lib/format.ts';
import { capped, LIMITS } from '../../lib/limits.ts';
import type { Comparison } from '../../lib/schemas.ts';
import { searchEverything, searchPageUrl } from '../../lib/search/query.ts';
import { articlePath, lineAnchor } from '../../lib/urls.ts';
import { storyMap, type StoryMap } from '../../pipeline/render/world-map.ts';
import { storyPlaces } from '../story-places.ts';
import type { Story } from '../story.ts';
import { coverageMatrix, type CoverageMatrix } from './coverage-matrix.ts';
import { disagreement, type Disagreement } from './disagreements.ts';
import { placesTable, type PlacesTable } from './places-table.ts';
import { storyPrimaries, type StoryPrimaries } from './primary-checks.ts';
import { sourceRef, type SourceRef } from './source-ref.ts';
import { storyFacts, type StoryFacts } from './story-card.ts';

/** A headline that places something where its own article's body does not, with the body's words and lines. */
export interface HeadlineConflictView {
  source: SourceRef;
  headline: string;
  body: { text: string; href: string; line: number }[];
}

/** One source in the list of sources. */
export interface SourceCardView {
  source: SourceRef;
  titleDerived: boolean;
  words: string;
  claims: string;
}

/** The story page. */
export interface StoryPage {
  facts: StoryFacts;
  /** The search page, searching this story only. */
  searchHref: string;
  differ: Disagreement[];
  differHidden: number;
  conflicts: HeadlineConflictView[];
  shared: CoverageMatrix;
  sharedTotal: number;
  sharedHidden: number;
  single: CoverageMatrix;
  singleTotal: number;
  singleHidden: number;
  counts: string;
  sources: SourceCardView[];
  /** Its primary sources and how the checks against them came out. */
  primaries: StoryPrimaries;
  notLoaded: number;
  places: PlacesTable;
  map: StoryMap;
}

const VERDICT_ORDER: Record<Comparison['verdict'], number> = { differ: 0, partial: 1, agree: 2, 'single-source': 3 };

/** Differing first, then the most sources, then kind and topic: the order every list of comparisons uses. */
export function byInterest(a: Comparison, b: Comparison): number {
  return (
    VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
    b.articleIds.length - a.articleIds.length ||
    kindOrder(a.kind) - kindOrder(b.kind) ||
    a.topic.localeCompare(b.topic, 'en')
  );
}

/** Where a headline and its body differ, for the story page and the article's own page. */
export function headlineConflictViews(story: Story, articleId: string): HeadlineConflictView[] {
  const article = story.articleById.get(articleId)!;
  return (story.headlineConflicts.get(articleId) ?? []).map((conflict) => ({
    source: sourceRef(article),
    headline: conflict.headline,
    body: conflict.body.map((part) => ({
      text: part.text,
      line: part.line + 1,
      href: `${articlePath(article.slug)}#${lineAnchor(part.line)}`,
    })),
  }));
}

/** The story page's content. */
export function storyPage(story: Story): StoryPage {
  const claimsAndQuotes = story.comparisons.filter((comparison) => comparison.kind !== 'place').sort(byInterest);
  const shared = claimsAndQuotes.filter((comparison) => comparison.verdict !== 'single-source');
  const single = claimsAndQuotes.filter((comparison) => comparison.verdict === 'single-source');
  const differ = capped(
    shared.filter((comparison) => comparison.verdict === 'differ'),
    LIMITS.disagreements,
  );
  const sharedRows = capped(shared, LIMITS.matrixRows);
  const singleRows = capped(single, LIMITS.matrixRows);
  const places = storyPlaces(story);
  return {
    facts: storyFacts(story),
    searchHref: searchPageUrl({ ...searchEverything(''), story: story.id }),
    differ: differ.shown.map((comparison) => disagreement(story, comparison)),
    differHidden: differ.hidden,
    conflicts: [...story.headlineConflicts.keys()].flatMap((id) => headlineConflictViews(story, id)),
    shared: coverageMatrix(story, sharedRows.shown),
    sharedTotal: shared.length,
    sharedHidden: sharedRows.hidden,
    single: coverageMatrix(story, singleRows.shown),
    singleTotal: single.length,
    singleHidden: singleRows.hidden,
    counts: `${plural(story.claims.length, 'claim')} in ${plural(story.articles.length, 'article')}, ${plural(places.rows.length, 'place')}`,
    sources: story.articles.map((article) => ({
      source: sourceRef(article),
      titleDerived: article.titleDerived,
      words: plural(article.words, 'word'),
      claims: claimSummary(article),
    })),
    primaries: storyPrimaries(story),
    notLoaded: story.problems.filter((problem) => problem.severity === 'error').length,
    places: placesTable(story, places.rows),
    map: storyMap(`map-${story.id}`, places.located),
  };
}
