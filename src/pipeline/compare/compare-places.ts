import type { PlaceClaim } from '../../lib/schemas.ts';
import { articlesOf, type ClaimGroup } from './group.ts';

/** Groups place mentions by canonical name: `agree` when several sources name it, else `single-source`. */
export function comparePlaces(places: readonly PlaceClaim[]): ClaimGroup<PlaceClaim>[] {
  const byName = new Map<string, PlaceClaim[]>();
  for (const place of places) byName.set(place.name, [...(byName.get(place.name) ?? []), place]);
  return [...byName.entries()].map(([name, claims]) => ({
    kind: 'place',
    topic: name,
    claims,
    verdict: articlesOf(claims).length < 2 ? 'single-source' : 'agree',
  }));
}
