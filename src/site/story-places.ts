import type { Comparison } from '../lib/schemas.ts';
import { comparePath } from '../lib/urls.ts';
import type { MapPlace } from '../pipeline/render/world-map.ts';
import { claimsOf, type Story } from './story.ts';

/** A place named in a story: its comparison (the mentions), and where it is, when known. */
export interface PlaceRow {
  comparison: Comparison;
  lat: number | null;
  lon: number | null;
}

/** A story's places, most-named first, and those with coordinates for its map. */
export function storyPlaces(story: Story): { rows: PlaceRow[]; located: MapPlace[] } {
  const rows = story.comparisons
    .filter((comparison) => comparison.kind === 'place')
    .map((comparison) => {
      const first = claimsOf(story, comparison)[0];
      return {
        comparison,
        lat: first?.kind === 'place' ? first.lat : null,
        lon: first?.kind === 'place' ? first.lon : null,
      };
    })
    .sort(
      (a, b) =>
        b.comparison.articleIds.length - a.comparison.articleIds.length ||
        a.comparison.topic.localeCompare(b.comparison.topic, 'en'),
    );
  const located = rows.flatMap(({ comparison, lat, lon }) =>
    lat !== null && lon !== null
      ? [
          {
            id: comparison.id,
            name: comparison.topic,
            lat,
            lon,
            sources: comparison.articleIds.length,
            href: comparePath(comparison.id),
          },
        ]
      : [],
  );
  return { rows, located };
}
