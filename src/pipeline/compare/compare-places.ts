import type { PlaceClaim } from '../../lib/schemas.ts';
import { articlesOf, type ClaimGroup } from './group.ts';

/** Groups place mentions by canonical name: `agree` when several sources name it, else `single-source`. */
export function comparePlaces(places: readonly PlaceClaim[]): ClaimGroup<PlaceClaim>[] {
  const byName = new Map<string, PlaceClaim[]>();
  for (const place of places) {
    // Push, not copy: copying the list for every mention costs n^2 for a place named thousands of times.
    const mentions = byName.get(place.name);
    if (mentions) mentions.push(place);
    else byName.set(place.name, [place]);
  }
  return [...byName.entries()].map(([name, claims]) => ({
    kind: 'place',
    topic: name,
    claims,
    verdict: articlesOf(claims).length < 2 ? 'single-source' : 'agree',
  }));
}
