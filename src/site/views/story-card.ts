/** A story as the home page lists it, and the facts about it every page of the story shows. */
import { dateLabel, figureWords, plural } from '../../lib/format.ts';
import { comparePath, storyPath } from '../../lib/urls.ts';
import { sharpestDifference } from '../sharpest-difference.ts';
import type { Site } from '../load-site.ts';
import type { Story } from '../story.ts';

/** When a story's sources were published, and by whom. */
export interface StoryFacts {
  title: string;
  href: string;
  period: string | null;
  summary: string | null;
  /** The distinct outlets, in article order. */
  outlets: string[];
  /** "5 outlets, 5 articles". */
  counts: string;
  /** The first and last publication dates known (ISO, and for people); null when no date is known. */
  first: { iso: string; label: string } | null;
  last: { iso: string; label: string } | null;
}

/** A figure's version at one end of the sharpest difference. */
export interface SharpestEnd {
  words: string;
  /** Who gives it (the attribution of its first claim), when the text names someone. */
  who: string | null;
  /** The outlets that print it. */
  outlets: string[];
}

/** A story card on the home page. */
export interface StoryCard extends StoryFacts {
  /** "4 of 38 figures and quotes differ between sources". */
  differing: string;
  sharpest: { topic: string; href: string; low: SharpestEnd; high: SharpestEnd; sources: string } | null;
}

const day = (iso: string) => ({ iso: iso.slice(0, 10), label: dateLabel(iso.slice(0, 10))! });

/** The facts about a story: title, period, outlets, dates. */
export function storyFacts(story: Story): StoryFacts {
  const outlets = [...new Set(story.articles.flatMap((article) => (article.outlet ? [article.outlet] : [])))];
  const dates = story.articles.flatMap((article) => (article.published ? [article.published.slice(0, 10)] : [])).sort();
  return {
    title: story.title,
    href: storyPath(story.id),
    period: story.period,
    summary: story.summary,
    outlets,
    counts: `${plural(story.outletCount, 'outlet')}, ${plural(story.articles.length, 'article')}`,
    first: dates.length > 0 ? day(dates[0]!) : null,
    last: dates.length > 0 ? day(dates.at(-1)!) : null,
  };
}

/** The home page's card for a story: its facts, how much differs, and the figure that differs most. */
export function storyCard(story: Story): StoryCard {
  const sharpest = sharpestDifference(story);
  const compared = story.comparisons.filter((comparison) => comparison.kind !== 'place');
  const differ = compared.filter((comparison) => comparison.verdict === 'differ').length;
  const outletsOf = (ids: readonly string[]) => [
    ...new Set(ids.map((id) => story.articleById.get(id)?.outlet ?? 'outlet not stated')),
  ];
  const end = (claim: NonNullable<typeof sharpest>['low']): SharpestEnd => {
    // The outlets that give this value and credit it to the same source (or to no one): an
    // outlet that names no one is never shown beside another outlet's source.
    const same = sharpest!.figures.filter(
      (other) =>
        other.value === claim.value && other.qualifier === claim.qualifier && other.attribution === claim.attribution,
    );
    return {
      words: figureWords(claim),
      who: claim.attribution,
      outlets: outletsOf(same.map((other) => other.articleId)),
    };
  };
  return {
    ...storyFacts(story),
    differing: `${differ} of ${plural(compared.length, 'figure or quote', 'figures and quotes')} differ between sources`,
    sharpest: sharpest && {
      topic: sharpest.comparison.topic,
      href: comparePath(sharpest.comparison.id),
      low: end(sharpest.low),
      high: end(sharpest.high),
      sources: plural(sharpest.comparison.articleIds.length, 'source'),
    },
  };
}

/** The home page: a card per story, newest first, and how many files could not be loaded. */
export function homePage(site: Pick<Site, 'stories' | 'problems'>): { cards: StoryCard[]; notLoaded: string | null } {
  const notLoaded = site.problems.filter((problem) => problem.severity === 'error').length;
  return { cards: site.stories.map(storyCard), notLoaded: notLoaded > 0 ? plural(notLoaded, 'file') : null };
}
