import type { PlaceClaim } from '../../lib/schemas.ts';
import { articlesOf, type ClaimGroup } from './group.ts';
import { groupBy } from '../../lib/group-by.ts';

/** Groups place mentions by canonical name: `agree` when several sources name it, else `single-source`. */
export function comparePlaces(places: readonly PlaceClaim[]): ClaimGroup<PlaceClaim>[] {
  const byName = groupBy(places, (place) => place.name);
  return [...byName.entries()].map(([name, claims]) => ({
    kind: 'place',
    topic: name,
    claims,
    verdict: articlesOf(claims).length < 2 ? 'single-source' : 'agree',
  }));
}
