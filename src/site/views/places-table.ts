/** A story's places as a table: each place, how many sources name it, and which. */
import { plural } from '../../lib/format.ts';
import { capped, LIMITS } from '../../lib/limits.ts';
import { comparePath, storyPath } from '../../lib/urls.ts';
import { storyPlaces, type PlaceRow } from '../story-places.ts';
import type { Story } from '../story.ts';
import { sourceRef, type SourceRef } from './source-ref.ts';

/** One place. */
export interface PlaceTableRow {
  name: string;
  href: string;
  /** "3 sources". */
  count: string;
  sources: SourceRef[];
  /** Sources not listed (beyond a dozen). */
  hidden: number;
}

/** The table of a story's places. */
export interface PlacesTable {
  label: string;
  rows: PlaceTableRow[];
}

/** The rows of the places table, most-named first. */
export function placesTable(story: Story, rows: readonly PlaceRow[]): PlacesTable {
  return {
    label: `Places named in ${story.title}, and the sources that name them`,
    rows: rows.map(({ comparison }) => {
      const { shown, hidden } = capped(comparison.articleIds, LIMITS.placeSources);
      return {
        name: comparison.topic,
        href: comparePath(comparison.id),
        count: plural(comparison.articleIds.length, 'source'),
        sources: shown.map((id) => sourceRef(story.articleById.get(id)!)),
        hidden,
      };
    }),
  };
}

/** /places/: each story's places. */
export function placesPage(stories: readonly Story[]): {
  lede: string;
  sections: { id: string; title: string; href: string; count: string; table: PlacesTable }[];
} {
  const sections = stories.map((story) => {
    const { rows } = storyPlaces(story);
    return {
      id: story.id,
      title: story.title,
      href: storyPath(story.id),
      count: plural(rows.length, 'place'),
      table: placesTable(story, rows),
    };
  });
  const total = sections.reduce((sum, section) => sum + section.table.rows.length, 0);
  return {
    lede: `${plural(total, 'place')} named by the sources, story by story. A place named in two stories is listed under each: places are never lined up across stories. Each story’s page has its own map.`,
    sections,
  };
}
