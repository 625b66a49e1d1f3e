/** A place comparison: where the place is, and each source's mention in its sentence. */
import { capped, LIMITS } from '../../lib/limits.ts';
import type { Comparison } from '../../lib/schemas.ts';
import { claimInPlacePath } from '../../lib/urls.ts';
import { claimInContext } from '../../pipeline/render/claim-context.ts';
import { articleOf, claimsOf, type Story } from '../story.ts';
import { sourceRef, type SourceRef } from './source-ref.ts';

/** One mention. */
export interface PlaceMention {
  source: SourceRef;
  context: string;
  inPlaceHref: string;
}

/** What a place comparison page shows. */
export interface PlaceMentions {
  /** "50.45° N, 30.52° E", or null when the place has no coordinates. */
  coordinates: string | null;
  mentions: PlaceMention[];
  hidden: number;
}

const degrees = (value: number, positive: string, negative: string) =>
  `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;

/** The mentions of a place, in article order. */
export function placeMentions(story: Story, comparison: Comparison): PlaceMentions {
  const all = claimsOf(story, comparison);
  const first = all[0];
  const { shown, hidden } = capped(all, LIMITS.placeMentions);
  return {
    coordinates:
      first?.kind === 'place' && first.lat !== null && first.lon !== null
        ? `${degrees(first.lat, 'N', 'S')}, ${degrees(first.lon, 'E', 'W')}`
        : null,
    mentions: shown.map((claim) => {
      const article = articleOf(story, claim);
      return {
        source: sourceRef(article),
        context: claimInContext(article.tree, claim),
        inPlaceHref: claimInPlacePath(article.slug, claim.id),
      };
    }),
    hidden,
  };
}
