import type { PlaceClaim } from '../../lib/schemas.ts';
import { articlesOf, mode, type ClaimGroup } from './group.ts';
import { groupBy } from '../../lib/group-by.ts';

/** Words a place's name begins with when it names a part of a place ("Eastern Russia"): a part is a place of its own. */
const PART = /^(?:Northern|Southern|Eastern|Western|Central|Northeastern|Northwestern|Southeastern|Southwestern) /u;

/**
 * What identifies a place across articles: its coordinates (every mention the gazetteer reads as
 * one place has the same), so that "Kiev" and "Kyiv", "Kursk" and "Kursk region", "U.S." and
 * "United States" group, whatever each article calls it; its name where it has no coordinates.
 */
function placeKey(place: PlaceClaim): string {
  const part = PART.exec(place.name)?.[0] ?? '';
  return place.lat === null || place.lon === null
    ? `name:${place.name.toLowerCase()}`
    : `${part}${place.lat.toFixed(2)},${place.lon.toFixed(2)}`;
}

/** Groups mentions of one place: `agree` when several sources name it, else `single-source`; named by the name most used. */
export function comparePlaces(places: readonly PlaceClaim[]): ClaimGroup<PlaceClaim>[] {
  const byPlace = groupBy(places, placeKey);
  return [...byPlace.values()].map((claims) => ({
    kind: 'place',
    topic: mode(claims.map((claim) => claim.name))!,
    claims,
    verdict: articlesOf(claims).length < 2 ? 'single-source' : 'agree',
  }));
}
