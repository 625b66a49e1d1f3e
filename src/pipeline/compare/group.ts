import type { Claim, Comparison } from '../../lib/schemas.ts';
import { slugWords } from '../../lib/slug-words.ts';

/** A group of claims about the same thing, before it gets an id. */
export interface ClaimGroup<C extends Claim> {
  kind: Comparison['kind'];
  topic: string;
  claims: C[];
  verdict: Comparison['verdict'];
}

/** The distinct article ids of some claims, in order. */
export function articlesOf(claims: readonly Claim[]): string[] {
  return [...new Set(claims.map((claim) => claim.articleId))].sort();
}

/** The most frequent value (ties: the first in sort order), for choosing a group's label. */
export function mode(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))[0]?.[0];
}

/**
 * Turns groups into comparisons with ids made from their kind and topic words, never from
 * positions: adding an article adds claims to a group but keeps its id. Two groups whose topics
 * read alike get the same id here; `applyFrozenIds` makes ids unique (`-2`, `-3`), in this order.
 */
export function toComparisons(groups: readonly ClaimGroup<Claim>[], storyId = ''): Comparison[] {
  // An explicit locale: the default one comes from the build machine's LANG, and the order decides which clash gets `-2`.
  const sorted = [...groups].sort(
    (a, b) =>
      a.kind.localeCompare(b.kind, 'en') ||
      a.topic.localeCompare(b.topic, 'en') ||
      a.claims[0]!.id.localeCompare(b.claims[0]!.id, 'en'),
  );
  return sorted.map((group) => ({
    id: `${storyId && `${storyId}--`}${group.kind}-${slugWords(group.topic, 7) || 'untitled'}`,
    storyId,
    kind: group.kind,
    topic: group.topic,
    claimIds: group.claims.map((claim) => claim.id),
    articleIds: articlesOf(group.claims),
    verdict: group.verdict,
  }));
}
