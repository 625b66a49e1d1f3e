/**
 * A story's places, read once more with all its articles: a name an article leaves open
 * ("Georgia" with no other place of its country) is read with the places the story's other
 * articles name, and a small town one article names alone counts when another names its
 * region. Claim ids do not change (they count every mention, whatever it is read as).
 */
import type { Claim } from '../../../lib/schemas.ts';
import { placeClaim, type ArticleMention } from '../extract-places.ts';
import { readPlaces } from './read-places.ts';

/** What a story's reading needs of each article: its claims and its place mentions. */
export interface ArticlePlaces {
  claims: Claim[];
  placeMentions: ArticleMention[];
}

/** Each article's claims with its place claims read in the context of the whole story, in the same order as before. */
export function readStoryPlaces<A extends ArticlePlaces>(articles: readonly A[]): A[] {
  const readings = readPlaces(articles.flatMap((article) => article.placeMentions));
  let offset = 0;
  return articles.map((article) => {
    const mine = readings.slice(offset, (offset += article.placeMentions.length));
    const places = mine.flatMap((read, index) =>
      read === null ? [] : [placeClaim(article.placeMentions[index]!, read)],
    );
    const first = article.claims.findIndex((claim) => claim.kind === 'place');
    const others = article.claims.filter((claim) => claim.kind !== 'place');
    const at =
      first === -1 ? others.length : article.claims.slice(0, first).filter((claim) => claim.kind !== 'place').length;
    return { ...article, claims: [...others.slice(0, at), ...places, ...others.slice(at)] };
  });
}
