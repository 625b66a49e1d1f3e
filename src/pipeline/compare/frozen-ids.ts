import type { Comparison } from '../../lib/schemas.ts';

/** Published comparison ids and the claims they held: `content/comparison-ids.json`. */
export type FrozenIds = Record<string, readonly string[]>;

/** The kind a comparison id names: `figure-troops` and `some-story--figure-troops` are figures. */
function kindOf(id: string): string | undefined {
  const at = id.lastIndexOf('--');
  return (at === -1 ? id : id.slice(at + 2)).split('-')[0];
}

/**
 * Gives every comparison its final id, keeping published links working when a comparison's
 * members change: a comparison that shares claims with a published one takes its id (the one it
 * shares most with, each id used once), whatever its topic has become. The others keep their
 * topic-made ids, with `-2`, `-3` where one is taken, by another comparison (two topics that
 * read alike) or by any published id, even one no longer built (its old link must not start
 * showing something else).
 */
export function applyFrozenIds(comparisons: readonly Comparison[], frozen: FrozenIds): Comparison[] {
  const owner = new Map<string, string>();
  for (const [id, claimIds] of Object.entries(frozen)) for (const claimId of claimIds) owner.set(claimId, id);
  // Candidate pairs (comparison, published id) by shared claims, best first, ties in a fixed order.
  const pairs: { index: number; id: string; shared: number }[] = [];
  comparisons.forEach((comparison, index) => {
    const counts = new Map<string, number>();
    for (const claimId of comparison.claimIds) {
      const id = owner.get(claimId);
      if (id !== undefined && kindOf(id) === comparison.kind) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, shared] of counts) pairs.push({ index, id, shared });
  });
  pairs.sort((a, b) => b.shared - a.shared || a.index - b.index || (a.id < b.id ? -1 : 1));
  const assigned = new Map<number, string>();
  const taken = new Set<string>();
  for (const { index, id } of pairs) {
    if (assigned.has(index) || taken.has(id)) continue;
    assigned.set(index, id);
    taken.add(id);
  }
  const used = new Set(Object.keys(frozen));
  return comparisons.map((comparison, index) => {
    let id = assigned.get(index);
    if (id === undefined) {
      id = comparison.id;
      for (let n = 2; used.has(id); n++) id = `${comparison.id}-${n}`;
      used.add(id);
    }
    return id === comparison.id ? comparison : { ...comparison, id };
  });
}

/**
 * The registry after a build is published: every built comparison's id with its claims, added
 * to what was recorded. Each claim is listed under one id only, the one it is published under
 * now, so that a claim that moved to another comparison does not also pull its old id along;
 * an id left with no claim is not listed (nothing could take it again).
 */
export function recordIds(frozen: FrozenIds, built: readonly Pick<Comparison, 'id' | 'claimIds'>[]): FrozenIds {
  const now = new Map<string, string>();
  for (const { id, claimIds } of built) for (const claimId of claimIds) now.set(claimId, id);
  const lists = new Map<string, Set<string>>();
  const list = (id: string) => lists.get(id) ?? lists.set(id, new Set()).get(id)!;
  for (const [id, claimIds] of Object.entries(frozen))
    for (const claimId of claimIds) if ((now.get(claimId) ?? id) === id) list(id).add(claimId);
  for (const { id, claimIds } of built) for (const claimId of claimIds) list(id).add(claimId);
  return Object.fromEntries(
    [...lists].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, claimIds]) => [id, [...claimIds].sort()]),
  );
}
